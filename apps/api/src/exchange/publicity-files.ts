import { PassThrough, Readable } from 'node:stream';
import { csvCell, defuseFormula } from '@app/domain/text/spreadsheet-cell';
import type * as ExcelJS from 'exceljs';
import { PUBLICITY_COLUMNS, type PublicityRow } from './publicity-rows';

// Required on first use (docs/operations.md, "Start-up"): most processes never write a workbook.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljs = (): typeof ExcelJS => require('exceljs') as typeof ExcelJS;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The rows as CSV (RFC 4180, CRLF), UTF-8 with a BOM for Excel, line by line as they are read. */
export function publicityCsv(rows: AsyncIterable<PublicityRow>): Readable {
  async function* lines(): AsyncGenerator<string> {
    yield `\uFEFF${PUBLICITY_COLUMNS.map(csvCell).join(',')}\r\n`;
    for await (const row of rows) yield `${row.map(csvCell).join(',')}\r\n`;
  }
  return Readable.from(lines());
}

/**
 * The rows as one worksheet, written by exceljs's streaming writer: each row is committed (zipped
 * and sent) as it is read, without shared strings, so memory stays flat however long the period.
 * A failure while writing ends the download broken rather than short: the client sees an error.
 */
export function publicityXlsx(rows: AsyncIterable<PublicityRow>): Readable {
  const out = new PassThrough();
  const workbook = new (exceljs().stream.xlsx.WorkbookWriter)({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('抽查检查结果', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [40, 22, 30, 40, 12, 36, 12].map((width) => ({ width }));
  const header = sheet.addRow([...PUBLICITY_COLUMNS]);
  header.font = { bold: true };
  header.commit();
  void (async () => {
    for await (const row of rows) sheet.addRow(row.map(defuseFormula)).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
