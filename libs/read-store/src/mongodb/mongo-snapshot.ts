import type { Collection, Db, Filter, MongoClient } from 'mongodb';
import type { ReadDocument } from '../read-model';
import { type ReadSnapshot, type SnapshotOptions, SnapshotMoved } from '../read-model-store.port';
import { type StoredDocument, toDocument } from './stored-document';

export interface SnapshotSource {
  client: MongoClient;
  db: Db;
  collection: Collection<StoredDocument>;
  transactions: boolean;
}

/** MongoReadModelStore.readSnapshot, once the filter is built (docs/read-store.md). */
export async function readMongoSnapshot<T>(
  { client, db, collection, transactions }: SnapshotSource,
  options: Omit<SnapshotOptions, 'filter'> & { namespace: string; filter: Filter<StoredDocument> },
  consume: (snapshot: ReadSnapshot) => Promise<T>,
): Promise<T> {
  const { namespace, filter } = options;
  const projection = options.fields ? Object.fromEntries(options.fields.map((f) => [f, 1])) : undefined;
  const checkpoints = db.collection<{ _id: string; position: number }>('read_model_checkpoints');
  // With a replica set, every read of a snapshot session sees the same point in time (MongoDB 5.0+).
  // Without one, the checkpoint is read before and after: if it moved, the caller tries again.
  const session = client.startSession(transactions ? { snapshot: true } : {});
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
    if (!transactions) {
      const after = (await checkpoints.findOne({ _id: options.checkpointKey }, { session }))?.position;
      if (after !== position) throw new SnapshotMoved(`${namespace} moved from ${position} to ${after}`);
    }
    return result;
  } finally {
    await cursor.close();
    await session.endSession();
  }
}
