import {
  BlobHashMismatch,
  BlobRequestInvalid,
  BlobStoreUnavailable,
  BlobTooLarge,
  UnknownUpload,
  UploadIncomplete,
  UploadOffsetMismatch,
} from '@app/blob-store';
import { ApiError } from '../common/api-error';

/** The blob store's refusals as the api answers them (docs/api.md, "Evidence"); others pass. */
export function evidenceError(error: unknown): unknown {
  if (error instanceof BlobTooLarge)
    return new ApiError(413, 'EVIDENCE_TOO_LARGE', `The file is over ${error.maxBytes} bytes`, {
      maxBytes: error.maxBytes,
    });
  if (error instanceof BlobHashMismatch)
    return new ApiError(400, 'EVIDENCE_HASH_MISMATCH', 'The bytes do not match the SHA-256 announced', {
      expected: error.expectedHash,
      actual: error.actualHash,
    });
  if (error instanceof BlobStoreUnavailable)
    return new ApiError(
      503,
      'BLOB_STORE_UNAVAILABLE',
      'The file store is unavailable; the result can be entered without the file',
      undefined,
      60,
    );
  if (error instanceof UploadOffsetMismatch)
    return new ApiError(409, 'UPLOAD_OFFSET_MISMATCH', error.message, { offset: error.received });
  if (error instanceof UnknownUpload) return ApiError.notFound('UPLOAD_NOT_FOUND', 'No such upload');
  if (error instanceof UploadIncomplete)
    return new ApiError(409, 'UPLOAD_INCOMPLETE', error.message, {
      offset: error.received,
      size: error.size,
    });
  if (error instanceof BlobRequestInvalid)
    return ApiError.invalid([{ field: error.field, reason: error.reason, rule: 'matches' }]);
  return error;
}

/** Runs `act`, answering the store's refusals with the api's codes. */
export async function answeringStoreErrors<T>(act: () => Promise<T>): Promise<T> {
  try {
    return await act();
  } catch (error) {
    throw evidenceError(error);
  }
}
