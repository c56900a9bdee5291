import type { ImportReport } from '@app/contract';
import { sampleCreditCode } from '@app/domain/testing/sample-codes';
import { type RecordedEvent, firstBrokenLink } from '@app/event-store';
import { ApiHarness, staff } from './support/api-harness';

const HEADER = '统一社会信用代码,名称,类型,地址,行政区划代码,行业代码,信用风险分类';
const ROWS = 600;
const row = (n: number, name: string, risk = 'B') =>
  `${sampleCreditCode(n)},${name}${n},企业,南京市玄武区中山路1号,320102,F5211,${risk}`;
const sheet = (lines: string[]) => `${HEADER}\n${lines.join('\n')}\n`;

/**
 * How an import writes: its rows share commits with each other and with other commands, and none
 * of that may fork a stream's hash chain, lose a row, or write a row twice.
 */
describe('import writes', () => {
  const api = new ApiHarness();
  const admin = staff('system', ['admin']);
  const upload = (content: string) =>
    api.upload<ImportReport>('/api/entities/import', admin, {
      name: 'entities.csv',
      content,
      type: 'text/csv',
    });
  const streamOf = async (n: number): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for await (const e of api.stores.auditLog.readStream(`entity-${sampleCreditCode(n)}`)) events.push(e);
    return events;
  };

  beforeAll(() => api.start({ IMPORT_CONCURRENCY: '2' }));
  afterAll(() => api.stop());

  it('keeps every chain whole when commands on the same entities run during an import', async () => {
    const first = await upload(sheet(Array.from({ length: ROWS }, (_, n) => row(n, '甲公司'))));
    expect(first.body).toMatchObject({ rows: ROWS, created: ROWS, rejected: 0 });

    // The sheet renames every entity while officials re-rate some of them.
    const rerated = [0, 1, 299, 300, 599];
    const [again, ...rerates] = await Promise.all([
      upload(sheet(Array.from({ length: ROWS }, (_, n) => row(n, '乙公司')))),
      ...rerated.map((n) =>
        api.call('POST', `/api/entities/${sampleCreditCode(n)}/credit-risk`, {
          as: admin,
          body: { creditRisk: 'D', reason: '年度评定' },
        }),
      ),
    ]);
    expect(again.body).toMatchObject({ rows: ROWS, updated: ROWS, rejected: 0 });
    for (const answer of rerates) expect(answer.status).toBe(200);

    for (const n of [...rerated, 2, 598]) {
      const events = await streamOf(n);
      expect(await firstBrokenLink(toIterable(events))).toBeUndefined();
      expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => i));
      // Registered, then renamed by the sheet exactly once; a re-rating that came before the row is
      // re-rated back to the sheet's class by it (either order is fine: neither is lost).
      const types = events.map((e) => e.type);
      expect(types[0]).toBe('EntityRegistered');
      expect(types.filter((t) => t === 'EntityUpdated')).toHaveLength(1);
      const rerating = events.filter((e) => e.type === 'EntityCreditRiskRerated');
      expect(rerating.some((e) => (e.data as { to: string }).to === 'D')).toBe(rerated.includes(n));
    }
  });

  it('loses no row and writes none twice when two imports of the same entities run at once', async () => {
    const head = await api.head();
    const lines = (name: string) => Array.from({ length: ROWS }, (_, n) => row(1000 + n, name));
    const [a, b] = await Promise.all([upload(sheet(lines('丙公司'))), upload(sheet(lines('丙公司')))]);
    // Each row is created by one import and found unchanged by the other, whichever came first.
    expect(a.body.created + b.body.created).toBe(ROWS);
    expect(a.body.unchanged + b.body.unchanged).toBe(ROWS);
    expect(a.body.rejected + b.body.rejected).toBe(0);
    expect(await api.head()).toBe(head + ROWS);
    for (const n of [1000, 1001, 1300, 1599]) {
      const events = await streamOf(n);
      expect(events).toHaveLength(1);
      expect(await firstBrokenLink(toIterable(events))).toBeUndefined();
    }
  });

  it('appends nothing when the same sheet is imported again', async () => {
    const head = await api.head();
    const answer = await upload(sheet(Array.from({ length: ROWS }, (_, n) => row(1000 + n, '丙公司'))));
    expect(answer.body).toMatchObject({ rows: ROWS, created: 0, updated: 0, unchanged: ROWS });
    expect(await api.head()).toBe(head);
  });
});

async function* toIterable(events: RecordedEvent[]): AsyncIterable<RecordedEvent> {
  yield* events;
}
