import type Database from 'better-sqlite3';
import { type RecordStore, type ScrubOutcome, type StoredRecord, isLive } from '../record-store.port';

export interface SqliteRecordStoreOptions {
  /** Checkpoints tried by scrub() while readers hold the journal, about 25 ms, 50 ms, … apart. */
  scrubAttempts?: number;
}

interface WalCheckpoint {
  busy: number;
  log: number;
  checkpointed: number;
}

interface Row {
  value: string;
  expires_at: number | null;
}

/**
 * The embedded record store: one `records` table in the file (and connection) the embedded event
 * store uses, so one file is one backup (docs/record-store.md).
 */
export class SqliteRecordStore implements RecordStore {
  readonly kind = 'embedded-sqlite' as const;
  private readonly statements;
  private readonly insertUnlessLive;

  constructor(
    private readonly db: Database.Database,
    private readonly options: SqliteRecordStoreOptions = {},
  ) {
    // Deleted and overwritten content is zeroed, freed pages included: an erased key must not stay
    // behind in the file. It is set on the shared connection, so the log and read models pay for
    // it too, only when they free pages (a rebuilt read model's old tables).
    db.pragma('secure_delete = ON');
    db.exec(`
      CREATE TABLE IF NOT EXISTS records (
        namespace TEXT, key TEXT, value TEXT NOT NULL, expires_at INTEGER,
        PRIMARY KEY (namespace, key)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS records_expires_at ON records (expires_at);
    `);
    const statements = {
      get: db.prepare<[string, string], Row>(
        'SELECT value, expires_at FROM records WHERE namespace = ? AND key = ?',
      ),
      put: db.prepare<[string, string, string, number | null]>(
        `INSERT INTO records (namespace, key, value, expires_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
      ),
      delete: db.prepare<[string, string]>('DELETE FROM records WHERE namespace = ? AND key = ?'),
      deleteExpired: db.prepare<[number]>('DELETE FROM records WHERE expires_at <= ?'),
    };
    this.statements = statements;
    // IMMEDIATE takes the write lock before reading, so another process cannot insert in between.
    this.insertUnlessLive = db.transaction(
      (namespace: string, key: string, record: StoredRecord, now: number): StoredRecord | undefined => {
        const row = statements.get.get(namespace, key);
        const existing = row && toRecord(row);
        if (existing && isLive(existing, now)) return existing;
        statements.put.run(namespace, key, record.value, record.expiresAt ?? null);
        return undefined;
      },
    );
  }

  async putIfAbsent(
    namespace: string,
    key: string,
    record: StoredRecord,
    now = Date.now(),
  ): Promise<StoredRecord | undefined> {
    return this.insertUnlessLive.immediate(namespace, key, record, now);
  }

  async get(namespace: string, key: string, now: number): Promise<StoredRecord | undefined> {
    const row = this.statements.get.get(namespace, key);
    const record = row && toRecord(row);
    return record && isLive(record, now) ? record : undefined;
  }

  async put(namespace: string, key: string, record: StoredRecord): Promise<void> {
    this.statements.put.run(namespace, key, record.value, record.expiresAt ?? null);
  }

  async delete(namespace: string, key: string): Promise<boolean> {
    return this.statements.delete.run(namespace, key).changes > 0;
  }

  async deleteExpired(now: number): Promise<number> {
    return this.statements.deleteExpired.run(now).changes;
  }

  /**
   * Copies the journal (WAL) into the file and truncates it to nothing, since the journal keeps
   * every earlier version of a changed page. Impossible while a reader (a long read here or
   * another process) still reads from the journal: then tried again a few times, then `deferred`.
   */
  async scrub(): Promise<ScrubOutcome> {
    const attempts = this.options.scrubAttempts ?? 8;
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** (attempt - 1)));
      if (this.checkpoint()) return 'scrubbed';
    }
    return 'deferred';
  }

  private checkpoint(): boolean {
    // Without waiting: a wait here would hold the event loop, and the reader may be in this process.
    const timeout = this.db.pragma('busy_timeout', { simple: true }) as number;
    this.db.pragma('busy_timeout = 0');
    try {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as WalCheckpoint[];
      return result.busy === 0;
    } catch {
      return false;
    } finally {
      this.db.pragma(`busy_timeout = ${timeout}`);
    }
  }

  async close(): Promise<void> {
    // The connection belongs to whoever opened it (shared with the embedded event store).
  }
}

function toRecord(row: Row): StoredRecord {
  return row.expires_at === null ? { value: row.value } : { value: row.value, expiresAt: row.expires_at };
}
