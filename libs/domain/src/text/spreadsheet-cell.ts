/**
 * Characters that make a spreadsheet read a cell as a formula when they lead it (= + - @), or that
 * Excel and LibreOffice skip before looking for one (tab, carriage return, line feed), so that
 * "\t=HYPERLINK(…)" is a formula too (CSV injection, OWASP).
 */
const FORMULA_LEAD = /^[=+\-@\t\r\n]/;

/**
 * The text as a spreadsheet cell should hold it: prefixed with an apostrophe when it could be read
 * as a formula, which spreadsheets show as text. Used by every CSV and sheet the platform writes
 * (the console's exports, the api's import templates).
 */
export function defuseFormula(text: string): string {
  return FORMULA_LEAD.test(text) ? `'${text}` : text;
}

/** What one cell of a CSV line may be given. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One cell of a CSV line (RFC 4180). Text is defused (defuseFormula) and quoted when it holds a
 * quote, comma or line break, or begins or ends with white space (which Excel would trim); numbers
 * and flags are written as they are, so a negative number stays a number.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = defuseFormula(value);
  return /[",\r\n]|^\s|\s$/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/**
 * CSV text of these lines: CRLF line ends, and a byte-order mark so that Excel (what most offices
 * open it with) reads the Chinese as UTF-8. Used by every CSV the platform writes.
 */
export function csvText(lines: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
