import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../common/api-error';
import { readUpload } from '../idempotency/upload-fingerprint';
import { type ImportColumn, type OpenedImport, detectImportFormat, openImport } from '../import';

/** Opens the uploaded sheet (multipart field `file`, CSV or XLSX) as a stream of rows. */
export async function openUploadedSheet(
  request: FastifyRequest,
  columns: readonly ImportColumn[],
): Promise<OpenedImport> {
  if (!request.isMultipart()) {
    throw new ApiError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Upload the sheet as multipart/form-data in a field named file',
    );
  }
  const file = await request.file();
  if (!file) throw ApiError.invalid([{ field: 'file', reason: 'no file was uploaded' }]);
  const format = detectImportFormat(file.filename, file.mimetype);
  if (!format) {
    file.file.resume();
    throw ApiError.invalid([
      { field: 'file', reason: `${file.filename} is neither CSV nor XLSX (save old .xls sheets as .xlsx)` },
    ]);
  }
  return openImport(readUpload(request, file), format, columns);
}
