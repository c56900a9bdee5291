import type { ImportFormat } from './import.types';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_MIMES = new Set(['text/csv', 'application/csv', 'text/comma-separated-values']);

/**
 * The import format of an upload, from its file name and, when the name says nothing, its MIME type.
 * Old binary Excel (.xls) is not supported. Windows reports .csv files as application/vnd.ms-excel,
 * so that type alone decides nothing: the name must end in .csv.
 */
export function detectImportFormat(
  fileName: string | undefined,
  mimeType: string | undefined,
): ImportFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName?.trim() ?? '')?.[1].toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'xls') return undefined;
  const mime = mimeType?.split(';')[0].trim().toLowerCase();
  if (mime === XLSX_MIME) return 'xlsx';
  if (mime !== undefined && CSV_MIMES.has(mime)) return 'csv';
  return undefined;
}
