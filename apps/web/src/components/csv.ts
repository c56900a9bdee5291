import { defuseFormula } from '../../../../libs/domain/src/text/spreadsheet-cell';

/** One column of an export: its heading and how to read it off a row. */
export interface CsvColumn<T> {
  heading: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * RFC 4180 text with a byte-order mark, so that Excel (what most offices open it with) reads the
 * Chinese as UTF-8. Text cells that could be read as formulas are prefixed with a quote (numbers,
 * negative ones included, stay numbers).
 */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const cell = (value: string | number | boolean | null | undefined): string => {
    const shown = value === null || value === undefined ? '' : String(value);
    const text = typeof value === 'string' ? defuseFormula(shown) : shown;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map((c) => cell(c.heading)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
