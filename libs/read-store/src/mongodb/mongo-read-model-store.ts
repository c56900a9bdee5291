import { type Collection, type Db, type Filter, MongoClient } from 'mongodb';
import {
  type CollectionDefinition,
  type DocumentFilter,
  type FindOptions,
  type Page,
  type ReadCollection,
  type ReadDocument,
  InvalidQuery,
} from '../read-model';
import {
  type AppliedPositions,
  type Checkpoint,
  type DocumentWrite,
  type ReadModelStore,
  type ReadSnapshot,
  type SnapshotOptions,
} from '../read-model-store.port';
import {
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
import {
  type StoredDocument,
  POSITION,
  DELETED,
  collectionName,
  mongoField,
  toDocument,
} from './stored-document';
import { mongoFilter, keyset } from './mongo-filters';
import { readMongoSnapshot } from './mongo-snapshot';
import { createDeclaredIndexes, createTombstoneIndex } from './mongo-indexes';
import {
  groupWrites,
  ignoreDuplicateKeys,
  purgeTombstones,
  writeGuarded,
  writeInTransaction,
} from './mongo-writes';

export interface MongoReadModelStoreOptions {
  /**
   * true (default): each commit is a multi-document transaction (needs a replica set).
   * false: no transactions; every document carries the position of the batch that wrote it and a
   * write whose position is not newer is skipped, so re-applying a batch after a crash is a no-op;
   * deletions leave a tombstone for the same reason, removed once the checkpoint has passed it.
   */
  transactions?: boolean;
  /**
   * Whether close() closes the client: true for connect's own client; false (the default for the
   * constructor) when the deployment shares one client between its MongoDB stores.
   */
  ownsClient?: boolean;
}

/** The production read-model store: MongoDB through the official driver (docs/read-store.md). */
export class MongoReadModelStore implements ReadModelStore {
  readonly kind = 'mongodb' as const;
  private readonly definitions = new Map<string, CollectionDefinition>();
  private readonly db: Db;
  private readonly transactions: boolean;
  private readonly ownsClient: boolean;
  /** Collections where a commit (without transactions) left tombstones not yet purged. */
  private readonly tombstoned = new Set<string>();

  constructor(
    private readonly client: MongoClient,
    options: MongoReadModelStoreOptions = {},
  ) {
    this.db = client.db();
    this.transactions = options.transactions ?? true;
    this.ownsClient = options.ownsClient ?? false;
  }

  static async connect(url: string, options: MongoReadModelStoreOptions = {}): Promise<MongoReadModelStore> {
    const client = new MongoClient(url);
    await client.connect();
    return new MongoReadModelStore(client, { ...options, ownsClient: true });
  }

  async prepare(
    namespace: string,
    definitions: readonly CollectionDefinition[],
    options: { deferIndexes?: boolean } = {},
  ): Promise<void> {
    assertName('Namespace', namespace);
    for (const definition of definitions) {
      assertDefinition(definition);
      const name = collectionName(namespace, definition.name);
      this.definitions.set(name, definition);
      if (!this.transactions) await createTombstoneIndex(this.db.collection(name));
      if (!options.deferIndexes) await createDeclaredIndexes(this.db.collection(name), definition);
    }
  }

  async createIndexes(namespace: string): Promise<void> {
    for (const [name, definition] of this.definitions) {
      if (name.startsWith(`rm_${namespace}__`))
        await createDeclaredIndexes(this.db.collection(name), definition);
    }
  }

  collection<Doc extends ReadDocument = ReadDocument>(namespace: string, name: string): ReadCollection<Doc> {
    const { definition, collection } = this.prepared(namespace, name);
    const live = this.transactions ? {} : { [DELETED]: { $ne: true } };
    return {
      get: async (id) => {
        const found = await collection.findOne({ _id: id, ...live });
        return found ? (toDocument(found) as Doc) : undefined;
      },
      find: async (options = {}) => this.find<Doc>(definition, collection, options, live),
      count: async (filter?: DocumentFilter) =>
        collection.countDocuments({ ...mongoFilter(conditionsOf(definition, filter)), ...live }),
    };
  }

  async getMany(
    namespace: string,
    name: string,
    ids: readonly string[],
    applied?: AppliedPositions,
  ): Promise<Map<string, ReadDocument>> {
    const { collection } = this.prepared(namespace, name);
    const found = new Map<string, ReadDocument>();
    // Tombstones are read too: the runner must not apply again what they contain.
    for await (const stored of collection.find({ _id: { $in: [...new Set(ids)] } })) {
      const position = stored[POSITION];
      if (!this.transactions && typeof position === 'number') applied?.set(stored._id, position);
      if (stored[DELETED] !== true) found.set(stored._id, toDocument(stored));
    }
    return found;
  }

  async commit(namespace: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint): Promise<void> {
    // Every collection is checked before anything is written.
    const byCollection = [...groupWrites(writes)].map(
      ([name, list]) => [this.prepared(namespace, name).collection, list] as const,
    );
    const checkpoints = this.db.collection<{ _id: string; position: number }>('read_model_checkpoints');
    if (this.transactions) {
      await this.client.withSession((session) =>
        session.withTransaction(async () => {
          for (const [collection, list] of byCollection) {
            await writeInTransaction(collection, list, session);
          }
          await checkpoints.updateOne(
            { _id: checkpoint.key },
            { $set: { position: checkpoint.position } },
            { upsert: true, session },
          );
        }),
      );
      return;
    }
    for (const [collection, list] of byCollection) await writeGuarded(collection, list, checkpoint.position);
    // A duplicate key: the stored checkpoint is already past this one (a replay); nothing to move.
    const previous = await checkpoints
      .findOneAndUpdate(
        {
          _id: checkpoint.key,
          $or: [{ position: { $lt: checkpoint.position } }, { position: { $exists: false } }],
        },
        { $set: { position: checkpoint.position } },
        { upsert: true, returnDocument: 'before', projection: { position: 1 } },
      )
      .catch((error: unknown) => ignoreDuplicateKeys(error));
    if (previous?.position !== undefined) await this.purgeTombstones(namespace, previous.position);
    // This batch's tombstones go at a later commit, once this checkpoint is the stored one.
    for (const write of writes) {
      if (write.document === null) this.tombstoned.add(collectionName(namespace, write.collection));
    }
  }

  /**
   * A tombstone guards the writes of its batch against a replay after a crash, and a replay starts
   * after the stored checkpoint: once a checkpoint at or past it had been stored before this
   * commit, the namespace's one runner never applies what it guards again (docs/read-store.md).
   */
  private async purgeTombstones(namespace: string, storedCheckpoint: number): Promise<void> {
    for (const name of this.tombstoned) {
      if (!name.startsWith(`rm_${namespace}__`)) continue;
      await purgeTombstones(this.db.collection<StoredDocument>(name), storedCheckpoint);
      this.tombstoned.delete(name);
    }
  }

  async readCheckpoint(key: string): Promise<number | undefined> {
    const found = await this.db
      .collection<{ _id: string; position: number }>('read_model_checkpoints')
      .findOne({ _id: key });
    return found?.position;
  }

  async readSnapshot<T>(
    namespace: string,
    name: string,
    options: SnapshotOptions,
    consume: (snapshot: ReadSnapshot) => Promise<T>,
  ): Promise<T> {
    const { definition, collection } = this.prepared(namespace, name);
    if (options.fields) assertSnapshotFields(definition, options.fields);
    const filter = {
      ...mongoFilter(conditionsOf(definition, options.filter)),
      ...(this.transactions ? {} : { [DELETED]: { $ne: true } }),
    };
    return readMongoSnapshot(
      { client: this.client, db: this.db, collection, transactions: this.transactions },
      { ...options, namespace, filter },
      consume,
    );
  }

  async drop(namespace: string, checkpointKey: string): Promise<void> {
    assertName('Namespace', namespace);
    const prefix = `rm_${namespace}__`;
    const names = await this.db.listCollections({}, { nameOnly: true }).toArray();
    for (const { name } of names) {
      if (!name.startsWith(prefix)) continue;
      await this.db.collection(name).drop();
      this.definitions.delete(name);
      this.tombstoned.delete(name);
    }
    await this.db.collection<{ _id: string }>('read_model_checkpoints').deleteOne({ _id: checkpointKey });
  }

  async getSetting(key: string): Promise<string | undefined> {
    const found = await this.db
      .collection<{ _id: string; value: string }>('read_model_settings')
      .findOne({ _id: key });
    return found?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db
      .collection<{ _id: string; value: string }>('read_model_settings')
      .updateOne({ _id: key }, { $set: { value } }, { upsert: true });
  }

  async close(): Promise<void> {
    if (this.ownsClient) await this.client.close();
  }

  private prepared(
    namespace: string,
    name: string,
  ): { definition: CollectionDefinition; collection: Collection<StoredDocument> } {
    const full = collectionName(namespace, name);
    const definition = this.definitions.get(full);
    if (!definition) throw new InvalidQuery(`Collection ${name} of ${namespace} was not prepared`);
    return { definition, collection: this.db.collection<StoredDocument>(full) };
  }

  private async find<Doc extends ReadDocument>(
    definition: CollectionDefinition,
    collection: Collection<StoredDocument>,
    options: FindOptions,
    live: Filter<StoredDocument>,
  ): Promise<Page<Doc>> {
    const limit = limitOf(options);
    const sort = sortOf(definition, options.sort);
    const clauses: Filter<StoredDocument>[] = [mongoFilter(conditionsOf(definition, options.filter)), live];
    if (options.after !== undefined) clauses.push(keyset(sort, decodeCursor(options.after, sort.length)));
    const mongoSort: Record<string, 1 | -1> = {};
    for (const key of sort) mongoSort[mongoField(key.field)] = key.direction === 'asc' ? 1 : -1;
    const stored = await collection
      .find({ $and: clauses })
      .sort(mongoSort)
      .limit(limit + 1)
      .toArray();
    const items = stored.slice(0, limit).map((d) => toDocument(d) as Doc);
    if (stored.length <= limit) return { items };
    const last = items[items.length - 1];
    return { items, nextCursor: encodeCursor(sort.map((k) => fieldValue(last, k.field) ?? null)) };
  }
}
