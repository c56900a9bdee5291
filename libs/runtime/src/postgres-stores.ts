import { PostgresEventStore } from '@app/event-store';
import { PostgresReadModelStore } from '@app/read-store';
import { PostgresRecordStore } from '@app/record-store';
import { PostgresTransparencyStore } from '@app/transparency-log';
import { openPostgresPool, shownDatabaseUrl } from './postgres-connection';

/** Every store on one PostgreSQL database (DATABASE_URL; ADR 42, 43). */
export interface PostgresStores {
  log: PostgresEventStore;
  readModels: PostgresReadModelStore;
  records: PostgresRecordStore;
  transparency: PostgresTransparencyStore;
  shownUrl: string;
  /** Ends the shared pool, after the stores borrowing it are closed. */
  endPool(): Promise<void>;
}

/**
 * Checks the server first (a clear message naming DATABASE_URL and the cause), then opens and
 * migrates each store: the read side shares one pool, the log keeps its own (appends hold a lock
 * for their transaction and must not wait behind long reads).
 */
export async function openPostgresStores(
  url: string,
  options: { poolMax?: number } = {},
): Promise<PostgresStores> {
  const pool = await openPostgresPool(url, { max: options.poolMax });
  try {
    const log = await PostgresEventStore.open(url);
    return {
      log,
      readModels: await PostgresReadModelStore.open(pool),
      records: await PostgresRecordStore.open(pool),
      transparency: await PostgresTransparencyStore.open(pool),
      shownUrl: shownDatabaseUrl(url),
      endPool: () => pool.end(),
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}
