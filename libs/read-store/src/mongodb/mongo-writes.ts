import type { AnyBulkWriteOperation, Collection } from 'mongodb';
import type { DocumentWrite } from '../read-model-store.port';
import { type StoredDocument, POSITION, DELETED, toStored } from './stored-document';

const DUPLICATE_KEY = 11000;

/** With transactions: a write as it is, in a bulk write of the batch. */
export function transactionalOperation(write: DocumentWrite): AnyBulkWriteOperation<StoredDocument> {
  if (write.document === null) return { deleteOne: { filter: { _id: write.id } } };
  return { replaceOne: { filter: { _id: write.id }, replacement: toStored(write.document), upsert: true } };
}

/**
 * Without transactions: replace only when the stored version is older than this batch; a
 * deletion becomes a tombstone carrying the position. An upsert whose filter finds a newer
 * version collides on _id (duplicate key): that write was already applied.
 */
export async function guardedWrites(
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

export function ignoreDuplicateKey(error: unknown): void {
  if ((error as { code?: number }).code === DUPLICATE_KEY) return;
  throw error;
}
