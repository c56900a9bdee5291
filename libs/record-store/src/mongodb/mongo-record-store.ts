import { type Collection, type Db, MongoClient } from 'mongodb';
import { type RecordStore, type ScrubOutcome, type StoredRecord, isLive } from '../record-store.port';

interface RecordDocument {
  _id: string;
  namespace: string;
  key: string;
  value: string;
  expiresAt?: Date;
}

const DUPLICATE_KEY = 11000;
const MAX_ATTEMPTS = 100;

/**
 * The production record store: one MongoDB collection, `records` (docs/record-store.md). Expired
 * records are filtered out on read and replaced by putIfAbsent; the TTL index only reclaims space.
 */
export class MongoRecordStore implements RecordStore {
  readonly kind = 'mongodb' as const;
  private readonly records: Collection<RecordDocument>;
  private indexed?: Promise<unknown>;

  /** `owner`: a client this store closes in close() (connect's own). */
  constructor(
    db: Db,
    private readonly owner?: MongoClient,
  ) {
    this.records = db.collection<RecordDocument>('records');
  }

  static async connect(url: string): Promise<MongoRecordStore> {
    const client = new MongoClient(url);
    await client.connect();
    return new MongoRecordStore(client.db(), client);
  }

  async putIfAbsent(
    namespace: string,
    key: string,
    record: StoredRecord,
    now = Date.now(),
  ): Promise<StoredRecord | undefined> {
    const records = await this.collection();
    const document = toDocument(namespace, key, record);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      try {
        await records.insertOne(document);
        return undefined;
      } catch (error) {
        if ((error as { code?: unknown }).code !== DUPLICATE_KEY) throw error;
      }
      const found = await records.findOne({ _id: document._id });
      const existing = found && toRecord(found);
      if (existing && isLive(existing, now)) return existing;
      if (existing) {
        // Only while it is still expired: of two callers replacing it, the second matches nothing.
        const replaced = await records.replaceOne(
          { _id: document._id, expiresAt: { $lte: new Date(now) } },
          document,
        );
        if (replaced.matchedCount === 1) return undefined;
      }
      // Deleted or replaced by another caller in between: look again.
    }
    throw new Error(`putIfAbsent(${namespace}, ${key}) kept colliding with concurrent writers`);
  }

  async get(namespace: string, key: string, now: number): Promise<StoredRecord | undefined> {
    const records = await this.collection();
    const found = await records.findOne({ _id: idOf(namespace, key) });
    const record = found && toRecord(found);
    return record && isLive(record, now) ? record : undefined;
  }

  async put(namespace: string, key: string, record: StoredRecord): Promise<void> {
    const records = await this.collection();
    const document = toDocument(namespace, key, record);
    await records.replaceOne({ _id: document._id }, document, { upsert: true });
  }

  async delete(namespace: string, key: string): Promise<boolean> {
    const records = await this.collection();
    return (await records.deleteOne({ _id: idOf(namespace, key) })).deletedCount > 0;
  }

  async deleteExpired(now: number): Promise<number> {
    const records = await this.collection();
    return (await records.deleteMany({ expiresAt: { $lte: new Date(now) } })).deletedCount;
  }

  /**
   * Nothing a client can do: WiredTiger reuses freed space when it will, and the oplog, the
   * journal and backups keep what they keep (what the operator must see to is in
   * docs/record-store.md). Said as it is, so that every erasure reports the copies left.
   */
  async scrub(): Promise<ScrubOutcome> {
    return 'beyond-reach';
  }

  async close(): Promise<void> {
    await this.owner?.close();
  }

  /** The collection, once its index exists: a TTL index, which also serves deleteExpired. */
  private async collection(): Promise<Collection<RecordDocument>> {
    this.indexed ??= this.records
      .createIndex({ expiresAt: 1 }, { name: 'records_expiresAt', expireAfterSeconds: 0 })
      .catch((error: unknown) => {
        this.indexed = undefined;
        throw error;
      });
    await this.indexed;
    return this.records;
  }
}

function idOf(namespace: string, key: string): string {
  if (namespace.includes('\u0000'))
    throw new Error(`A namespace cannot contain NUL: ${JSON.stringify(namespace)}`);
  return `${namespace}\u0000${key}`;
}

function toDocument(namespace: string, key: string, record: StoredRecord): RecordDocument {
  const document: RecordDocument = { _id: idOf(namespace, key), namespace, key, value: record.value };
  if (record.expiresAt !== undefined) document.expiresAt = new Date(record.expiresAt);
  return document;
}

function toRecord(document: RecordDocument): StoredRecord {
  return document.expiresAt === undefined
    ? { value: document.value }
    : { value: document.value, expiresAt: document.expiresAt.getTime() };
}
