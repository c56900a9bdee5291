import { migrate } from '@app/event-store/postgres/migrations';
import { refusingWhenDown } from '@app/event-store/postgres/storage-failure';
import { inTransaction, queryRows } from '@app/event-store/postgres/store-transaction';
import type { Pool, PoolClient } from 'pg';
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
import { countDocuments, type DocumentTable, findPage, type Query } from './document-queries';
import { readDocumentSnapshot } from './document-snapshot';
import { expression, tableName } from './document-sql';
import { READ_STORE_MIGRATIONS } from './migrations';

/** Instances preparing the same namespace at once take turns (CREATE … IF NOT EXISTS races otherwise). */
const DDL_LOCK = 7_340_043;

/**
 * The PostgreSQL read-model store (docs/adr/0043-postgres-read-models.md): a table per collection
 * of jsonb documents keyed by id (byte order, COLLATE "C"), an expression index for every declared
 * index, and each batch committed with its checkpoint in one transaction. The pool belongs to
 * whoever opened it.
 */
export class PostgresReadModelStore implements ReadModelStore {
  readonly kind = 'postgresql' as const;
  private readonly collections = new Map<string, DocumentTable>();
  private readonly query: Query = (sql, params) => queryRows(this.pool, sql, params);

  private constructor(private readonly pool: Pool) {}

  /** Brings the schema up to date (once, whatever the number of instances starting) and opens the store. */
  static async open(pool: Pool): Promise<PostgresReadModelStore> {
    await refusingWhenDown(() => migrate(pool, 'read-store', READ_STORE_MIGRATIONS));
    return new PostgresReadModelStore(pool);
  }

  async prepare(
    namespace: string,
    definitions: readonly CollectionDefinition[],
    options: { deferIndexes?: boolean } = {},
  ): Promise<void> {
    assertName('Namespace', namespace);
    definitions.forEach(assertDefinition);
    await this.ddl(async (client) => {
      for (const definition of definitions) {
        const table = tableName(namespace, definition.name);
        await client.query(
          `CREATE TABLE IF NOT EXISTS "${table}" (id text COLLATE "C" PRIMARY KEY, doc jsonb NOT NULL)`,
        );
        await client.query(
          `INSERT INTO read_model_tables (namespace, collection, table_name) VALUES ($1, $2, $3)
           ON CONFLICT (namespace, collection) DO NOTHING`,
          [namespace, definition.name, table],
        );
        if (!options.deferIndexes) await indexCollection(client, table, definition);
      }
    });
    for (const definition of definitions) {
      const table = tableName(namespace, definition.name);
      this.collections.set(table, { definition, table });
    }
  }

  async createIndexes(namespace: string): Promise<void> {
    const tables = [...this.collections.values()].filter(
      (c) => c.table === tableName(namespace, c.definition.name),
    );
    await this.ddl(async (client) => {
      for (const prepared of tables) await indexCollection(client, prepared.table, prepared.definition);
    });
  }

  collection<Doc extends ReadDocument = ReadDocument>(namespace: string, name: string): ReadCollection<Doc> {
    const prepared = this.prepared(namespace, name);
    return {
      get: async (id) => {
        const rows = await this.query<{ doc: Doc }>(`SELECT doc FROM "${prepared.table}" WHERE id = $1`, [
          id,
        ]);
        return rows[0]?.doc;
      },
      find: (options = {}) => findPage<Doc>(this.query, prepared, options),
      count: (filter) => countDocuments(this.query, prepared, filter),
    };
  }

  async getMany(
    namespace: string,
    collection: string,
    ids: readonly string[],
  ): Promise<Map<string, ReadDocument>> {
    const prepared = this.prepared(namespace, collection);
    const rows = await this.query<{ id: string; doc: ReadDocument }>(
      `SELECT id, doc FROM "${prepared.table}" WHERE id = ANY($1::text[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row.doc]));
  }

  async commit(namespace: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint): Promise<void> {
    // The last write of an id wins, as if applied in order (one statement may not touch a row twice).
    const byTable = new Map<string, Map<string, ReadDocument | null>>();
    for (const write of writes) {
      const { table } = this.prepared(namespace, write.collection);
      const documents = byTable.get(table) ?? new Map<string, ReadDocument | null>();
      documents.set(write.id, write.document);
      byTable.set(table, documents);
    }
    await inTransaction(this.pool, async (client) => {
      for (const [table, documents] of byTable) {
        const puts = [...documents].filter(([, document]) => document !== null);
        const removes = [...documents].filter(([, document]) => document === null).map(([id]) => id);
        if (puts.length > 0) {
          await client.query(
            `INSERT INTO "${table}" (id, doc) SELECT * FROM unnest($1::text[], $2::jsonb[])
             ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`,
            [puts.map(([id]) => id), puts.map(([, document]) => JSON.stringify(document))],
          );
        }
        if (removes.length > 0)
          await client.query(`DELETE FROM "${table}" WHERE id = ANY($1::text[])`, [removes]);
      }
      await client.query(
        `INSERT INTO read_model_checkpoints (key, position) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET position = excluded.position`,
        [checkpoint.key, checkpoint.position],
      );
    });
  }

  async readCheckpoint(key: string): Promise<number | undefined> {
    const rows = await this.query<{ position: string }>(
      'SELECT position FROM read_model_checkpoints WHERE key = $1',
      [key],
    );
    return rows[0] ? Number(rows[0].position) : undefined;
  }

  readSnapshot<T>(
    namespace: string,
    collection: string,
    options: SnapshotOptions,
    consume: (snapshot: ReadSnapshot) => Promise<T>,
  ): Promise<T> {
    return readDocumentSnapshot(this.pool, this.prepared(namespace, collection), options, consume);
  }

  async drop(namespace: string, checkpointKey: string): Promise<void> {
    assertName('Namespace', namespace);
    await this.ddl(async (client) => {
      const { rows } = await client.query<{ table_name: string }>(
        'DELETE FROM read_model_tables WHERE namespace = $1 RETURNING table_name',
        [namespace],
      );
      for (const { table_name: table } of rows) {
        await client.query(`DROP TABLE IF EXISTS "${table}"`);
        this.collections.delete(table);
      }
      await client.query('DELETE FROM read_model_checkpoints WHERE key = $1', [checkpointKey]);
    });
  }

  async getSetting(key: string): Promise<string | undefined> {
    const rows = await this.query<{ value: string }>('SELECT value FROM read_model_settings WHERE key = $1', [
      key,
    ]);
    return rows[0]?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.query(
      `INSERT INTO read_model_settings (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [key, value],
    );
  }

  async close(): Promise<void> {
    // The pool belongs to whoever opened it (shared with the other PostgreSQL stores).
  }

  private ddl(work: (client: PoolClient) => Promise<void>): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [DDL_LOCK]);
      await work(client);
    });
  }

  private prepared(namespace: string, name: string): DocumentTable {
    const prepared = this.collections.get(tableName(namespace, name));
    if (!prepared) throw new InvalidQuery(`Collection ${name} of ${namespace} was not prepared`);
    return prepared;
  }
}

/**
 * An index per declaration, each ending in id (the tie-breaker of sorted pages), ASC NULLS FIRST
 * so that both sort directions read it in order. Snapshot fields are not carried: PostgreSQL does
 * not answer expressions from an index alone, so a snapshot read of fields reads the rows.
 */
async function indexCollection(
  client: PoolClient,
  table: string,
  definition: CollectionDefinition,
): Promise<void> {
  for (const [i, fields] of definition.indexes.entries()) {
    const columns = [...fields.map((f) => `(${expression(f)}) ASC NULLS FIRST`), 'id'].join(', ');
    await client.query(`CREATE INDEX IF NOT EXISTS "${table}__${i}" ON "${table}" (${columns})`);
  }
}
