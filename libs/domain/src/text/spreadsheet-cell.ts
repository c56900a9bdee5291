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
