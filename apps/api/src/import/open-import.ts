import { Readable } from 'node:stream';
import type { ByteSource } from './byte-source';
import type { ImportColumn, ImportFormat, OpenedImport } from './import.types';
import { openCsv } from './open-csv';
import { openXlsx } from './open-xlsx';

/**
 * Reads an uploaded sheet's header row and returns its data rows as a stream that reads the file only
 * as rows are pulled. Throws ImportFileError when the file cannot be read or its header row does not
 * fit the columns, ImportTooLargeError past IMPORT_LIMITS; an unreadable row later on also ends
 * `rows` with one of these. A CSV may come as a stream; an .xlsx is a zip, read from its end.
 */
export async function openImport(
  input: ByteSource | Readable | NodeJS.ReadableStream,
  format: ImportFormat,
  columns: readonly ImportColumn[],
): Promise<OpenedImport> {
  if (isByteSource(input)) {
    return format === 'csv' ? openCsv(input.read(0, input.size), columns) : openXlsx(input, columns);
  }
  if (format === 'xlsx') throw new TypeError('An .xlsx workbook is read from a ByteSource, not a stream');
  return openCsv(input instanceof Readable ? input : new Readable().wrap(input), columns);
}

function isByteSource(input: object): input is ByteSource {
  return 'size' in input && typeof (input as Partial<ByteSource>).read === 'function' && !('pipe' in input);
}
