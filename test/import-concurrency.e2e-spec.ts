import { type ClientRequest, type IncomingMessage, request } from 'node:http';
import { once } from 'node:events';
import { ApiHarness, type ErrorAnswer, staff } from './support/api-harness';

const HEADER = '统一社会信用代码,名称,类型,地址,行政区划代码,行业代码,信用风险分类';
const ROW = (n: number) =>
  `91350100M000100Y43,福州某某餐饮有限公司${n},企业,福州市鼓楼区五四路1号,320102,H6210,B`;
const BOUNDARY = 'held-upload';

/**
 * An import whose upload the test holds open: the head of the form and of the file are sent, the
 * rest only when `finish` is called, so the import stays in progress until then.
 */
function heldImport(base: string, token: string): { finish(row: string): Promise<number> } {
  const sending: ClientRequest = request(new URL('/api/entities/import', base), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      'transfer-encoding': 'chunked',
    },
  });
  const answered = once(sending, 'response') as Promise<[IncomingMessage]>;
  sending.write(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="held.csv"\r\n` +
      `Content-Type: text/csv\r\n\r\n${HEADER}\n`,
  );
  sending.flushHeaders();
  return {
    async finish(row: string) {
      sending.end(`${row}\n\r\n--${BOUNDARY}--\r\n`);
      const [response] = await answered;
      response.resume();
      await once(response, 'end');
      return response.statusCode ?? 0;
    },
  };
}

describe('imports at once', () => {
  const api = new ApiHarness();
  const operator = staff('dept-a', ['operator']);
  /** A sheet with no rows: harmless whether it is read or refused. */
  const emptySheet = () =>
    api.upload<ErrorAnswer>('/api/entities/import', operator, {
      name: 'empty.csv',
      content: `${HEADER}\n`,
      type: 'text/csv',
    });

  beforeAll(() => api.start({ IMPORT_CONCURRENCY: '2' }));
  afterAll(() => api.stop());

  it('reads two at once and answers a third 503 IMPORT_BUSY with Retry-After, until one ends', async () => {
    const first = heldImport(api.base, api.token(operator));
    const second = heldImport(api.base, api.token(operator));

    // Each answer is the event waited on: once both held imports hold their slots, one more is refused.
    let third = await emptySheet();
    for (let tries = 1; tries < 1000 && third.status === 200; tries += 1) third = await emptySheet();
    expect(third.status).toBe(503);
    expect(third.body).toMatchObject({ statusCode: 503, code: 'IMPORT_BUSY' });
    expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
    // A refusal holds no slot: still refused while both are held.
    expect((await emptySheet()).status).toBe(503);

    expect(await first.finish(ROW(1))).toBe(200);
    expect((await emptySheet()).status).toBe(200);
    expect(await second.finish(ROW(2))).toBe(200);
    expect((await emptySheet()).status).toBe(200);
  });
});
