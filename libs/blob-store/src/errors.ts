/**
 * What the blob store refuses, one class per reason, so the api maps each to its own answer
 * (BlobStoreUnavailable → 503; the others → 400/404/409 with their own code).
 */
export abstract class BlobStoreError extends Error {
  abstract readonly code: string;
}

/** The content (or an upload's announced size) exceeds the limit the caller set. */
export class BlobTooLarge extends BlobStoreError {
  readonly code = 'BLOB_TOO_LARGE';
  constructor(readonly maxBytes: number) {
    super(`the content exceeds ${maxBytes} bytes`);
  }
}

/** The bytes received do not hash to the hash the caller announced. */
export class BlobHashMismatch extends BlobStoreError {
  readonly code = 'BLOB_HASH_MISMATCH';
  constructor(
    readonly expectedHash: string,
    readonly actualHash: string,
  ) {
    super(`the content hashes to ${actualHash}, not the announced ${expectedHash}`);
  }
}

/** The store is full, read-only, refuses us, or cannot be reached: try again later (503). */
export class BlobStoreUnavailable extends BlobStoreError {
  readonly code = 'BLOB_STORE_UNAVAILABLE';
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`the blob store is unavailable: ${detail}`, options);
  }
}

/** An append did not start where the upload stands (`received`): resume from `received`. */
export class UploadOffsetMismatch extends BlobStoreError {
  readonly code = 'UPLOAD_OFFSET_MISMATCH';
  constructor(
    readonly offset: number,
    readonly received: number,
  ) {
    super(`the append starts at ${offset}, but the upload has received ${received} bytes`);
  }
}

/** No such upload: never begun, completed, aborted or purged. */
export class UnknownUpload extends BlobStoreError {
  readonly code = 'UPLOAD_NOT_FOUND';
  constructor(readonly uploadId: string) {
    super(`no upload ${uploadId}`);
  }
}

/** completeUpload before all the announced bytes have arrived. */
export class UploadIncomplete extends BlobStoreError {
  readonly code = 'UPLOAD_INCOMPLETE';
  constructor(
    readonly received: number,
    readonly size: number,
  ) {
    super(`the upload has received ${received} of ${size} bytes`);
  }
}

/** An argument out of its range or shape (a malformed hash, a negative size...): HTTP 400. */
export class BlobRequestInvalid extends BlobStoreError {
  readonly code = 'BLOB_REQUEST_INVALID';
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}
