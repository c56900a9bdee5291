import type { CollectionDefinition, DocumentFilter, ReadCollection, ReadDocument } from './read-model';

/** One document written by a projection batch: a new version, or `null` to delete it. */
export interface DocumentWrite {
  collection: string;
  id: string;
  document: ReadDocument | null;
  /** Position of the last event that changed the document (stores without transactions keep it). */
  position?: number;
}

/**
 * The position of the last event applied to each document, by id: what a store that cannot
 * commit a batch atomically (MongoDB without transactions) keeps beside its documents, so that a
 * replayed event a document already contains is not applied to it again.
 */
export type AppliedPositions = Map<string, number>;

/** How far a projection has applied the log; stored atomically with the writes it covers. */
export interface Checkpoint {
  /** Usually `<projection>@<generation>`. */
  key: string;
  position: number;
}

/**
 * The read-model store port (docs/read-store.md). Documents live in collections grouped by a
 * namespace (a projection's generation); projections write through `commit`, queries read
 * through `collection`.
 */
export interface ReadModelStore {
  readonly kind: 'embedded-sqlite' | 'mongodb' | 'postgresql';

  /**
   * Creates the namespace's collections and their declared indexes (idempotent). With
   * `deferIndexes`, the secondary indexes wait for `createIndexes`: filling a new generation
   * from the start of the log is much faster without them, and nothing queries it until then.
   */
  prepare(
    namespace: string,
    collections: readonly CollectionDefinition[],
    options?: { deferIndexes?: boolean },
  ): Promise<void>;

  /** Creates the declared indexes of a namespace prepared with `deferIndexes` (idempotent). */
  createIndexes(namespace: string): Promise<void>;

  collection<Doc extends ReadDocument = ReadDocument>(namespace: string, name: string): ReadCollection<Doc>;

  /**
   * The current versions of some documents (absent ids are left out), exactly as committed: no
   * storage bookkeeping in them. A store without atomic commits also fills `applied` with the
   * position of the last event applied to each id it holds, deleted ones included (a write's
   * `position`); the others leave it empty.
   */
  getMany(
    namespace: string,
    collection: string,
    ids: readonly string[],
    applied?: AppliedPositions,
  ): Promise<Map<string, ReadDocument>>;

  /**
   * Writes the documents and moves the checkpoint, all or nothing. Writes apply in order: of two
   * writes to one id, the later wins.
   */
  commit(namespace: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint): Promise<void>;

  readCheckpoint(key: string): Promise<number | undefined>;

  /**
   * Reads a collection as it stood at one moment together with the checkpoint it was consistent
   * with (what a draw takes its pool from): documents matching the filter, in batches, in
   * ascending id order (UTF-8 bytes), while projections go on writing. `consume` must finish with
   * the snapshot; it is released when `consume` settles.
   */
  readSnapshot<T>(
    namespace: string,
    collection: string,
    options: SnapshotOptions,
    consume: (snapshot: ReadSnapshot) => Promise<T>,
  ): Promise<T>;

  /** Drops the namespace's collections and its checkpoint. */
  drop(namespace: string, checkpointKey: string): Promise<void>;

  /** Small named values kept beside the read models (for example the active generation). */
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;

  close(): Promise<void>;
}

export interface SnapshotOptions {
  checkpointKey: string;
  filter?: DocumentFilter;
  /** Only these of the collection's `snapshotFields` (and the id): an index-only read. */
  fields?: readonly string[];
  batchSize?: number;
  /**
   * With one field holding JSON texts (JSON.stringify's, which never hold a raw TAB): a store that
   * can also hands each document out as one string, `text TAB id` (`packed`), one string per
   * document instead of an object, an array and two strings (a draw reads millions).
   */
  packed?: boolean;
}

/** A collection as of one checkpoint. */
export interface ReadSnapshot {
  /** The checkpoint the documents are consistent with (undefined: the projection has not run). */
  position: number | undefined;
  /** How many documents match the filter. */
  count: number;
  batches: AsyncIterable<ReadDocument[]>;
  /**
   * Asked for with `packed`, where the store offers it: the documents that have the field, as
   * `text TAB id`, in the same order, instead of `batches` (which then yields nothing).
   */
  packed?: AsyncIterable<string[]>;
  /**
   * With `packed`, where another thread can read the same state again (SQLite files): what it
   * needs to (readPackedRange), and the id at an offset of the packed order, to split it.
   */
  partition?: SnapshotPartition;
}

export interface SnapshotPartition {
  source: PackedSnapshotSource;
  /** The id of the packed read's document at this offset (undefined past the end). */
  idAt(offset: number): string | undefined;
}

/** A packed snapshot read as plain data, for another thread to read ranges of it again. */
export interface PackedSnapshotSource {
  file: string;
  checkpointKey: string;
  /** The checkpoint the snapshot saw: a read of a range must see the same. */
  position: number | undefined;
  table: string;
  /** The field's SQL expression, as the index carries it. */
  field: string;
  where: string[];
  params: unknown[];
}

/** A store without snapshot reads saw the checkpoint move while it read; try again. */
export class SnapshotMoved extends Error {
  override readonly name = 'SnapshotMoved';
}
