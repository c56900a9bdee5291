import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../common/api-error';
import { readUpload } from '../idempotency/upload-fingerprint';
import {
  IMPORT_LIMITS,
  ImportFileError,
  ImportTooLargeError,
  type ImportFormat,
  type SpooledFile,
  type UploadSpool,
  detectImportFormat,
} from '../import';

/** Boundaries, part headers and the few small fields a form may add around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

export interface UploadedSheet {
  format: ImportFormat;
  file: SpooledFile;
}

/**
 * Receives the uploaded sheet (multipart field `file`, CSV or XLSX) whole into the spool: the caller
 * must close `file`. Past IMPORT_LIMITS.fileBytes it is refused with 413 and nothing is kept; a
 * Content-Length that says so is refused before the body is read.
 */
export async function receiveUploadedSheet(
  request: FastifyRequest,
  spool: UploadSpool,
): Promise<UploadedSheet> {
  if (!request.isMultipart()) {
    throw new ApiError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Upload the sheet as multipart/form-data in a field named file',
    );
  }
  if (Number(request.headers['content-length']) > IMPORT_LIMITS.fileBytes + MULTIPART_OVERHEAD) {
    throw ImportTooLargeError.file();
  }
  const upload = await request.file().catch((error: unknown) => {
    throw uploadError(error);
  });
  if (!upload)
    throw ApiError.invalid([{ field: 'file', reason: 'no file was uploaded', rule: 'fileMissing' }]);
  const format = detectImportFormat(upload.filename, upload.mimetype);
  if (!format) {
    upload.file.resume();
    throw ApiError.invalid([
      {
        field: 'file',
        reason: `${upload.filename} is neither CSV nor XLSX (save old .xls sheets as .xlsx)`,
        rule: 'fileFormat',
      },
    ]);
  }
  const file = await spool
    .receive(readUpload(request, upload), IMPORT_LIMITS.fileBytes)
    .catch((error: unknown) => {
      throw uploadError(error);
    });
  if (upload.file.truncated) {
    await file.close();
    throw ImportTooLargeError.file();
  }
  return { format, file };
}

/**
 * The multipart plugin's own refusals keep their status; what its parser (busboy) throws about a
 * malformed or cut-off body becomes a plain 400.
 */
function uploadError(error: unknown): unknown {
  if (error instanceof ImportTooLargeError) return error;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (code === 'FST_REQ_FILE_TOO_LARGE') return ImportTooLargeError.file();
  if (typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number') return error;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return error; // our disk, not the upload
  return new ImportFileError('The upload is not a complete multipart/form-data body', {}, { cause: error });
}
