import { type CsvValue, csvText } from '@app/domain/text/spreadsheet-cell';

/** One column of an export: its heading and how to read it off a row. */
export interface CsvColumn<T> {
  heading: string;
  value: (row: T) => CsvValue;
}

/** The rows as CSV, a heading line first (csvText: one rule for every CSV the platform writes). */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return csvText([columns.map((c) => c.heading), ...rows.map((row) => columns.map((c) => c.value(row)))]);
}
