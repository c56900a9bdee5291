import { EventEmitter } from 'node:events';
import { ImportFileError } from './import-file.error';
import type { ImportColumn, OpenedImport } from './import.types';
import { MAX_CSV_RECORD_BYTES } from './open-csv';
import { openImport } from './open-import';
import { ENTITY_COLUMNS, bytesInput, collect, gbkBytes } from './testing/import-fixtures';

function openCsv(
  content: string | Buffer,
  columns: readonly ImportColumn[] = ENTITY_COLUMNS,
): Promise<OpenedImport> {
  return openImport(bytesInput(content), 'csv', columns);
}

async function rowsOf(content: string | Buffer): Promise<unknown[]> {
  return collect((await openCsv(content)).rows);
}

async function fileError(opening: Promise<unknown>): Promise<ImportFileError> {
  const error: unknown = await opening.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (error instanceof ImportFileError) return error;
  throw new Error(`expected an ImportFileError, got ${String(error)}`);
}

describe('openImport (CSV)', () => {
  it('reads a sheet with Chinese headers', async () => {
    const opened = await openCsv(
      '统一社会信用代码,名称,地址\n91320102MA1XYZ1234,南京示例商贸有限公司,玄武区\n',
    );
    expect(opened.headers).toEqual(['统一社会信用代码', '名称', '地址']);
    expect(opened.unknownHeaders).toEqual([]);
    expect(await collect(opened.rows)).toEqual([
      { row: 2, values: { code: '91320102MA1XYZ1234', name: '南京示例商贸有限公司', address: '玄武区' } },
    ]);
  });

  it('reads English, combined and alias headers, trimming values and leaving empty cells out', async () => {
    const rows = await rowsOf(
      'Credit Code,Name（名称）,类型（type）,Legal Representative\r\n A1 ,B, ,张三\r\n',
    );
    expect(rows).toEqual([{ row: 2, values: { code: 'A1', name: 'B', legalRepresentative: '张三' } }]);
  });

  it('reports unknown columns and ignores their cells', async () => {
    const opened = await openCsv('code,name,备注\nA1,B,随便\n');
    expect(opened.unknownHeaders).toEqual(['备注']);
    expect(await collect(opened.rows)).toEqual([{ row: 2, values: { code: 'A1', name: 'B' } }]);
  });

  it('ends the rows with an ImportFileError when the file breaks after the header', async () => {
    const opened = await openImport(
      bytesInput(`code,name\n${'A1,B\n'.repeat(5_000)}"A2`, 1024),
      'csv',
      ENTITY_COLUMNS,
    );
    let read = 0;
    const error = await fileError(
      (async () => {
        for await (const _row of opened.rows) read += 1;
      })(),
    );
    expect(error.details).toEqual({ line: 5002, reason: 'a quoted value is not closed (a " is missing)' });
    expect(read).toBeGreaterThan(0);
  });

  it('fails on a missing required column', async () => {
    const error = await fileError(openCsv('名称,地址\nB,C\n'));
    expect(error.details).toEqual({
      missingColumns: [{ field: 'code', zh: '统一社会信用代码', en: 'code' }],
    });
  });

  it('fails on a column given twice', async () => {
    const error = await fileError(openCsv('code,名称,name\n'));
    expect(error.details).toMatchObject({ duplicateColumns: [{ field: 'name', headers: ['名称', 'name'] }] });
  });

  it('fails on an empty file or one with only blank lines', async () => {
    expect((await fileError(openCsv(''))).message).toContain('no header row');
    expect((await fileError(openCsv('\r\n \r\n,,\r\n'))).message).toContain('no header row');
  });

  it('skips a UTF-8 byte order mark', async () => {
    const opened = await openCsv('\ufeff名称,code\nB,A1\n');
    expect(opened.headers).toEqual(['名称', 'code']);
    expect(await collect(opened.rows)).toEqual([{ row: 2, values: { name: 'B', code: 'A1' } }]);
  });

  it('reads a GB18030 file as saved by Chinese Excel', async () => {
    const opened = await openCsv(
      gbkBytes('code,', '名称', ',', '地址', '\r\n', 'A1,', '南京', '公司', ',', '南京', '\r\n'),
    );
    expect(opened.headers).toEqual(['code', '名称', '地址']);
    expect(await collect(opened.rows)).toEqual([
      { row: 2, values: { code: 'A1', name: '南京公司', address: '南京' } },
    ]);
  });

  it('handles quoted commas, quotes and newlines, numbering rows as Excel does', async () => {
    const rows = await rowsOf(
      [
        'code,name,address',
        'A1,"Smith, Jones & Co","Line one',
        'line two"',
        'A2,"The ""Best"" Shop",x',
        '"A3",C,"a\r\nb\r\nc"',
        'A4,D,',
      ].join('\r\n'),
    );
    expect(rows).toEqual([
      { row: 2, values: { code: 'A1', name: 'Smith, Jones & Co', address: 'Line one\r\nline two' } },
      { row: 3, values: { code: 'A2', name: 'The "Best" Shop', address: 'x' } },
      { row: 4, values: { code: 'A3', name: 'C', address: 'a\r\nb\r\nc' } },
      { row: 5, values: { code: 'A4', name: 'D' } },
    ]);
  });

  it('skips blank lines but counts them, as Excel shows them as rows', async () => {
    const rows = await rowsOf('\ncode,name\n\nA1,B\n   \n,,\nA2,C\n\n');
    expect(rows).toEqual([
      { row: 4, values: { code: 'A1', name: 'B' } },
      { row: 7, values: { code: 'A2', name: 'C' } },
    ]);
  });

  it('ignores cells beyond the header and tolerates short rows', async () => {
    const rows = await rowsOf('code,name\nA1,B,extra,more\nA2\n');
    expect(rows).toEqual([
      { row: 2, values: { code: 'A1', name: 'B' } },
      { row: 3, values: { code: 'A2' } },
    ]);
  });

  it('keeps a stray quote inside an unquoted cell, as Excel does', async () => {
    expect(await rowsOf('code,name\nA1,5" pipe\n')).toEqual([
      { row: 2, values: { code: 'A1', name: '5" pipe' } },
    ]);
  });

  // Such errors surface from openImport or from the rows, depending on where in the file they are.
  it('fails with an ImportFileError on malformed CSV', async () => {
    const error = await fileError(rowsOf('code,name\nA1,B\nA2,"never closed\n'));
    expect(error.details).toEqual({ line: 3, reason: 'a quoted value is not closed (a " is missing)' });
    // In words for the official: nothing of csv-parse's own message or codes.
    expect(error.message).toBe('Malformed CSV at line 3: a quoted value is not closed (a " is missing)');
  });

  it('refuses a record longer than the limit instead of buffering it', async () => {
    const error = await fileError(rowsOf(`code,name\nA1,"${'x'.repeat(MAX_CSV_RECORD_BYTES + 10)}`));
    expect(error.details).toMatchObject({ reason: 'a row is longer than 1 MiB' });
  });

  it('refuses an .xlsx workbook opened as CSV', async () => {
    const error = await fileError(rowsOf(Buffer.from('PK\x03\x04\x14\x00', 'latin1')));
    expect(error.message).toContain('.xlsx');
  });

  it('destroys the input when the consumer stops early', async () => {
    const input = bytesInput(`code,name\n${'A1,B\n'.repeat(100_000)}`, 1024);
    const opened = await openImport(input, 'csv', ENTITY_COLUMNS);
    for await (const row of opened.rows) if (row.row === 3) break;
    expect(input.destroyed).toBe(true);
  });

  it('accepts an old-style stream that is not a Readable', async () => {
    // Only events and pause/resume, as streams were before Node 0.10.
    const emitter = new EventEmitter();
    const legacy = Object.assign(emitter, { pause: () => legacy, resume: () => legacy });
    const opening = openImport(legacy as unknown as NodeJS.ReadableStream, 'csv', ENTITY_COLUMNS);
    emitter.emit('data', Buffer.from('code,name\nA1,B\n'));
    emitter.emit('end');
    expect(await collect((await opening).rows)).toEqual([{ row: 2, values: { code: 'A1', name: 'B' } }]);
  });
});
