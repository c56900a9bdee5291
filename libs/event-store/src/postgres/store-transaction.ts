import type { Pool, PoolClient } from 'pg';
import { postgresStorageFailure } from './storage-failure';

/**
 * Runs `work` in one transaction on a connection of the pool: committed whole or rolled back
 * whole. A lost connection or a server down becomes the storage refusal (STORAGE_UNAVAILABLE), and
 * the broken connection is not given back to the pool.
 */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw postgresStorageFailure(error) ?? error;
  }
  // A checked-out connection that breaks emits 'error' as well as failing its query: without a
  // listener that event would end the process.
  const ignore = (): void => undefined;
  client.on('error', ignore);
  let failure: unknown;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    failure = postgresStorageFailure(error);
    if (!failure) await client.query('ROLLBACK').catch(() => undefined);
    throw failure ?? error;
  } finally {
    // A broken connection is destroyed, and may still report its end: it keeps the listener.
    if (failure === undefined) client.off('error', ignore);
    client.release(failure !== undefined);
  }
}

/** One statement outside a transaction, with the same refusal. */
export async function queryRows<Row>(pool: Pool, sql: string, params: unknown[] = []): Promise<Row[]> {
  try {
    return (await pool.query(sql, params)).rows as Row[];
  } catch (error) {
    throw postgresStorageFailure(error) ?? error;
  }
}
