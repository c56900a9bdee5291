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
  type Checkpoint,
  type DocumentWrite,
  type ReadModelStore,
  type ReadSnapshot,
  type SnapshotOptions,
  SnapshotMoved,
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
import { transactionalOperation, guardedWrites, ignoreDuplicateKey } from './mongo-writes';

export interface MongoReadModelStoreOptions {
  /**
   * true (default): each commit is a multi-document transaction (needs a replica set).
   * false: no transactions; every document carries the position of the batch that wrote it and a
   * write whose position is not newer is skipped, so re-applying a batch after a crash is a no-op;
   * deletions leave a tombstone for the same reason.
   */
  transactions?: boolean;
}

/** The production read-model store: MongoDB through the official driver (docs/read-store.md). */
export class MongoReadModelStore implements ReadModelStore {
  readonly kind = 'mongodb' as const;
  private readonly definitions = new Map<string, CollectionDefinition>();
  private readonly db: Db;
  private readonly transactions: boolean;

  constructor(
    private readonly client: MongoClient,
    options: MongoReadModelStoreOptions = {},
  ) {
    this.db = client.db();
    this.transactions = options.transactions ?? true;
  }

  static async connect(url: string, options: MongoReadModelStoreOptions = {}): Promise<MongoReadModelStore> {
    const client = new MongoClient(url);
    await client.connect();
    return new MongoReadModelStore(client, options);
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
      if (!options.deferIndexes) await this.indexCollection(name, definition);
    }
  }

  async createIndexes(namespace: string): Promise<void> {
    for (const [name, definition] of this.definitions) {
      if (name.startsWith(`rm_${namespace}__`)) await this.indexCollection(name, definition);
    }
  }

  private async indexCollection(name: string, definition: CollectionDefinition): Promise<void> {
    const collection = this.db.collection(name);
    // Snapshot fields ride along in every index, so a snapshot read of them is a covered query.
    const carried = definition.snapshotFields ?? [];
    for (const [i, fields] of definition.indexes.entries()) {
      const keys: Record<string, 1> = {};
      for (const field of fields) keys[field] = 1;
      keys._id = 1;
      for (const field of carried) keys[field] = 1;
      await collection.createIndex(keys, { name: `${definition.name}__${i}` });
    }
    if (carried.length > 0) {
      const keys: Record<string, 1> = { _id: 1 };
      for (const field of carried) keys[field] = 1;
      await collection.createIndex(keys, { name: `${definition.name}__snapshot` });
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

  async getMany(namespace: string, name: string, ids: readonly string[]): Promise<Map<string, ReadDocument>> {
    const { collection } = this.prepared(namespace, name);
    const found = new Map<string, ReadDocument>();
    const live = this.transactions ? {} : { [DELETED]: { $ne: true } };
    for await (const stored of collection.find({ _id: { $in: [...new Set(ids)] }, ...live })) {
      const document = toDocument(stored);
      // Without transactions the runner must know which events a document already contains.
      if (!this.transactions && stored[POSITION] !== undefined) document[POSITION] = stored[POSITION];
      found.set(stored._id, document);
    }
    return found;
  }

  async commit(namespace: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint): Promise<void> {
    const byCollection = new Map<Collection<StoredDocument>, DocumentWrite[]>();
    for (const write of writes) {
      const { collection } = this.prepared(namespace, write.collection);
      byCollection.set(collection, [...(byCollection.get(collection) ?? []), write]);
    }
    const checkpoints = this.db.collection<{ _id: string; position: number }>('read_model_checkpoints');
    if (this.transactions) {
      await this.client.withSession((session) =>
        session.withTransaction(async () => {
          for (const [collection, list] of byCollection) {
            await collection.bulkWrite(list.map(transactionalOperation), { session, ordered: true });
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
    for (const [collection, list] of byCollection) await guardedWrites(collection, list, checkpoint.position);
    await checkpoints
      .updateOne(
        {
          _id: checkpoint.key,
          $or: [{ position: { $lt: checkpoint.position } }, { position: { $exists: false } }],
        },
        { $set: { position: checkpoint.position } },
        { upsert: true },
      )
      .catch(ignoreDuplicateKey);
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
    const projection = options.fields ? Object.fromEntries(options.fields.map((f) => [f, 1])) : undefined;
    const filter = {
      ...mongoFilter(conditionsOf(definition, options.filter)),
      ...(this.transactions ? {} : { [DELETED]: { $ne: true } }),
    };
    const checkpoints = this.db.collection<{ _id: string; position: number }>('read_model_checkpoints');
    // With a replica set, every read of a snapshot session sees the same point in time (MongoDB 5.0+).
    // Without one, the checkpoint is read before and after: if it moved, the caller tries again.
    const session = this.client.startSession(this.transactions ? { snapshot: true } : {});
    const batchSize = options.batchSize ?? 2000;
    const cursor = collection.find(filter, {
      session,
      sort: { _id: 1 },
      batchSize,
      ...(projection ? { projection } : {}),
    });
    try {
      const position = (await checkpoints.findOne({ _id: options.checkpointKey }, { session }))?.position;
      const count = await collection.countDocuments(filter, { session });
      async function* batches(): AsyncIterable<ReadDocument[]> {
        let batch: ReadDocument[] = [];
        for await (const stored of cursor) {
          batch.push(toDocument(stored));
          if (batch.length >= batchSize) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
      }
      const result = await consume({ position, count, batches: batches() });
      if (!this.transactions) {
        const after = (await checkpoints.findOne({ _id: options.checkpointKey }, { session }))?.position;
        if (after !== position) throw new SnapshotMoved(`${namespace} moved from ${position} to ${after}`);
      }
      return result;
    } finally {
      await cursor.close();
      await session.endSession();
    }
  }

  async drop(namespace: string, checkpointKey: string): Promise<void> {
    assertName('Namespace', namespace);
    const prefix = `rm_${namespace}__`;
    const names = await this.db.listCollections({}, { nameOnly: true }).toArray();
    for (const { name } of names) {
      if (!name.startsWith(prefix)) continue;
      await this.db.collection(name).drop();
      this.definitions.delete(name);
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
    await this.client.close();
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
