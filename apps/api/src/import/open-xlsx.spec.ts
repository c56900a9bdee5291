import { Workbook } from 'exceljs';
import { finished } from 'node:stream/promises';
import { ImportFileError } from './import-file.error';
import type { OpenedImport } from './import.types';
import { openImport } from './open-import';
import { ENTITY_COLUMNS, bytesSource, collect, xlsxFile } from './testing/import-fixtures';

const COLUMNS = [
  ...ENTITY_COLUMNS,
  { field: 'founded', zh: '成立日期', en: 'founded' },
  { field: 'capital', zh: '注册资本', en: 'capital' },
  { field: 'idNumber', zh: '身份证号', en: 'id number' },
  { field: 'website', zh: '网址', en: 'website' },
  { field: 'active', zh: '存续', en: 'active' },
];

function openXlsx(file: Buffer): Promise<OpenedImport> {
  return openImport(bytesSource(file, 4096), 'xlsx', COLUMNS);
}

async function fileError(opening: Promise<unknown>): Promise<ImportFileError> {
  const error: unknown = await opening.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (error instanceof ImportFileError) return error;
  throw new Error(`expected an ImportFileError, got ${String(error)}`);
}

describe('openImport (XLSX)', () => {
  it('reads the values of every kind of cell as text', async () => {
    const file = await xlsxFile((sheet) => {
      sheet.addRow([
        '统一社会信用代码',
        'Name',
        '成立日期',
        '注册资本',
        '身份证号',
        '网址',
        '存续',
        '地址（address）',
      ]);
      sheet.addRow([
        '91320102MA1XYZ1234',
        { richText: [{ text: '南京' }, { text: '示例公司', font: { bold: true } }] },
        new Date(Date.UTC(2019, 4, 20)),
        { formula: 'B9*2', result: 1000.5 },
        '110101199001011234',
        { text: '官网', hyperlink: 'https://example.cn' },
        true,
        { sharedFormula: 'D2', result: '  玄武区  ' },
      ]);
      sheet.getCell('C2').numFmt = 'yyyy-mm-dd';
      sheet.addRow([
        12345678,
        'Number code',
        43831,
        0.1 + 0.2,
        Number('110101199001011234'),
        null,
        false,
        '',
      ]);
    });
    const opened = await openXlsx(file);
    expect(opened.headers).toEqual([
      '统一社会信用代码',
      'Name',
      '成立日期',
      '注册资本',
      '身份证号',
      '网址',
      '存续',
      '地址（address）',
    ]);
    expect(await collect(opened.rows)).toEqual([
      {
        row: 2,
        values: {
          code: '91320102MA1XYZ1234',
          name: '南京示例公司',
          founded: '2019-05-20',
          capital: '1000.5',
          idNumber: '110101199001011234',
          website: '官网',
          active: 'true',
          address: '玄武区',
        },
      },
      {
        row: 3,
        // A date typed without a date format is just a number; an ID typed as a number has lost digits.
        values: {
          code: '12345678',
          name: 'Number code',
          founded: '43831',
          capital: '0.3',
          idNumber: '110101199001011230',
          active: 'false',
        },
      },
    ]);
  });

  it('numbers rows as the sheet does, skipping empty rows', async () => {
    const file = await xlsxFile((sheet) => {
      sheet.getRow(1).values = ['code', 'name', '备注'];
      sheet.getRow(2).values = ['A1', 'B'];
      sheet.getRow(3).values = ['', '  ', 'only an unknown column'];
      sheet.getRow(4).getCell(1).style = { font: { bold: true } };
      sheet.getRow(6).values = ['A2', 'C'];
    });
    const opened = await openXlsx(file);
    expect(opened.unknownHeaders).toEqual(['备注']);
    expect(await collect(opened.rows)).toEqual([
      { row: 2, values: { code: 'A1', name: 'B' } },
      { row: 6, values: { code: 'A2', name: 'C' } },
    ]);
  });

  it('takes the first non-empty row as the header row', async () => {
    const file = await xlsxFile((sheet) => {
      sheet.getRow(3).values = [undefined, 'code', 'name'];
      sheet.getRow(4).values = [undefined, 'A1', 'B'];
    });
    const opened = await openXlsx(file);
    expect(opened.headers).toEqual(['', 'code', 'name']);
    expect(await collect(opened.rows)).toEqual([{ row: 4, values: { code: 'A1', name: 'B' } }]);
  });

  it('reads only the first worksheet', async () => {
    const file = await xlsxFile((sheet, workbook) => {
      sheet.addRows([
        ['code', 'name'],
        ['A1', 'B'],
      ]);
      workbook.addWorksheet('Other').addRows([
        ['code', 'name'],
        ['X', 'Y'],
      ]);
    });
    expect(await collect((await openXlsx(file)).rows)).toEqual([
      { row: 2, values: { code: 'A1', name: 'B' } },
    ]);
  });

  it('fails on a missing required column or a column given twice', async () => {
    const missing = await xlsxFile((sheet) => sheet.addRows([['名称'], ['B']]));
    expect((await fileError(openXlsx(missing))).details).toEqual({
      missingColumns: [{ field: 'code', zh: '统一社会信用代码', en: 'code' }],
    });
    const twice = await xlsxFile((sheet) => sheet.addRow(['code', 'name', 'Credit Code']));
    expect((await fileError(openXlsx(twice))).details).toMatchObject({
      duplicateColumns: [{ field: 'code', headers: ['code', 'Credit Code'] }],
    });
  });

  it('fails on an empty worksheet', async () => {
    const empty = await xlsxFile(() => undefined);
    expect((await fileError(openXlsx(empty))).message).toContain('no header row');
  });

  it('fails on a workbook without worksheets', async () => {
    const workbook = new Workbook();
    const error = await fileError(openXlsx(Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(error.message).toContain('no worksheet');
  });

  it('stops reading the file when the consumer stops early', async () => {
    const file = await xlsxFile((sheet) =>
      sheet.addRows([['code', 'name'], ...Array.from({ length: 5000 }, (_, i) => [`A${i}`, 'B'])]),
    );
    const source = bytesSource(file, 4096);
    const opened = await openImport(source, 'xlsx', COLUMNS);
    for await (const row of opened.rows) if (row.row === 3) break;
    // Each read of the file ends or is destroyed (this waits for that, and would time out otherwise).
    await Promise.all(source.reads.map((read) => finished(read).catch(() => undefined)));
    expect(source.reads.every((read) => read.destroyed)).toBe(true);
  });

  it('fails on a file that is not an .xlsx workbook', async () => {
    const error = await fileError(openXlsx(Buffer.from('code,name\nA1,B\n')));
    expect(error.message).toContain('not a readable .xlsx');
  });

  it('refuses a cut-off workbook with a plain reason', async () => {
    const file = await xlsxFile((sheet) =>
      sheet.addRows([
        ['code', 'name'],
        ['A1', 'B'],
      ]),
    );
    const error = await fileError(openXlsx(file.subarray(0, file.length - 40)));
    expect(error.details).toEqual({ reason: 'it is not a zip file (no central directory)' });
  });
});
