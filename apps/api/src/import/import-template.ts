import { csvText } from '@app/domain/text/spreadsheet-cell';
import type * as ExcelJS from 'exceljs';
import { templateHeader } from './header-mapping';
import type { ImportColumn, ImportFormat } from './import.types';

// Required on first use (docs/operations.md, "Start-up"): most processes never write a template.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljs = (): typeof ExcelJS => require('exceljs') as typeof ExcelJS;

const NOTES_SHEET = '说明 Notes';
const TEXT_FORMAT = '@';
const TIP =
  '提示：身份证号、统一社会信用代码等长数字请以文本格式填写；第 2 行为示例，请替换为实际数据。' +
  ' Tip: type long numbers (ID numbers, credit codes) as text; row 2 is an example, replace it with your data.';

/**
 * A blank import sheet: the header row ("zh（en）" names) and one example row. CSV is UTF-8 with a BOM,
 * which is how Excel recognises UTF-8; the .xlsx adds a notes sheet and formats the columns as text,
 * so that Excel keeps long numbers such as ID numbers intact.
 */
export async function importTemplate(
  columns: readonly ImportColumn[],
  format: ImportFormat,
): Promise<Buffer> {
  return format === 'csv' ? csvTemplate(columns) : xlsxTemplate(columns);
}

function csvTemplate(columns: readonly ImportColumn[]): Buffer {
  return Buffer.from(
    csvText([columns.map(templateHeader), columns.map((column) => column.example ?? '')]),
    'utf8',
  );
}

async function xlsxTemplate(columns: readonly ImportColumn[]): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  const sheet = workbook.addWorksheet('数据 Data', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    width: Math.max(12, displayWidth(templateHeader(column)) + 2, displayWidth(column.example ?? '') + 2),
    style: { numFmt: TEXT_FORMAT },
  }));
  sheet.addRow(columns.map(templateHeader)).font = { bold: true };
  sheet.addRow(columns.map((column) => column.example ?? ''));

  const notes = workbook.addWorksheet(NOTES_SHEET);
  notes.columns = [{ width: 24 }, { width: 24 }, { width: 14 }, { width: 60 }];
  notes.addRow(['列名', 'Column', '必填 Required', '说明 Note']).font = { bold: true };
  for (const column of columns) {
    notes.addRow([column.zh, column.en, column.required === true ? '是 yes' : '否 no', column.note ?? '']);
  }
  notes.addRow([]);
  notes.addRow([TIP]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel column widths count characters; CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += character.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return width;
}
