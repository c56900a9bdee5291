import {
  type AnyBulkWriteOperation,
  type Collection,
  type Db,
  type Document,
  type Filter,
  MongoClient,
} from 'mongodb';
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
import {
  APPLIED_POSITION,
  type Checkpoint,
  type DocumentWrite,
  type ReadModelStore,
  type ReadSnapshot,
  type SnapshotOptions,
  SnapshotMoved,
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

export interface MongoReadModelStoreOptions {
  /**
   * true (default): each commit is a multi-document transaction (needs a replica set).
   * false: no transactions; every document carries the position of the batch that wrote it and a
   * write whose position is not newer is skipped, so re-applying a batch after a crash is a no-op;
   * deletions leave a tombstone for the same reason.
   */
  transactions?: boolean;
}

interface StoredDocument extends Document {
  _id: string;
  _position?: number;
  _deleted?: boolean;
}

const POSITION = APPLIED_POSITION;
const DELETED = '_deleted';
const DUPLICATE_KEY = 11000;

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

function collectionName(namespace: string, collection: string): string {
  return `rm_${namespace}__${collection}`;
}

function mongoField(field: string): string {
  return field === 'id' ? '_id' : field;
}

function toDocument(stored: StoredDocument): ReadDocument {
  const { _id, _position, _deleted, ...rest } = stored;
  void _position;
  void _deleted;
  return { ...rest, id: _id };
}

function toStored(document: ReadDocument, position?: number): StoredDocument {
  const { id, [POSITION]: _previous, ...rest } = document;
  void _previous;
  return position === undefined ? { ...rest, _id: id } : { ...rest, _id: id, [POSITION]: position };
}

const OPERATORS = { '=': '$eq', '>': '$gt', '>=': '$gte', '<': '$lt', '<=': '$lte', in: '$in' } as const;

function mongoFilter(conditions: readonly Condition[]): Filter<StoredDocument> {
  const filter: Record<string, Record<string, unknown>> = {};
  for (const { field, operator, value } of conditions) {
    const key = mongoField(field);
    filter[key] = { ...(filter[key] ?? {}), [OPERATORS[operator]]: value };
  }
  return filter;
}

/**
 * Documents after the cursor in sort order, null-aware as MongoDB sorts null (and missing) first
 * ascending and last descending: (k0 after v0) OR (k0 = v0 AND k1 after v1) OR …
 */
function keyset(sort: readonly SortKey[], values: readonly FieldValue[]): Filter<StoredDocument> {
  const branches = sort.map((key, i) => {
    const clauses: Record<string, unknown>[] = [];
    for (let j = 0; j < i; j += 1) clauses.push({ [mongoField(sort[j].field)]: values[j] });
    const field = mongoField(key.field);
    const value = values[i];
    if (key.direction === 'asc') clauses.push({ [field]: value === null ? { $ne: null } : { $gt: value } });
    else if (value === null) clauses.push({ _id: { $exists: false } });
    else clauses.push({ $or: [{ [field]: { $lt: value } }, { [field]: null }] });
    return { $and: clauses };
  });
  return { $or: branches };
}

function transactionalOperation(write: DocumentWrite): AnyBulkWriteOperation<StoredDocument> {
  if (write.document === null) return { deleteOne: { filter: { _id: write.id } } };
  return { replaceOne: { filter: { _id: write.id }, replacement: toStored(write.document), upsert: true } };
}

/**
 * Without transactions: replace only when the stored version is older than this batch; a
 * deletion becomes a tombstone carrying the position. An upsert whose filter finds a newer
 * version collides on _id (duplicate key): that write was already applied.
 */
async function guardedWrites(
  collection: Collection<StoredDocument>,
  writes: DocumentWrite[],
  batchPosition: number,
): Promise<void> {
  for (const write of writes) {
    // The position of the last event that changed the document, so a replay skips what it holds.
    const position = write.position ?? batchPosition;
    const replacement: StoredDocument =
      write.document === null
        ? { _id: write.id, [POSITION]: position, [DELETED]: true }
        : toStored(write.document, position);
    await collection
      .replaceOne(
        { _id: write.id, $or: [{ [POSITION]: { $lt: position } }, { [POSITION]: { $exists: false } }] },
        replacement,
        { upsert: true },
      )
      .catch(ignoreDuplicateKey);
  }
}

function ignoreDuplicateKey(error: unknown): void {
  if ((error as { code?: number }).code === DUPLICATE_KEY) return;
  throw error;
}
