import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { IMPORT_LIMITS } from '../apps/api/src/import/import-limits';
import { bytesSource, xlsxFile } from '../apps/api/src/import/testing/import-fixtures';
import { bombSheet, workbookParts, zipFile } from '../apps/api/src/import/testing/zip-writer';
import { readZipDirectory } from '../apps/api/src/import/zip-directory';
import { ApiHarness, type ErrorAnswer, staff } from './support/api-harness';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = '统一社会信用代码,名称,类型,地址,行政区划代码,行业代码,信用风险分类';
const VALID_ROW = '91350100M000100Y43,福州某某餐饮有限公司,企业,福州市鼓楼区五四路1号,320102,H6210,B';

/** Every file under `dir`, but the store's own (its journal comes and goes). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!/\.sqlite(-wal|-shm|-journal)?$/.test(entry.name)) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** The temporary files exceljs (through the `tmp` package) makes in this process. */
function ourTempFiles(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`));
}

describe('imports within limits over HTTP', () => {
  const api = new ApiHarness();
  const operator = staff('dept-a', ['operator']);
  const auditor = staff('dept-a', ['auditor']);

  const importFile = (name: string, content: Buffer | string, type: string) =>
    api.upload<ErrorAnswer>('/api/entities/import', operator, { name, content, type });

  const entityCount = async (): Promise<number> => {
    const answer = await api.call<{ items: unknown[] }>('GET', '/api/entities', { as: auditor });
    return answer.body.items.length;
  };

  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('refuses an .xlsx bomb (three 1 GiB worksheets before the workbook) and keeps no file', async () => {
    const dataBefore = filesUnder(api.dir);
    const tempBefore = ourTempFiles();
    const sheets = [1, 2, 3].map((n) => bombSheet(`xl/worksheets/sheet${n}.xml`, 1024, 4096));
    const bomb = zipFile([...sheets, ...workbookParts()]);
    expect(bomb.length).toBeLessThan(12 * 1024 * 1024);

    const answer = await importFile('bomb.xlsx', bomb, XLSX);
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ statusCode: 413, code: 'IMPORT_DECOMPRESSION_LIMIT' });
    expect(filesUnder(api.dir)).toEqual(dataBefore);
    expect(ourTempFiles()).toEqual(tempBefore);
    expect((await api.call('GET', '/health')).status).toBe(200);
  });

  it('refuses a CSV with a field of 2 MiB and applies none of the rows before it', async () => {
    const rows = Array.from({ length: 300 }, () => VALID_ROW).join('\n');
    const csv = `${HEADER}\n${rows}\n91350100M000100Y43,"${'名'.repeat(700_000)}",企业,地址,320102,H6210\n`;
    const answer = await importFile('huge-field.csv', csv, CSV);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      statusCode: 400,
      code: 'IMPORT_FILE_INVALID',
      message: 'Malformed CSV at line 302: a row is longer than 1 MiB',
      details: { line: 302, reason: 'a row is longer than 1 MiB' },
    });
    expect(await entityCount()).toBe(0);
  });

  it('answers a malformed CSV and a corrupt .xlsx in plain words, with no parser internals', async () => {
    const csv = await importFile('broken.csv', `${HEADER}\n${VALID_ROW}\n"never closed,x\n`, CSV);
    expect(csv.status).toBe(400);
    expect(csv.body.message).toBe('Malformed CSV at line 3: a quoted value is not closed (a " is missing)');

    const good = await xlsxFile((sheet) => sheet.addRows([HEADER.split(','), VALID_ROW.split(',')]));
    const sheet = (await readZipDirectory(bytesSource(good))).find((entry) => entry.name.includes('sheet1'));
    const corrupt = Buffer.from(good);
    const data = (sheet?.localHeaderOffset ?? 0) + 30 + (sheet?.name.length ?? 0);
    corrupt.fill(0x55, data + 4, data + 24);
    const xlsx = await importFile('corrupt.xlsx', corrupt, XLSX);
    expect(xlsx.status).toBe(400);
    expect(xlsx.body).toMatchObject({
      code: 'IMPORT_FILE_INVALID',
      message: 'The file is not a readable .xlsx workbook',
    });
    const text = JSON.stringify([csv.body, xlsx.body]);
    expect(text).not.toMatch(
      /zlib|invalid (block|distance|stored)|unzip|exceljs|saxes|node_modules|\.js\b|:\d+:\d+/i,
    );
    expect(await entityCount()).toBe(0);
  });

  it('reads a gzipped CSV as the bytes it is, inflating nothing', async () => {
    const gzipped = gzipSync(`${HEADER}\n${VALID_ROW}\n`.repeat(1000));
    const answer = await importFile('entities.csv', gzipped, CSV);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('IMPORT_FILE_INVALID');
  });

  it('refuses a file whose Content-Length is past the limit before reading it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL('/api/entities/import', api.base);
      const sending = request(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${api.token(operator)}`,
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': IMPORT_LIMITS.fileBytes + 1024 * 1024,
        },
      });
      sending.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        sending.destroy();
      });
      sending.on('error', reject);
      sending.write('--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n');
    });
    expect(status).toBe(413);
  });

  it('refuses a streamed file past the limit with 413, keeping no file', async () => {
    const dataBefore = filesUnder(api.dir);
    const line = `${VALID_ROW}\n`.repeat(Math.ceil((1024 * 1024) / (VALID_ROW.length + 1)));
    const chunk = Buffer.from(line);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          Buffer.from(
            `--x\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n${HEADER}\n`,
          ),
        );
      },
      pull(controller) {
        if (sent > IMPORT_LIMITS.fileBytes) {
          controller.enqueue(Buffer.from('\r\n--x--\r\n'));
          controller.close();
          return;
        }
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${api.base}/api/entities/import`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${api.token(operator)}`,
        'content-type': 'multipart/form-data; boundary=x',
      },
      body,
      duplex: 'half',
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    expect(filesUnder(api.dir)).toEqual(dataBefore);
    expect(await entityCount()).toBe(0);
  });

  it('still imports a valid sheet afterwards', async () => {
    const answer = await api.upload<{ created: number }>('/api/entities/import', operator, {
      name: 'ok.csv',
      content: `${HEADER}\n${VALID_ROW}\n`,
      type: CSV,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.created).toBe(1);
  });
});
