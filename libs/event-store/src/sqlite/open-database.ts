import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * FULL: every commit is fsynced before it returns; a power cut loses nothing acknowledged.
 * NORMAL: in WAL mode the WAL is fsynced only at checkpoints; a crash of the process loses
 * nothing, a power cut or OS crash may lose the last commits (never corrupts the file).
 */
export type SqliteSynchronous = 'FULL' | 'NORMAL';

export interface SqliteDatabaseOptions {
  synchronous: SqliteSynchronous;
  /** Milliseconds a writer waits for another process's write lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
  /** Pages the WAL grows to before a commit copies them into the file (SQLite's default: 1,000). */
  walAutocheckpointPages?: number;
}

/** Opens (creating if needed) the embedded database file in WAL mode. */
export function openSqliteDatabase(path: string, options: SqliteDatabaseOptions): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous}`);
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  // 64 MiB of page cache keeps the event-id and stream indexes hot as the log grows.
  db.pragma('cache_size = -65536');
  if (options.walAutocheckpointPages !== undefined)
    db.pragma(`wal_autocheckpoint = ${options.walAutocheckpointPages}`);
  return db;
}

/**
 * Runs a write whose loss to a power cut costs only work, never data (what is derived from the log
 * and rebuilt from it: read models, the transparency tree), without the fsync a FULL connection
 * makes at each commit. In WAL mode the log's next commit syncs it anyway.
 */
export function withoutFsync<T>(db: Database.Database, write: () => T): T {
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  if (synchronous > 1) db.pragma('synchronous = NORMAL');
  try {
    return write();
  } finally {
    if (synchronous > 1) db.pragma(`synchronous = ${synchronous}`);
  }
}
