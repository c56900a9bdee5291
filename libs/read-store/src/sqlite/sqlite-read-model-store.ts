import Database from 'better-sqlite3';
import { GroupCommit } from '@app/event-store';
import type {
  CollectionDefinition,
  DocumentFilter,
  FieldValue,
  FindOptions,
  Page,
  ReadCollection,
  ReadDocument,
  SortKey,
} from '../read-model';
import { InvalidQuery } from '../read-model';
import type {
  Checkpoint,
  DocumentWrite,
  ReadModelStore,
  ReadSnapshot,
  SnapshotOptions,
} from '../read-model-store.port';
import {
  type Condition,
  assertDefinition,
  assertName,
  assertSnapshotFields,
  conditionsOf,
  decodeCursor,
  encodeCursor,
  fieldValue,
  limitOf,
  sortOf,
} from '../query';

const ROWS_PER_STATEMENT = 200;

/** One runner's batch: its documents and the checkpoint past them. */
interface CommitJob {
  puts: Map<PreparedCollection, unknown[]>;
  removes: [PreparedCollection, string][];
  checkpoint: Checkpoint;
}

interface PreparedCollection {
  definition: CollectionDefinition;
  table: string;
  remove: Database.Statement<[string]>;
  get: Database.Statement<[string], { doc: string }>;
}

/**
 * The embedded read-model store: a table per collection holding JSON documents, with an expression
 * index on json_extract(...) for every declared index (docs/read-store.md). It shares the
 * connection (and file) of the embedded event store, so its synchronous transactions never
 * interleave with appends.
 */
export class SqliteReadModelStore implements ReadModelStore {
  readonly kind = 'embedded-sqlite' as const;
  private readonly collections = new Map<string, PreparedCollection>();
  private readonly statementCache = new Map<string, Database.Statement>();
  private readonly statements;
  private readonly commits: GroupCommit<CommitJob, void>;

  constructor(private readonly db: Database.Database) {
    this.commits = new GroupCommit(
      db,
      (job) => this.writeBatch(job),
      undefined,
      (transaction) => this.withoutFsync(transaction),
    );
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
      this.db.exec(`CREATE TABLE IF NOT EXISTS "${table}" (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
      if (!options.deferIndexes) this.indexCollection(table, definition);
      this.collections.set(table, {
        definition,
        table,
        remove: this.db.prepare(`DELETE FROM "${table}" WHERE id = ?`),
        get: this.db.prepare(`SELECT doc FROM "${table}" WHERE id = ?`),
      });
    }
  }

  async createIndexes(namespace: string): Promise<void> {
    for (const prepared of this.collections.values()) {
      if (prepared.table.startsWith(`rm_${namespace}__`))
        this.indexCollection(prepared.table, prepared.definition);
    }
  }

  private indexCollection(table: string, definition: CollectionDefinition): void {
    const carried = (definition.snapshotFields ?? []).map(expression);
    definition.indexes.forEach((fields, i) => {
      // Ending every index in id lets it serve the id tie-breaker of sorted, paged queries.
      const columns = [...fields.map(expression), 'id', ...carried].join(', ');
      this.db.exec(`CREATE INDEX IF NOT EXISTS "${table}__${i}" ON "${table}" (${columns})`);
    });
    if (carried.length > 0) {
      this.db.exec(
        `CREATE INDEX IF NOT EXISTS "${table}__snapshot" ON "${table}" (id, ${carried.join(', ')})`,
      );
    }
  }

  collection<Doc extends ReadDocument = ReadDocument>(namespace: string, name: string): ReadCollection<Doc> {
    const prepared = this.prepared(namespace, name);
    return {
      get: async (id) => {
        const row = prepared.get.get(id);
        return row ? (JSON.parse(row.doc) as Doc) : undefined;
      },
      find: async (options = {}) => this.find<Doc>(prepared, options),
      count: async (filter) => this.count(prepared, filter),
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
    const puts = new Map<PreparedCollection, unknown[]>();
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
        const values = puts.get(target) ?? [];
        values.push(write.id, JSON.stringify(write.document));
        puts.set(target, values);
      }
    }
    // The projections that wake on one append commit in one transaction, each in a savepoint.
    await this.commits.submit({ puts, removes, checkpoint });
  }

  /**
   * Read models are rebuilt from the log, and a batch commits with its checkpoint: losing the
   * last ones to a power cut only means applying them again. So they skip the fsync a FULL
   * connection (the log's durability) would make; the log's next commit syncs them anyway.
   */
  private withoutFsync<T>(transaction: () => T): T {
    const synchronous = this.db.pragma('synchronous', { simple: true }) as number;
    if (synchronous > 1) this.db.pragma('synchronous = NORMAL');
    try {
      return transaction();
    } finally {
      if (synchronous > 1) this.db.pragma(`synchronous = ${synchronous}`);
    }
  }

  private writeBatch({ puts, removes, checkpoint }: CommitJob): void {
    for (const [target, values] of puts) {
      // Many rows per statement: far fewer calls into the driver than one upsert a document.
      for (let start = 0; start < values.length; start += 2 * ROWS_PER_STATEMENT) {
        const chunk = values.slice(start, start + 2 * ROWS_PER_STATEMENT);
        this.statement(
          `INSERT INTO "${target.table}" (id, doc) VALUES ${Array.from({ length: chunk.length / 2 }, () => '(?, ?)').join(', ')}
             ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`,
        ).run(...chunk);
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
    const where = whereOf(conditionsOf(prepared.definition, options.filter));
    const condition = where.sql.length ? ` WHERE ${where.sql.join(' AND ')}` : '';
    const fields = options.fields;
    if (fields) assertSnapshotFields(prepared.definition, fields);
    // With fields, the same expressions the indexes carry: SQLite reads the indexes alone.
    const columns = fields ? `id, ${fields.map(expression).join(', ')}` : 'id, doc';
    const select = `SELECT ${columns} FROM "${prepared.table}"${condition} ORDER BY id`;
    const toDocument = fields ? projectedDocument(fields) : parsedDocument;
    const counting = `SELECT count(*) AS n FROM "${prepared.table}"${condition}`;
    const batchSize = options.batchSize ?? 2000;
    if (this.db.memory) {
      // No second connection can see an in-memory database: read it all at once (tests only).
      const rows = this.db
        .prepare(select)
        .raw()
        .all(...where.params) as unknown[][];
      const position = this.statements.readCheckpoint.get(options.checkpointKey)?.position;
      return consume({ position, count: rows.length, batches: batchesOf(rows, toDocument, batchSize) });
    }
    // A read transaction on a connection of its own sees one state of the file (WAL) however
    // long it reads, while the shared connection goes on appending and projecting.
    const reader = new Database(this.db.name, { readonly: true, fileMustExist: true });
    try {
      reader.exec('BEGIN');
      const position = (
        reader
          .prepare('SELECT position FROM read_model_checkpoints WHERE key = ?')
          .get(options.checkpointKey) as { position: number } | undefined
      )?.position;
      const { n } = reader.prepare(counting).get(...where.params) as { n: number };
      const rows = reader
        .prepare(select)
        .raw()
        .iterate(...where.params) as IterableIterator<unknown[]>;
      try {
        return await consume({ position, count: n, batches: batchesOf(rows, toDocument, batchSize, true) });
      } finally {
        rows.return?.();
      }
    } finally {
      reader.close();
    }
  }

  async drop(namespace: string, checkpointKey: string): Promise<void> {
    assertName('Namespace', namespace);
    const prefix = `rm_${namespace}__`;
    const tables = this.db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((t) => t.name)
      .filter((name) => name.startsWith(prefix));
    this.db.transaction(() => {
      for (const table of tables) {
        this.db.exec(`DROP TABLE IF EXISTS "${table}"`);
        this.collections.delete(table);
      }
      this.statements.dropCheckpoint.run(checkpointKey);
    })();
  }

  async getSetting(key: string): Promise<string | undefined> {
    return this.statements.getSetting.get(key)?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.statements.setSetting.run(key, value);
  }

  async close(): Promise<void> {
    if (this.db.open) this.commits.flush();
    // The connection belongs to whoever opened it (shared with the embedded event store).
  }

  private prepared(namespace: string, name: string): PreparedCollection {
    const prepared = this.collections.get(tableName(namespace, name));
    if (!prepared) throw new InvalidQuery(`Collection ${name} of ${namespace} was not prepared`);
    return prepared;
  }

  private find<Doc extends ReadDocument>(prepared: PreparedCollection, options: FindOptions): Page<Doc> {
    const { definition, table } = prepared;
    const limit = limitOf(options);
    const sort = sortOf(definition, options.sort);
    const filter = whereOf(conditionsOf(definition, options.filter));
    const order = (keys: readonly SortKey[]): string =>
      keys.map((k) => `${expression(k.field)} ${k.direction === 'asc' ? 'ASC' : 'DESC'}`).join(', ');
    const select = (
      extra: { sql: string; params: unknown[] } | undefined,
      keys: readonly SortKey[],
      n: number,
    ) => {
      const sql = [...filter.sql, ...(extra ? [extra.sql] : [])];
      return this.statement(
        `SELECT doc FROM "${table}"${sql.length ? ` WHERE ${sql.join(' AND ')}` : ''} ORDER BY ${order(keys)} LIMIT ?`,
      ).all(...filter.params, ...(extra?.params ?? []), n) as { doc: string }[];
    };
    let rows: { doc: string }[];
    if (options.after === undefined) rows = select(undefined, sort, limit + 1);
    else {
      const values = decodeCursor(options.after, sort.length);
      if (values.some((v) => v === null)) rows = select(keysetCondition(sort, values), sort, limit + 1);
      else {
        // One index range after another, each a seek: constant time however deep the page.
        rows = [];
        for (const phase of keysetPhases(sort, values)) {
          rows = rows.concat(select(phase.condition, phase.order, limit + 1 - rows.length));
          if (rows.length > limit) break;
        }
      }
    }
    const items = rows.slice(0, limit).map((r) => JSON.parse(r.doc) as Doc);
    if (rows.length <= limit) return { items };
    const last = items[items.length - 1];
    return { items, nextCursor: encodeCursor(sort.map((k) => fieldValue(last, k.field) ?? null)) };
  }

  private count(prepared: PreparedCollection, filter?: DocumentFilter): number {
    const where = whereOf(conditionsOf(prepared.definition, filter));
    const sql =
      `SELECT count(*) AS n FROM "${prepared.table}"` +
      (where.sql.length ? ` WHERE ${where.sql.join(' AND ')}` : '');
    return this.db.prepare<unknown[], { n: number }>(sql).get(...where.params)?.n ?? 0;
  }
}

const parsedDocument = (row: unknown[]): ReadDocument => JSON.parse(row[1] as string) as ReadDocument;

/** A document of the id and the asked-for fields, from a row of the same columns. */
function projectedDocument(fields: readonly string[]): (row: unknown[]) => ReadDocument {
  return (row) => {
    const document: ReadDocument = { id: row[0] as string };
    for (let i = 0; i < fields.length; i += 1) if (row[i + 1] !== null) document[fields[i]] = row[i + 1];
    return document;
  };
}

/** Documents in batches; between batches the event loop gets its turn (a scan can take seconds). */
async function* batchesOf(
  rows: Iterable<unknown[]>,
  toDocument: (row: unknown[]) => ReadDocument,
  size: number,
  yieldToOthers = false,
): AsyncIterable<ReadDocument[]> {
  let batch: ReadDocument[] = [];
  for (const row of rows) {
    batch.push(toDocument(row));
    if (batch.length >= size) {
      yield batch;
      batch = [];
      if (yieldToOthers) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (batch.length > 0) yield batch;
}

function tableName(namespace: string, collection: string): string {
  return `rm_${namespace}__${collection}`;
}

/** The SQL expression of a field; the same text in indexes and queries lets SQLite use the index. */
function expression(field: string): string {
  return field === 'id' ? 'id' : `json_extract(doc, '$.${field}')`;
}

/** SQLite has no booleans: json_extract yields 1 and 0 for true and false. */
function parameter(value: FieldValue): string | number | null {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

function whereOf(conditions: readonly Condition[]): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  for (const { field, operator, value } of conditions) {
    const column = expression(field);
    if (operator === 'in') {
      const values = value as readonly FieldValue[];
      if (values.length === 0) {
        sql.push('0');
        continue;
      }
      sql.push(`${column} IN (${values.map(() => '?').join(', ')})`);
      for (const one of values) params.push(parameter(one));
    } else if (value === null) {
      if (operator !== '=') throw new InvalidQuery(`A range on ${field} needs a value, not null`);
      sql.push(`${column} IS NULL`);
    } else {
      sql.push(`${column} ${operator} ?`);
      params.push(parameter(value as FieldValue));
    }
  }
  return { sql, params };
}

/**
 * Documents after a cursor with no null value, as index ranges read one after another: first
 * the rest of the cursor's group (k0 = v0 AND … AND id > v), then the groups after it, outwards
 * (k0 = v0 AND k1 > v1; then k0 > v0). Each is a seek on the index, so a page deep in a large
 * collection costs what the first does. Descending keys are mirrored, and their nulls, which sort
 * last, follow each range. (A single condition with OR, or a row value, makes SQLite scan.)
 */
function keysetPhases(
  sort: readonly SortKey[],
  values: readonly FieldValue[],
): { condition: { sql: string; params: unknown[] }; order: readonly SortKey[] }[] {
  const phases: { condition: { sql: string; params: unknown[] }; order: readonly SortKey[] }[] = [];
  for (let i = sort.length - 1; i >= 0; i -= 1) {
    const equal = sort.slice(0, i).map((k) => `${expression(k.field)} = ?`);
    const equalParams = values.slice(0, i).map(parameter);
    const column = expression(sort[i].field);
    const asc = sort[i].direction === 'asc';
    phases.push({
      condition: {
        sql: [...equal, `${column} ${asc ? '>' : '<'} ?`].join(' AND '),
        params: [...equalParams, parameter(values[i])],
      },
      order: sort.slice(i),
    });
    if (!asc && sort[i].field !== 'id') {
      phases.push({
        condition: { sql: [...equal, `${column} IS NULL`].join(' AND '), params: equalParams },
        order: sort.slice(i + 1),
      });
    }
  }
  return phases;
}

/**
 * Documents after a cursor holding a null, in sort order. SQLite sorts NULL first ascending and
 * last descending, so "after" is null-aware: (k0 after v0) OR (k0 = v0 AND k1 after v1) OR …
 */
function keysetCondition(
  sort: readonly SortKey[],
  values: readonly FieldValue[],
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const branches = sort.map((key, i) => {
    const parts: string[] = [];
    for (let j = 0; j < i; j += 1) {
      const column = expression(sort[j].field);
      if (values[j] === null) parts.push(`${column} IS NULL`);
      else {
        parts.push(`${column} = ?`);
        params.push(parameter(values[j]));
      }
    }
    const column = expression(key.field);
    const value = values[i];
    if (key.direction === 'asc') {
      if (value === null) parts.push(`${column} IS NOT NULL`);
      else {
        parts.push(`${column} > ?`);
        params.push(parameter(value));
      }
    } else if (value === null) {
      parts.push('0');
    } else {
      parts.push(`(${column} < ? OR ${column} IS NULL)`);
      params.push(parameter(value));
    }
    return `(${parts.join(' AND ')})`;
  });
  return { sql: `(${branches.join(' OR ')})`, params };
}
