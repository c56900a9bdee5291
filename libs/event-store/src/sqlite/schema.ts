import type Database from 'better-sqlite3';

/**
 * One table is the whole log. `position` is the global order (AUTOINCREMENT: never reused, never
 * reordered); (stream, revision) is unique, which also makes any lost race a constraint error
 * rather than a silent fork; event ids are unique so a retried append is recognised.
 */
export function migrateEventStore(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position    INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id    TEXT    NOT NULL UNIQUE,
      stream      TEXT    NOT NULL,
      revision    INTEGER NOT NULL,
      type        TEXT    NOT NULL,
      data        TEXT    NOT NULL,
      metadata    TEXT    NOT NULL,
      recorded_at INTEGER NOT NULL,
      UNIQUE (stream, revision)
    );
  `);
}
