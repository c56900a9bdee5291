import type { AnyBulkWriteOperation, BulkWriteOptions, ClientSession, DeleteResult, Filter } from 'mongodb';
import type { DocumentWrite } from '../read-model-store.port';
import { type StoredDocument, POSITION, DELETED, toStored } from './stored-document';

const DUPLICATE_KEY = 11000;

/** What a commit asks of one driver collection. */
export interface WritableCollection {
  bulkWrite(operations: AnyBulkWriteOperation<StoredDocument>[], options: BulkWriteOptions): Promise<unknown>;
  deleteMany(filter: Filter<StoredDocument>): Promise<DeleteResult>;
}

/**
 * A batch's writes by collection name — `Db.collection()` returns a new object on every call, so
 * the name is the key — in order, each id once with its last write (the later write wins).
 */
export function groupWrites(writes: readonly DocumentWrite[]): Map<string, DocumentWrite[]> {
  const byName = new Map<string, Map<string, DocumentWrite>>();
  for (const write of writes) {
    let ids = byName.get(write.collection);
    if (!ids) {
      ids = new Map();
      byName.set(write.collection, ids);
    }
    // Deleting first moves the id to the end: the order of the writes that win is kept.
    ids.delete(write.id);
    ids.set(write.id, write);
  }
  return new Map([...byName].map(([name, ids]) => [name, [...ids.values()]]));
}

/** With transactions: the writes as they are, one ordered bulk write in the session. */
export async function writeInTransaction(
  collection: WritableCollection,
  writes: readonly DocumentWrite[],
  session: ClientSession,
): Promise<void> {
  await collection.bulkWrite(writes.map(transactionalOperation), { session, ordered: true });
}

export function transactionalOperation(write: DocumentWrite): AnyBulkWriteOperation<StoredDocument> {
  if (write.document === null) return { deleteOne: { filter: { _id: write.id } } };
  return { replaceOne: { filter: { _id: write.id }, replacement: toStored(write.document), upsert: true } };
}

/**
 * Without transactions: one unordered bulk write (the ids are distinct, so order cannot matter,
 * and a skipped write must not stop the others) in which each replace applies only where the
 * stored version is older than the write. A deletion becomes a tombstone carrying the position. An
 * upsert whose filter finds a newer version collides on _id (duplicate key): already applied.
 */
export async function writeGuarded(
  collection: WritableCollection,
  writes: readonly DocumentWrite[],
  batchPosition: number,
): Promise<void> {
  const operations = writes.map((write) => guardedOperation(write, batchPosition));
  await collection.bulkWrite(operations, { ordered: false }).catch(ignoreDuplicateKeys);
}

export function guardedOperation(
  write: DocumentWrite,
  batchPosition: number,
): AnyBulkWriteOperation<StoredDocument> {
  // The position of the last event that changed the document, so a replay skips what it holds.
  const position = write.position ?? batchPosition;
  const replacement: StoredDocument =
    write.document === null
      ? { _id: write.id, [POSITION]: position, [DELETED]: true }
      : toStored(write.document, position);
  return {
    replaceOne: {
      filter: { _id: write.id, $or: [{ [POSITION]: { $lt: position } }, { [POSITION]: { $exists: false } }] },
      replacement,
      upsert: true,
    },
  };
}

/**
 * Removes the tombstones at or before a checkpoint that is stored: a replay resumes after the
 * checkpoint, so no event they guard against is applied again by the namespace's one runner.
 */
export async function purgeTombstones(collection: WritableCollection, checkpoint: number): Promise<void> {
  await collection.deleteMany({ [DELETED]: true, [POSITION]: { $lte: checkpoint } });
}

/** Lets a write (or a bulk write) through whose only failures are duplicate keys. */
export function ignoreDuplicateKeys(error: unknown): void {
  const failed = error as {
    code?: number;
    writeErrors?: { code: number }[] | { code: number };
    err?: unknown;
    result?: { getWriteConcernError?: () => unknown };
  };
  if (failed.writeErrors === undefined) {
    if (failed.code === DUPLICATE_KEY) return;
    throw error;
  }
  const writeErrors = Array.isArray(failed.writeErrors) ? failed.writeErrors : [failed.writeErrors];
  const concern = failed.err ?? failed.result?.getWriteConcernError?.();
  if (writeErrors.length > 0 && !concern && writeErrors.every((e) => e.code === DUPLICATE_KEY)) return;
  throw error;
}
