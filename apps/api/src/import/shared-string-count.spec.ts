import { Readable } from 'node:stream';
import { IMPORT_LIMITS } from './import-limits';
import { ImportTooLargeError } from './import-too-large.error';
import { openImport } from './open-import';
import { countedSharedStrings } from './shared-string-count';
import { ENTITY_COLUMNS, bytesSource, collect, xlsxFile } from './testing/import-fixtures';

async function readAll(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

describe('the shared strings count', () => {
  afterEach(() => jest.restoreAllMocks());

  it('passes a part within the limit on as it is, counting tags split between chunks once', async () => {
    jest.replaceProperty(IMPORT_LIMITS, 'sharedStrings', 3 as typeof IMPORT_LIMITS.sharedStrings);
    const xml = '<sst><si><t>a</t></si><si/><si r="1"><t>b</t></si><sz/></sst>';
    const chunks = xml.split(/(?<=<s)|(?<=<)/);
    expect(await readAll(countedSharedStrings(Readable.from(chunks), 'p'))).toBe(xml);
  });

  it('refuses a part holding more shared strings than the limit, while it is read', async () => {
    jest.replaceProperty(IMPORT_LIMITS, 'sharedStrings', 3 as typeof IMPORT_LIMITS.sharedStrings);
    const chunks = ['<sst><s', 'i/><si>', '</si><si', '/><si/></sst>'];
    await expect(readAll(countedSharedStrings(Readable.from(chunks), 'p'))).rejects.toMatchObject({
      code: 'IMPORT_DECOMPRESSION_LIMIT',
      details: { entry: 'p', limit: 3 },
    });
  });

  it('refuses a workbook with more shared strings than the limit (413 IMPORT_DECOMPRESSION_LIMIT)', async () => {
    const file = await xlsxFile((s) =>
      s.addRows([['code', 'name'], ...[1, 2, 3].map((n) => [`A${n}`, `B${n}`])]),
    );
    jest.replaceProperty(IMPORT_LIMITS, 'sharedStrings', 5 as typeof IMPORT_LIMITS.sharedStrings);
    const refusal = await openImport(bytesSource(file), 'xlsx', ENTITY_COLUMNS)
      .then((opened) => collect(opened.rows))
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ImportTooLargeError);
    expect(refusal).toMatchObject({ details: { entry: 'xl/sharedStrings.xml', limit: 5 } });
    jest.replaceProperty(IMPORT_LIMITS, 'sharedStrings', 8 as typeof IMPORT_LIMITS.sharedStrings);
    const rows = await collect((await openImport(bytesSource(file), 'xlsx', ENTITY_COLUMNS)).rows);
    expect(rows).toHaveLength(3);
  });
});
