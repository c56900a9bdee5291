import type { Collection } from 'mongodb';
import type { CollectionDefinition } from '../read-model';
import { DELETED, POSITION } from './stored-document';

/** An index for each declaration, `_id` and the snapshot fields after its fields. */
export async function createDeclaredIndexes(
  collection: Collection,
  definition: CollectionDefinition,
): Promise<void> {
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

/**
 * Without transactions: the tombstones by position, what a purge looks up. Partial, so it holds
 * the tombstones alone: small, and never deferred.
 */
export async function createTombstoneIndex(collection: Collection): Promise<void> {
  await collection.createIndex(
    { [POSITION]: 1 },
    { name: 'tombstones', partialFilterExpression: { [DELETED]: true } },
  );
}
