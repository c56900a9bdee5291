import Database from 'better-sqlite3';
import { GroupCommit, type WriteTurn, withoutFsync } from '@app/event-store';
import {
  type CollectionDefinition,
  InvalidQuery,
  type ReadCollection,
  type ReadDocument,
} from '../read-model';
import type {
  Checkpoint,
  DocumentWrite,
  ReadModelStore,
  ReadSnapshot,
  SnapshotOptions,
} from '../read-model-store.port';
import { assertDefinition, assertName } from '../query';
import { readDocumentSnapshot } from './document-snapshot';
import { carriedExpression, expression, jsonExtract, keyColumn, keyValue, tableName } from './document-sql';
import { countDocuments, type DocumentTable, findPage } from './document-queries';

const ROWS_PER_STATEMENT = 200;

/** A document's row: id, JSON text, then its key columns' values. */
type DocumentRow = (string | number | null)[];

/** One runner's batch: its documents and the checkpoint past them. */
interface CommitJob {
  puts: Map<PreparedCollection, DocumentRow[]>;
  removes: [PreparedCollection, string][];
  checkpoint: Checkpoint;
}

interface PreparedCollection extends DocumentTable {
  /** The indexed fields, each kept in a column of its own. */
  keys: readonly string[];
  /** Inserts a row, or replaces its document when its keys are as they were (changes 0 otherwise). */
  put: Database.Statement<DocumentRow>;
  /** Replaces the document and keys of a row whose keys changed. */
  rekey: Database.Statement<DocumentRow>;
  remove: Database.Statement<[string]>;
  get: Database.Statement<[string], { doc: string }>;
}

/**
 * The embedded read-model store: a table per collection holding JSON documents, each indexed field
 * kept in a column of its own beside them, and an index on those columns for every declared index
 * (docs/read-store.md, ADR 59). A write that leaves a document's keys as they were rewrites its row
 * only, not its indexes. It shares the connection (and file) of the embedded event store, so its
 * synchronous transactions never interleave with appends.
 */
export class SqliteReadModelStore implements ReadModelStore {
  readonly kind = 'embedded-sqlite' as const;
  private readonly collections = new Map<string, PreparedCollection>();
  private readonly statementCache = new Map<string, Database.Statement>();
  private readonly statements;
  private readonly commits: GroupCommit<CommitJob, void>;

  constructor(
    private readonly db: Database.Database,
    /** Turns at the write lock shared with another thread of this process (ADR 58). */
    private readonly writeTurn?: WriteTurn,
  ) {
    // Read models are rebuilt from the log, and a batch commits with its checkpoint: losing the
    // last ones to a power cut only means applying them again.
    const unsynced = <T>(transaction: () => T): T => withoutFsync(this.db, transaction);
    this.commits = new GroupCommit(db, (job) => this.writeBatch(job), undefined, unsynced, writeTurn);
    db.exec(`
      CREATE TABLE IF NOT EXISTS read_model_checkpoints (key TEXT PRIMARY KEY, position INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS read_model_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
    this.statements = {
      readCheckpoint: db.prepare<[string], { position: number }>(
        'SELECT position FROM read_model_checkpoints WHERE key = ?',
      ),
      writeCheckpoint: db.prepare<[string, number]>(
        `INSERT INTO read_model_checkpoints (key, position) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET position = excluded.position`,
      ),
      dropCheckpoint: db.prepare<[string]>('DELETE FROM read_model_checkpoints WHERE key = ?'),
      getSetting: db.prepare<[string], { value: string }>(
        'SELECT value FROM read_model_settings WHERE key = ?',
      ),
      setSetting: db.prepare<[string, string]>(
        `INSERT INTO read_model_settings (key, value) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      ),
    };
  }

  async prepare(
    namespace: string,
    definitions: readonly CollectionDefinition[],
    options: { deferIndexes?: boolean } = {},
  ): Promise<void> {
    assertName('Namespace', namespace);
    for (const definition of definitions) {
      assertDefinition(definition);
      const table = tableName(namespace, definition.name);
      const keys = [...new Set(definition.indexes.flat())];
      this.write(() => {
        this.db.exec(
          `CREATE TABLE IF NOT EXISTS "${table}" (${['id TEXT PRIMARY KEY', 'doc TEXT NOT NULL', ...keys.map(keyColumn)].join(', ')})`,
        );
        this.addKeyColumns(table, keys);
        if (!options.deferIndexes) this.indexCollection(table, definition);
      });
      const columns = ['id', 'doc', ...keys.map(keyColumn)];
      const unchanged = keys.map((key) => `${keyColumn(key)} IS excluded.${keyColumn(key)}`);
      this.collections.set(table, {
        definition,
        table,
        keys,
        put: this.db.prepare<DocumentRow>(
          `INSERT INTO "${table}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
           ON CONFLICT (id) DO UPDATE SET doc = excluded.doc${unchanged.length ? ` WHERE ${unchanged.join(' AND ')}` : ''}`,
        ),
        rekey: this.db.prepare<DocumentRow>(
          `UPDATE "${table}" SET ${columns
            .slice(1)
            .map((c) => `${c} = ?`)
            .join(', ')} WHERE id = ?`,
        ),
        remove: this.db.prepare(`DELETE FROM "${table}" WHERE id = ?`),
        get: this.db.prepare(`SELECT doc FROM "${table}" WHERE id = ?`),
      });
    }
  }

  async createIndexes(namespace: string): Promise<void> {
    for (const prepared of this.collections.values()) {
      if (prepared.table.startsWith(`rm_${namespace}__`))
        this.write(() => this.indexCollection(prepared.table, prepared.definition));
    }
  }

  /**
   * Gives a table made before its fields had columns (or before a field was indexed) the column of
   * each indexed field, filled from its documents.
   */
  private addKeyColumns(table: string, keys: readonly string[]): void {
    const present = new Set(
      this.db
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
        .all()
        .map((column) => column.name),
    );
    for (const key of keys) {
      if (present.has(`@${key}`)) continue;
      this.db.exec(`ALTER TABLE "${table}" ADD COLUMN ${keyColumn(key)}`);
      this.db.exec(`UPDATE "${table}" SET ${keyColumn(key)} = ${jsonExtract(key)}`);
    }
  }

  private indexCollection(table: string, definition: CollectionDefinition): void {
    // A carried field that is not indexed has no column: its index reads it from the document.
    const carried = (definition.snapshotFields ?? []).map((field) => carriedExpression(definition, field));
    const existing = new Map(
      this.db
        .prepare<[string], { name: string; sql: string | null }>(
          "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
        )
        .all(table)
        .map((index) => [index.name, index.sql]),
    );
    const ensure = (name: string, columns: string) => {
      const sql = `CREATE INDEX "${name}" ON "${table}" (${columns})`;
      const current = existing.get(name);
      if (current === sql) return;
      // Indexes are named by position: one made for another definition (fields reordered or
      // changed) would otherwise stay and serve no query.
      if (current !== undefined) this.db.exec(`DROP INDEX "${name}"`);
      this.db.exec(sql);
    };
    definition.indexes.forEach((fields, i) =>
      // Ending every index in id lets it serve the id tie-breaker of sorted, paged queries.
      ensure(`${table}__${i}`, [...fields.map(expression), 'id', ...carried].join(', ')),
    );
    if (carried.length > 0) ensure(`${table}__snapshot`, ['id', ...carried].join(', '));
    this.dropUndeclaredIndexes(table, definition.indexes.length);
  }

  /**
   * Drops the indexes a collection's definition no longer declares (named by position: __2 once the
   * definition has two): each would otherwise cost a page on every write of a document.
   */
  private dropUndeclaredIndexes(table: string, declared: number): void {
    const existing = this.db
      .prepare<[string], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
      )
      .all(table);
    for (const { name } of existing) {
      const position = name.startsWith(table) ? /^__(\d+)$/.exec(name.slice(table.length)) : null;
      if (position && Number(position[1]) >= declared) this.db.exec(`DROP INDEX IF EXISTS "${name}"`);
    }
  }

  collection<Doc extends ReadDocument = ReadDocument>(namespace: string, name: string): ReadCollection<Doc> {
    const prepared = this.prepared(namespace, name);
    return {
      get: async (id) => {
        const row = prepared.get.get(id);
        return row ? (JSON.parse(row.doc) as Doc) : undefined;
      },
      find: async (options = {}) => findPage<Doc>((sql) => this.statement(sql), prepared, options),
      count: async (filter) => countDocuments(this.db, prepared, filter),
    };
  }

  async getMany(
    namespace: string,
    collection: string,
    ids: readonly string[],
  ): Promise<Map<string, ReadDocument>> {
    const prepared = this.prepared(namespace, collection);
    const found = new Map<string, ReadDocument>();
    const unique = [...new Set(ids)];
    for (let start = 0; start < unique.length; start += ROWS_PER_STATEMENT) {
      const chunk = unique.slice(start, start + ROWS_PER_STATEMENT);
      const rows = this.statement(
        `SELECT id, doc FROM "${prepared.table}" WHERE id IN (${chunk.map(() => '?').join(', ')})`,
      ).all(...chunk) as { id: string; doc: string }[];
      for (const row of rows) found.set(row.id, JSON.parse(row.doc) as ReadDocument);
    }
    return found;
  }

  async commit(namespace: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint): Promise<void> {
    const puts = new Map<PreparedCollection, DocumentRow[]>();
    const removes: [PreparedCollection, string][] = [];
    const targets = new Map<string, PreparedCollection>();
    for (const write of writes) {
      let target = targets.get(write.collection);
      if (!target) {
        target = this.prepared(namespace, write.collection);
        targets.set(write.collection, target);
      }
      if (write.document === null) removes.push([target, write.id]);
      else {
        const rows = puts.get(target) ?? [];
        const row: DocumentRow = [write.id, JSON.stringify(write.document)];
        for (const key of target.keys) row.push(keyValue(write.document, key));
        rows.push(row);
        puts.set(target, rows);
      }
    }
    // The projections that wake on one append commit in one transaction, each in a savepoint.
    await this.commits.submit({ puts, removes, checkpoint });
  }

  private writeBatch({ puts, removes, checkpoint }: CommitJob): void {
    // One prepared statement per collection, run per document: no SQL text to build or look up
    // per batch, and as few calls into SQLite's parser as a multi-row statement (issue 25).
    for (const [target, rows] of puts) {
      for (const row of rows) {
        if (target.put.run(...row).changes === 0) target.rekey.run(...row.slice(1), row[0]);
      }
    }
    for (const [target, id] of removes) target.remove.run(id);
    this.statements.writeCheckpoint.run(checkpoint.key, checkpoint.position);
  }

  /** Prepared statements by SQL text (the multi-row ones repeat with the same few lengths). */
  private statement(sql: string): Database.Statement {
    let statement = this.statementCache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.statementCache.size > 500) this.statementCache.clear();
      this.statementCache.set(sql, statement);
    }
    return statement;
  }

  async readCheckpoint(key: string): Promise<number | undefined> {
    return this.statements.readCheckpoint.get(key)?.position;
  }

  async readSnapshot<T>(
    namespace: string,
    collection: string,
    options: SnapshotOptions,
    consume: (snapshot: ReadSnapshot) => Promise<T>,
  ): Promise<T> {
    const prepared = this.prepared(namespace, collection);
    const position = (): number | undefined =>
      this.statements.readCheckpoint.get(options.checkpointKey)?.position;
    return readDocumentSnapshot(this.db, prepared, options, consume, position);
  }

  async drop(namespace: string, checkpointKey: string): Promise<void> {
    assertName('Namespace', namespace);
    const prefix = `rm_${namespace}__`;
    const tables = this.db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((t) => t.name)
      .filter((name) => name.startsWith(prefix));
    this.write(() =>
      this.db.transaction(() => {
        for (const table of tables) {
          this.db.exec(`DROP TABLE IF EXISTS "${table}"`);
          this.collections.delete(table);
        }
        this.statements.dropCheckpoint.run(checkpointKey);
      })(),
    );
  }

  async getSetting(key: string): Promise<string | undefined> {
    return this.statements.getSetting.get(key)?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.write(() => this.statements.setSetting.run(key, value));
  }

  async close(): Promise<void> {
    if (this.db.open) this.commits.flushNow();
    // The connection belongs to whoever opened it (shared with the embedded event store).
  }

  /** A write outside the group commit (schema, settings), in this thread's turn at the lock. */
  private write<T>(change: () => T): T {
    return this.writeTurn ? this.writeTurn.take(change) : change();
  }

  private prepared(namespace: string, name: string): PreparedCollection {
    const prepared = this.collections.get(tableName(namespace, name));
    if (!prepared) throw new InvalidQuery(`Collection ${name} of ${namespace} was not prepared`);
    return prepared;
  }
}
