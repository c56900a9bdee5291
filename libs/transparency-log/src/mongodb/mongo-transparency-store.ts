import type { SignedCheckpoint } from '@app/audit';
import { type AnyBulkWriteOperation, Binary, type Collection, type Db, MongoClient } from 'mongodb';
import {
  type CheckpointPage,
  type LeafEntry,
  type Tile,
  type TileId,
  type TransparencyStore,
  type TreeHead,
  tileKey,
} from '../transparency-store.port';

interface TileDocument {
  _id: string;
  level: number;
  index: number;
  hashes: Binary;
}
interface LeafDocument {
  _id: number;
  position: number;
  eventId: string;
}
interface HeadDocument {
  _id: 'head';
  size: number;
  lastPosition: number;
}
interface CheckpointDocument extends Omit<SignedCheckpoint, 'size'> {
  _id: number;
}

/**
 * The transparency log in MongoDB. Writes are idempotent upserts and the head is written last, so
 * no transaction is needed: after a crash the builder rewrites from the head it finds.
 */
export class MongoTransparencyStore implements TransparencyStore {
  private constructor(
    /** The client close() closes: connect's own; none when the store borrows one (open). */
    private readonly owner: MongoClient | undefined,
    private readonly tileDocs: Collection<TileDocument>,
    private readonly leafDocs: Collection<LeafDocument>,
    private readonly headDocs: Collection<HeadDocument>,
    private readonly checkpointDocs: Collection<CheckpointDocument>,
  ) {}

  static async connect(url: string, prefix = 'transparency'): Promise<MongoTransparencyStore> {
    const client = await MongoClient.connect(url);
    try {
      return await MongoTransparencyStore.build(client.db(), prefix, client);
    } catch (error) {
      await client.close().catch(() => undefined);
      throw error;
    }
  }

  /** On a client the deployment shares: close() leaves it open. */
  static async open(client: MongoClient, prefix = 'transparency'): Promise<MongoTransparencyStore> {
    return MongoTransparencyStore.build(client.db(), prefix, undefined);
  }

  private static async build(
    db: Db,
    prefix: string,
    owner: MongoClient | undefined,
  ): Promise<MongoTransparencyStore> {
    const leaves = db.collection<LeafDocument>(`${prefix}_leaves`);
    await leaves.createIndex({ position: 1 }, { unique: true });
    await leaves.createIndex({ eventId: 1 }, { unique: true });
    return new MongoTransparencyStore(
      owner,
      db.collection<TileDocument>(`${prefix}_tiles`),
      leaves,
      db.collection<HeadDocument>(`${prefix}_head`),
      db.collection<CheckpointDocument>(`${prefix}_checkpoints`),
    );
  }

  async head(): Promise<TreeHead> {
    const head = await this.headDocs.findOne({ _id: 'head' });
    return { size: head?.size ?? 0, lastPosition: head?.lastPosition ?? 0 };
  }

  async commit(tiles: readonly Tile[], leaves: readonly LeafEntry[], head: TreeHead): Promise<void> {
    if (leaves.length > 0) {
      const ops: AnyBulkWriteOperation<LeafDocument>[] = leaves.map((l) => ({
        replaceOne: {
          filter: { _id: l.index },
          replacement: { _id: l.index, position: l.position, eventId: l.eventId },
          upsert: true,
        },
      }));
      await this.leafDocs.bulkWrite(ops, { ordered: false });
    }
    if (tiles.length > 0) {
      const ops: AnyBulkWriteOperation<TileDocument>[] = tiles.map((t) => ({
        replaceOne: {
          filter: { _id: tileKey(t) },
          replacement: { _id: tileKey(t), level: t.level, index: t.index, hashes: new Binary(t.hashes) },
          upsert: true,
        },
      }));
      await this.tileDocs.bulkWrite(ops, { ordered: false });
    }
    await this.headDocs.replaceOne({ _id: 'head' }, { ...head }, { upsert: true });
  }

  async tiles(ids: readonly TileId[]): Promise<Map<string, Buffer>> {
    const docs = await this.tileDocs.find({ _id: { $in: ids.map(tileKey) } }).toArray();
    return new Map(docs.map((d) => [d._id, Buffer.from(d.hashes.buffer)]));
  }

  async leafByPosition(position: number): Promise<LeafEntry | undefined> {
    return this.leafOf(await this.leafDocs.findOne({ position }));
  }

  async leafByEventId(eventId: string): Promise<LeafEntry | undefined> {
    return this.leafOf(await this.leafDocs.findOne({ eventId }));
  }

  private leafOf(doc: LeafDocument | null): LeafEntry | undefined {
    return doc ? { index: doc._id, position: doc.position, eventId: doc.eventId } : undefined;
  }

  async saveCheckpoint(c: SignedCheckpoint): Promise<void> {
    const { size, ...rest } = c;
    await this.checkpointDocs.updateOne({ _id: size }, { $setOnInsert: { ...rest } }, { upsert: true });
  }

  async checkpoint(size: number): Promise<SignedCheckpoint | undefined> {
    return this.checkpointOf(await this.checkpointDocs.findOne({ _id: size }));
  }

  async latestCheckpoint(): Promise<SignedCheckpoint | undefined> {
    const [doc] = await this.checkpointDocs.find().sort({ _id: -1 }).limit(1).toArray();
    return this.checkpointOf(doc ?? null);
  }

  async checkpoints({ beforeSize, limit }: { beforeSize?: number; limit: number }): Promise<CheckpointPage> {
    const filter = beforeSize === undefined ? {} : { _id: { $lt: beforeSize } };
    const docs = await this.checkpointDocs
      .find(filter)
      .sort({ _id: -1 })
      .limit(limit + 1)
      .toArray();
    const page = docs.slice(0, limit).map((d) => this.checkpointOf(d)!);
    return docs.length > limit
      ? { checkpoints: page, nextBeforeSize: page[page.length - 1].size }
      : { checkpoints: page };
  }

  private checkpointOf(doc: CheckpointDocument | null): SignedCheckpoint | undefined {
    if (!doc) return undefined;
    const { _id, origin, rootHash, time, keyId, note } = doc;
    return { origin, size: _id, rootHash, time, keyId, note };
  }

  async close(): Promise<void> {
    await this.owner?.close();
  }
}
