import { Readable } from 'node:stream';
import type { ImportColumn, ImportFormat, OpenedImport } from './import.types';
import { openCsv } from './open-csv';
import { openXlsx } from './open-xlsx';

/**
 * Reads an uploaded sheet's header row and returns its data rows as a stream that reads the file only
 * as rows are pulled. Throws ImportFileError when the file cannot be read or its header row does not
 * fit the columns; an unreadable row later on also ends `rows` with an ImportFileError.
 */
export async function openImport(
  input: NodeJS.ReadableStream | Readable,
  format: ImportFormat,
  columns: readonly ImportColumn[],
): Promise<OpenedImport> {
  const readable = input instanceof Readable ? input : new Readable().wrap(input);
  return format === 'csv' ? openCsv(readable, columns) : openXlsx(readable, columns);
}
