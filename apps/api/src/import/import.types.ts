/** One column of an import sheet: the field it fills and the header names officials use. */
export interface ImportColumn {
  field: string;
  zh: string;
  en: string;
  /** The header must be present; the values themselves are checked elsewhere. */
  required?: boolean;
  /** Shown in the template's example row. */
  example?: string;
  /** Shown in the template, e.g. the allowed values. */
  note?: string;
  /** Other accepted header spellings. */
  aliases?: readonly string[];
}

/**
 * One data row. `row` is the sheet's row number as Excel shows it (the header is row 1, so the first
 * data row is 2); `values` maps field → trimmed cell text, with empty cells left out.
 */
export interface ImportRow {
  row: number;
  values: Record<string, string>;
}

export type ImportFormat = 'csv' | 'xlsx';

export interface OpenedImport {
  /** The header row's cells as written (trimmed), in column order; blank header cells are ''. */
  headers: string[];
  /** Headers that name no column; their cells are ignored. */
  unknownHeaders: string[];
  /**
   * The data rows, read from the file as they are pulled (iterate once). Rows with no value in any
   * known column are skipped. Iterate to the end or break out: breaking out destroys the input
   * stream, as Node's own stream iterators do, while a `rows` never iterated leaves it unread.
   */
  rows: AsyncIterable<ImportRow>;
}
