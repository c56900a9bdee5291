import type Database from 'better-sqlite3';

/**
 * 2: a sealed event's two hashes are packed fields of `metadata` (packed-metadata.ts), which a
 * build that knows only 1 would misread; rows of 1 are read as they are, so moving up is a no-op.
 */
const SCHEMA_VERSION = 2;

/**
 * The log is two tables (docs/event-store.md):
 * - `streams`: one row per stream, its integer id and current revision (the concurrency check
 *   reads one row, and the events' index compares integers, not names);
 * - `events`: `position` is the global order (AUTOINCREMENT: never reused, never reordered);
 *   (stream_id, revision) is unique, so a lost race is a constraint error, never a fork;
 *   `event_id` is unique, so a retried append is recognised; the
 *   metadata is packed into one column (event-row.ts).
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
      position       INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id       TEXT    NOT NULL UNIQUE,
      stream_id      INTEGER NOT NULL,
      revision       INTEGER NOT NULL,
      type           TEXT    NOT NULL,
      data           TEXT    NOT NULL,
      metadata       TEXT    NOT NULL,
      recorded_at    INTEGER NOT NULL,
      UNIQUE (stream_id, revision)
    );
    PRAGMA user_version = ${SCHEMA_VERSION};
  `);
}
