import { ImportFileError } from './import-file.error';
import { IMPORT_LIMITS } from './import-limits';
import { ImportTooLargeError } from './import-too-large.error';
import { openImport } from './open-import';
import { ENTITY_COLUMNS, bytesSource, collect, xlsxFile } from './testing/import-fixtures';
import { type ZipPart, bombSheet, workbookParts, zipFile, zipPart } from './testing/zip-writer';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = '</sheetData></worksheet>';

function inline(row: number, ...texts: string[]): string {
  const cells = texts.map((text, i) => `<c r="${'AB'[i]}${row}" t="inlineStr"><is><t>${text}</t></is></c>`);
  return `<row r="${row}">${cells.join('')}</row>`;
}

function sheet(xml: string): ZipPart {
  return zipPart('xl/worksheets/sheet1.xml', `${HEAD}${xml}${TAIL}`);
}

async function refusal(parts: ZipPart[]): Promise<unknown> {
  const opening = (async () => {
    const opened = await openImport(bytesSource(zipFile(parts), 64 * 1024), 'xlsx', ENTITY_COLUMNS);
    return collect(opened.rows);
  })();
  return opening.then(
    () => 'accepted',
    (error: unknown) => error,
  );
}

describe('openImport (XLSX) within limits', () => {
  it('reads a workbook whose parts come in any order', async () => {
    const opened = await openImport(
      bytesSource(zipFile([sheet(inline(1, 'code', 'name') + inline(2, 'A1', 'B')), ...workbookParts()])),
      'xlsx',
      ENTITY_COLUMNS,
    );
    expect(await collect(opened.rows)).toEqual([{ row: 2, values: { code: 'A1', name: 'B' } }]);
  });

  it('refuses three 1 GiB worksheets placed before the workbook, by their declared size', async () => {
    const bomb = [1, 2, 3].map((n) => ({ ...bombSheet('', 1024), name: `xl/worksheets/sheet${n}.xml` }));
    const error = await refusal([...bomb, ...workbookParts()]);
    expect(error).toBeInstanceOf(ImportTooLargeError);
    expect(error).toMatchObject({ code: 'IMPORT_DECOMPRESSION_LIMIT' });
  });

  it('refuses a worksheet that inflates past the size it declares, while inflating', async () => {
    const error = await refusal([bombSheet('xl/worksheets/sheet1.xml', 1024, 1000), ...workbookParts()]);
    expect(error).toMatchObject({
      code: 'IMPORT_DECOMPRESSION_LIMIT',
      details: { entry: 'xl/worksheets/sheet1.xml', limit: 1000 },
    });
  });

  it('refuses a worksheet that inflates more than the ratio allows', async () => {
    const error = await refusal([bombSheet('xl/worksheets/sheet1.xml', 4), ...workbookParts()]);
    expect(error).toMatchObject({
      code: 'IMPORT_DECOMPRESSION_LIMIT',
      details: { limit: IMPORT_LIMITS.inflateRatio },
    });
    // 4 MiB in about 4 KiB: past the 1 MiB floor the ratio is judged, and far past the ratio.
  }, 120_000);

  it('refuses a single text longer than 1 MiB', async () => {
    let text = '';
    for (let n = 0; text.length < 2 * 1024 * 1024; n += 1) text += (n * 2654435761).toString(36);
    const error = await refusal([
      sheet(inline(1, 'code', 'name') + inline(2, 'A1', text)),
      ...workbookParts(),
    ]);
    expect(error).toMatchObject({ code: 'IMPORT_DECOMPRESSION_LIMIT' });
  });

  it('refuses CDATA and DTDs, which could hold a text of any length', async () => {
    const cdata = await refusal([
      sheet(inline(1, 'code', 'name') + inline(2, 'A1', '<![CDATA[B]]>')),
      ...workbookParts(),
    ]);
    expect(cdata).toBeInstanceOf(ImportFileError);
  });

  it('refuses a corrupt workbook in plain words, without zlib or exceljs internals', async () => {
    const good = sheet(inline(1, 'code', 'name') + inline(2, 'A1', 'B'));
    const deflated = Buffer.from(good.deflated);
    deflated.fill(0xff, 10, 30);
    const error = await refusal([{ ...good, deflated }, ...workbookParts()]);
    expect(error).toBeInstanceOf(ImportFileError);
    const { message, details } = error as ImportFileError;
    expect({ message, details }).toEqual({
      message: 'The file is not a readable .xlsx workbook',
      details: { reason: 'it is damaged or not a workbook' },
    });
  });

  it('keeps every character whole when the file arrives in small pieces', async () => {
    const names = Array.from({ length: 3000 }, (_, n) => `南京示例商贸有限公司第${n}分公司`);
    const file = await xlsxFile((s) =>
      s.addRows([['code', 'name'], ...names.map((name, n) => [`A${n}`, name])]),
    );
    const rows = await collect((await openImport(bytesSource(file, 7), 'xlsx', ENTITY_COLUMNS)).rows);
    expect(rows.map((row) => row.values.name)).toEqual(names);
  });
});
