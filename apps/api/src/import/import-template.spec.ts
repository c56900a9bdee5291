import { Workbook } from 'exceljs';
import { importTemplate } from './import-template';
import { openImport } from './open-import';
import { ENTITY_COLUMNS, bytesSource, collect } from './testing/import-fixtures';

const EXAMPLE_ROW = {
  row: 2,
  values: {
    code: '91320102MA1XYZ1234',
    name: '南京示例商贸有限公司',
    type: 'enterprise',
    address: '南京市玄武区中山路 1 号',
  },
};

describe('importTemplate', () => {
  it('writes a UTF-8 CSV with a BOM, "zh（en）" headers and the example row', async () => {
    const csv = await importTemplate(ENTITY_COLUMNS, 'csv');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8').slice(1)).toBe(
      '统一社会信用代码（code）,名称（name）,类型（type）,地址（address）,法定代表人（legal representative）\r\n' +
        '91320102MA1XYZ1234,南京示例商贸有限公司,enterprise,南京市玄武区中山路 1 号,\r\n',
    );
  });

  it('quotes CSV cells that need it', async () => {
    const csv = await importTemplate([{ field: 'a', zh: '甲', en: 'a', example: 'x, "y"' }], 'csv');
    expect(csv.toString('utf8')).toBe('\ufeff甲（a）\r\n"x, ""y"""\r\n');
  });

  it.each(['csv', 'xlsx'] as const)('round-trips the %s template through openImport', async (format) => {
    const opened = await openImport(
      bytesSource(await importTemplate(ENTITY_COLUMNS, format)),
      format,
      ENTITY_COLUMNS,
    );
    expect(opened.unknownHeaders).toEqual([]);
    expect(opened.headers[0]).toBe('统一社会信用代码（code）');
    expect(await collect(opened.rows)).toEqual([EXAMPLE_ROW]);
  });

  it('writes an .xlsx with a bold header row, text columns and a notes sheet', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(await importTemplate(ENTITY_COLUMNS, 'xlsx')).buffer);
    const [data, notes] = workbook.worksheets;
    expect(data.getCell('A1').value).toBe('统一社会信用代码（code）');
    expect(data.getCell('A1').font?.bold).toBe(true);
    expect(data.getCell('B2').value).toBe('南京示例商贸有限公司');
    expect(data.getColumn(1).numFmt).toBe('@');
    expect(notes.name).toBe('说明 Notes');
    expect(notes.getRow(1).font?.bold).toBe(true);
    expect(notes.getRow(2).values).toEqual([undefined, '统一社会信用代码', 'code', '是 yes', '']);
    expect(notes.getRow(4).values).toEqual([undefined, '类型', 'type', '否 no', 'enterprise / individual']);
  });
});
