import type Database from 'better-sqlite3';

const SCHEMA_VERSION = 1;

/**
 * The log is two tables (docs/event-store.md):
 * - `streams`: one row per stream, its integer id and current revision (the concurrency check
 *   reads one row, and the events' index compares integers, not names);
 * - `events`: `position` is the global order (AUTOINCREMENT: never reused, never reordered);
 *   (stream_id, revision) is unique, so a lost race is a constraint error, never a fork;
 *   `event_id` holds the UUID's 16 bytes, unique, so a retried append is recognised.
 */
export function migrateEventStore(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(`The data file has event-store schema ${version}; this build knows ${SCHEMA_VERSION}`);
  }
  db.exec(`
    CREATE TABLE IF NOT EXISTS streams (
      stream_id INTEGER PRIMARY KEY,
      name      TEXT    NOT NULL UNIQUE,
      revision  INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS events (
      position    INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id    BLOB    NOT NULL UNIQUE,
      stream_id   INTEGER NOT NULL,
      revision    INTEGER NOT NULL,
      type        TEXT    NOT NULL,
      data        TEXT    NOT NULL,
      metadata    TEXT    NOT NULL,
      recorded_at INTEGER NOT NULL,
      UNIQUE (stream_id, revision)
    );
    PRAGMA user_version = ${SCHEMA_VERSION};
  `);
}

export function uuidToBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

export function bytesToUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
