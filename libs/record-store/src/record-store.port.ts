/**
 * What a scrub achieved: `scrubbed`, no copy is left in the store's files; `deferred`, a copy is
 * left until the next try (a reader held the journal); `beyond-reach`, the store cannot scrub its
 * files from a client at all (MongoDB: the oplog, WiredTiger's freed space, its journal), so copies
 * stay until they roll over (docs/record-store.md).
 */
export type ScrubOutcome = 'scrubbed' | 'deferred' | 'beyond-reach';

/** A small value kept outside the event log; absent once `expiresAt` (epoch ms) has passed. */
export interface StoredRecord {
  value: string;
  expiresAt?: number;
}

/**
 * The record-store port (docs/record-store.md): small durable records kept outside the event log,
 * because unlike events they can be erased or expire. Keys are unique within a namespace. A record
 * whose `expiresAt` is at or before `now` is absent, whether or not it has been deleted yet.
 */
export interface RecordStore {
  readonly kind: 'embedded-sqlite' | 'mongodb' | 'postgresql';

  /**
   * Inserts when absent (or expired) and returns undefined; when present returns the existing
   * record and changes nothing. Atomic: of two concurrent callers, exactly one inserts. `now`
   * (default: the wall clock) decides which records have expired.
   */
  putIfAbsent(
    namespace: string,
    key: string,
    record: StoredRecord,
    now?: number,
  ): Promise<StoredRecord | undefined>;

  get(namespace: string, key: string, now: number): Promise<StoredRecord | undefined>;

  /** Inserts or replaces. */
  put(namespace: string, key: string, record: StoredRecord): Promise<void>;

  /** Whether a record (expired or not) was removed. */
  delete(namespace: string, key: string): Promise<boolean>;

  /**
   * Removes the records expired at `now`, in every namespace, and counts those this call removed:
   * a store that also removes expired records by itself (MongoDB's TTL monitor) may have taken
   * some first, and they are not counted. Either way none is left afterwards.
   */
  deleteExpired(now: number): Promise<number>;

  /**
   * After an erasure: leaves no copy of what was overwritten or deleted in the store's own files,
   * as far as the store can (docs/record-store.md), and says how far that was; the caller reports
   * anything but `scrubbed`.
   */
  scrub(): Promise<ScrubOutcome>;

  close(): Promise<void>;
}

export function isLive(record: StoredRecord, now: number): boolean {
  return record.expiresAt === undefined || record.expiresAt > now;
}
