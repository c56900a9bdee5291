import type { Readable } from 'node:stream';

/** The bytes of a file as they arrive: never gathered whole in memory. */
export type BlobSource = AsyncIterable<Uint8Array> | Readable;

/** A stored file: `hash` is the lowercase hex SHA-256 of its bytes, its address in the store. */
export interface BlobInfo {
  hash: string;
  size: number;
}

export interface PutOptions {
  /** The content is refused (BlobTooLarge) as soon as it exceeds this. */
  maxBytes: number;
  /** When given, content hashing to anything else is refused (BlobHashMismatch). */
  expectedHash?: string;
}

export interface BeginUploadOptions {
  /** The file's announced size in bytes (1..maxBytes). */
  size: number;
  /** The announced SHA-256, checked over the whole content at completeUpload. */
  expectedHash: string;
  maxBytes: number;
  /**
   * What the caller needs to know of the upload wherever it is resumed (another process, after a
   * restart): kept with it and given back by uploadStatus. At most 8 keys, each value ≤ 256 characters.
   */
  label?: Readonly<Record<string, string>>;
}

export interface UploadProgress {
  /** Bytes durably kept: the offset the next append must start at. */
  received: number;
  size: number;
  /**
   * The granularity the upload keeps bytes in: an append keeps whole multiples of it (the last
   * bytes of the file excepted), so appends should carry multiples of it. 1 on the filesystem;
   * the S3 part size (≥ 5 MiB) on S3, where a resume restarts from the last whole part.
   */
  partSize: number;
  /** The label given to beginUpload ({} when none). */
  label: Readonly<Record<string, string>>;
}

export interface BlobStoreStatus {
  kind: BlobStoreKind;
  status: 'up' | 'down';
  detail?: string;
}

export type BlobStoreKind = 'filesystem' | 's3';

/**
 * The blob-store port (ADR 46): evidence files addressed by the SHA-256 of their content. A blob is
 * kept only once whole and checked; nothing partial is ever visible under a hash. Putting the same
 * content twice keeps one blob. A full or unreachable store throws BlobStoreUnavailable.
 */
export interface BlobStore {
  readonly kind: BlobStoreKind;

  /**
   * Streams `content` in, hashing as it goes, with memory bounded whatever the size. Over
   * `maxBytes` → BlobTooLarge; hash ≠ `expectedHash` → BlobHashMismatch; a source that errors or
   * ends early → that error. In every refusal nothing is kept.
   */
  put(content: BlobSource, options: PutOptions): Promise<BlobInfo>;

  /** The blob's bytes, or undefined when the store has no blob under that hash. */
  get(hash: string): Promise<Readable | undefined>;

  stat(hash: string): Promise<BlobInfo | undefined>;

  /** Removes a blob (records retention only: evidence is never erased otherwise). */
  delete(hash: string): Promise<boolean>;

  /** A resumable upload, for large videos sent over a phone's network. */
  beginUpload(options: BeginUploadOptions): Promise<{ uploadId: string; partSize: number }>;

  /**
   * Appends `content` at `offset`, which must equal what the upload has received
   * (UploadOffsetMismatch otherwise). Past the announced size → BlobTooLarge, and nothing of this
   * append is kept. A source that fails keeps what was durably received (see `received` from
   * uploadStatus: an adapter may keep only whole parts) and throws its error.
   */
  appendUpload(uploadId: string, offset: number, content: BlobSource): Promise<{ received: number }>;

  uploadStatus(uploadId: string): Promise<UploadProgress | undefined>;

  /**
   * Checks the SHA-256 over the whole assembled content, then keeps it under its hash and removes
   * the upload. Mismatch → BlobHashMismatch, and the upload is removed.
   */
  completeUpload(uploadId: string): Promise<BlobInfo>;

  abortUpload(uploadId: string): Promise<void>;

  /**
   * Removes uploads begun before `olderThan` (epoch ms) and not completed, and temporaries a crash
   * left; counts the uploads. `olderThan` is hours back, past any put still in flight.
   */
  purgeUploads(olderThan: number): Promise<number>;

  status(): Promise<BlobStoreStatus>;

  close(): Promise<void>;
}
