import { type Migration, migrate } from '@app/event-store/postgres/migrations';
import { refusingWhenDown } from '@app/event-store/postgres/storage-failure';
import { inTransaction, queryRows } from '@app/event-store/postgres/store-transaction';
import type { Pool } from 'pg';
import type { RecordStore, ScrubOutcome, StoredRecord } from '../record-store.port';

export const RECORD_STORE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records',
    sql: `
      CREATE TABLE records (
        namespace text NOT NULL, key text NOT NULL, value text NOT NULL, expires_at bigint,
        PRIMARY KEY (namespace, key)
      );
      CREATE INDEX records_expires_at ON records (expires_at) WHERE expires_at IS NOT NULL;`,
  },
];

interface Row {
  value: string;
  expires_at: string | null;
}

/**
 * The PostgreSQL record store: one `records` table beside the events and read models (one
 * database, one backup). The pool belongs to whoever opened it.
 */
export class PostgresRecordStore implements RecordStore {
  readonly kind = 'postgresql' as const;

  private constructor(private readonly pool: Pool) {}

  /** Brings the schema up to date (once, whatever the number of instances starting) and opens the store. */
  static async open(pool: Pool): Promise<PostgresRecordStore> {
    await refusingWhenDown(() => migrate(pool, 'record-store', RECORD_STORE_MIGRATIONS));
    return new PostgresRecordStore(pool);
  }

  /**
   * One statement inserts, or replaces an expired record; otherwise ON CONFLICT DO UPDATE has
   * locked the live one, so reading it in the same transaction sees exactly what stopped the
   * insert, whichever process holds it.
   */
  putIfAbsent(
    namespace: string,
    key: string,
    record: StoredRecord,
    now = Date.now(),
  ): Promise<StoredRecord | undefined> {
    return inTransaction(this.pool, async (client) => {
      const written = await client.query(
        `INSERT INTO records (namespace, key, value, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
         WHERE records.expires_at IS NOT NULL AND records.expires_at <= $5
         RETURNING 1`,
        [namespace, key, record.value, record.expiresAt ?? null, now],
      );
      if (written.rowCount === 1) return undefined;
      const { rows } = await client.query<Row>(
        'SELECT value, expires_at FROM records WHERE namespace = $1 AND key = $2',
        [namespace, key],
      );
      return toRecord(rows[0]);
    });
  }

  async get(namespace: string, key: string, now: number): Promise<StoredRecord | undefined> {
    const rows = await queryRows<Row>(
      this.pool,
      `SELECT value, expires_at FROM records
       WHERE namespace = $1 AND key = $2 AND (expires_at IS NULL OR expires_at > $3)`,
      [namespace, key, now],
    );
    return rows[0] && toRecord(rows[0]);
  }

  async put(namespace: string, key: string, record: StoredRecord): Promise<void> {
    await queryRows(
      this.pool,
      `INSERT INTO records (namespace, key, value, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
      [namespace, key, record.value, record.expiresAt ?? null],
    );
  }

  async delete(namespace: string, key: string): Promise<boolean> {
    const rows = await queryRows(
      this.pool,
      'DELETE FROM records WHERE namespace = $1 AND key = $2 RETURNING 1',
      [namespace, key],
    );
    return rows.length > 0;
  }

  async deleteExpired(now: number): Promise<number> {
    const rows = await queryRows<{ n: string }>(
      this.pool,
      'WITH gone AS (DELETE FROM records WHERE expires_at <= $1 RETURNING 1) SELECT count(*) AS n FROM gone',
      [now],
    );
    return Number(rows[0].n);
  }

  /**
   * VACUUM frees the dead versions an overwrite or delete leaves in the table; but PostgreSQL does
   * not zero freed space, and its write-ahead log and any base backup keep the old values until
   * they are recycled. So copies stay out of a client's reach (docs/adr/0043-postgres-read-models.md).
   */
  async scrub(): Promise<ScrubOutcome> {
    await queryRows(this.pool, 'VACUUM records');
    return 'beyond-reach';
  }

  async close(): Promise<void> {
    // The pool belongs to whoever opened it (shared with the other PostgreSQL stores).
  }
}

function toRecord(row: Row): StoredRecord {
  return row.expires_at === null
    ? { value: row.value }
    : { value: row.value, expiresAt: Number(row.expires_at) };
}
