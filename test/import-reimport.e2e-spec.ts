import type { ImportReport } from '@app/contract';
import { usccCheckCharacter } from '@app/domain';
import { type RecordedEvent, firstBrokenLink } from '@app/event-store';
import { ApiHarness, admin, staff } from './support/api-harness';

/** A valid unified social credit code in a region, different for each n. */
function uscc(n: number, region = '320102'): string {
  const first17 = `91${region}${String(n).padStart(9, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

const HEADER = '统一社会信用代码,名称,类型,地址,行政区划代码,行业代码,信用风险分类';
const ROWS = 600;
const row = (n: number, name = '甲公司', region = '320102') =>
  `${uscc(n, region)},${name}${n},企业,南京市玄武区中山路1号,${region},F5211,B`;
const sheet = (lines: string[]) => `${HEADER}\n${lines.join('\n')}\n`;
const original = (from = 0, count = ROWS) => Array.from({ length: count }, (_, n) => row(from + n));

/**
 * A re-import reads each chunk's entities in one go and sends only the rows that differ through a
 * command: the same outcomes as a command per row, and nothing appended for an unchanged one.
 */
describe('re-import of an entity sheet', () => {
  const api = new ApiHarness();
  const upload = (content: string, as = admin) =>
    api.upload<ImportReport>('/api/entities/import', as, { name: 'entities.csv', content, type: 'text/csv' });
  const streamOf = async (code: string): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for await (const e of api.stores.auditLog.readStream(`entity-${code}`)) events.push(e);
    return events;
  };
  const metrics = async (): Promise<string> => {
    const response = await fetch(`${api.base}/metrics`, {
      headers: { authorization: `Bearer ${api.token(staff('jjjc', ['supervisor']))}` },
    });
    return response.text();
  };
  const importCommands = async (): Promise<number> => {
    const counted = [
      ...(await metrics()).matchAll(
        /shuangsuiji_commands_total\{command="ImportEntity",outcome="\w+"\} (\d+)/g,
      ),
    ];
    return counted.reduce((sum, m) => sum + Number(m[1]), 0);
  };
  const importedRows = async (outcome: string): Promise<number> => {
    const pattern = new RegExp(
      `shuangsuiji_import_rows_total\\{register="entities",outcome="${outcome}"\\} (\\d+)`,
    );
    return Number(pattern.exec(await metrics())?.[1] ?? 0);
  };
  const chainWhole = async (events: RecordedEvent[]) => {
    expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => i));
    expect(await firstBrokenLink(toIterable(events))).toBeUndefined();
  };

  beforeAll(async () => {
    await api.start();
    const first = await upload(sheet(original()));
    expect(first.body).toMatchObject({ rows: ROWS, created: ROWS, rejected: 0 });
  });
  afterAll(() => api.stop());

  it('appends nothing, runs no command and reports every row unchanged', async () => {
    const head = await api.head();
    const commands = await importCommands();
    const answer = await upload(sheet(original()));
    expect(answer.body).toMatchObject({ rows: ROWS, created: 0, updated: 0, unchanged: ROWS, rejected: 0 });
    expect(await api.head()).toBe(head);
    expect(await importCommands()).toBe(commands);
    // Rows applied without a command each are still counted, by outcome.
    expect(await importedRows('created')).toBe(ROWS);
    expect(await importedRows('unchanged')).toBeGreaterThanOrEqual(ROWS);
  });

  it('applies no row of a re-import whose file turns out unreadable after rows that change nothing', async () => {
    const head = await api.head();
    // A whole chunk of unchanged rows (read once, nothing to write), then a changed row, then a bad end.
    const lines = [...original(0, 300), row(0, '乙公司'), ...original(300, 300)];
    const tooLong = `${uscc(999)},"${'名'.repeat(700_000)}",企业,南京市玄武区中山路1号,320102,F5211,B`;
    const answer = await upload(`${sheet(lines)}${tooLong}\n`);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'IMPORT_FILE_INVALID' });
    expect(await api.head()).toBe(head);
    expect((await streamOf(uscc(0))).map((e) => e.type)).toEqual(['EntityRegistered']);
  });

  it('brings back a row that a command changed after the import, as a command per row did', async () => {
    const rerate = await api.call('POST', `/api/entities/${uscc(7)}/credit-risk`, {
      as: admin,
      body: { creditRisk: 'D', reason: '年度评定' },
    });
    expect(rerate.status).toBe(200);
    const rename = await api.call('PATCH', `/api/entities/${uscc(300)}`, {
      as: admin,
      body: { name: '新名称' },
    });
    expect(rename.status).toBe(200);

    const answer = await upload(sheet(original()));
    expect(answer.body).toMatchObject({ rows: ROWS, updated: 2, unchanged: ROWS - 2, rejected: 0 });
    const rerated = await streamOf(uscc(7));
    expect(rerated.map((e) => e.type)).toEqual([
      'EntityRegistered',
      'EntityCreditRiskRerated',
      'EntityCreditRiskRerated',
    ]);
    expect(rerated[2].data).toMatchObject({ from: 'D', to: 'B', reason: 'bulk import' });
    const renamed = await streamOf(uscc(300));
    expect(renamed.map((e) => e.type)).toEqual(['EntityRegistered', 'EntityUpdated', 'EntityUpdated']);
    expect(renamed[2].data).toMatchObject({ changes: { name: '甲公司300' } });
    await chainWhole(renamed);
  });

  it('applies rows of one entity in sheet order, within a chunk and across chunks', async () => {
    // Entity 1 renamed then named back in the same chunk; entity 2 renamed first, named back last.
    const lines = [row(1, '乙公司'), row(1), row(2, '乙公司'), ...original(3, ROWS - 3), row(2)];
    const answer = await upload(sheet(lines));
    expect(answer.body).toMatchObject({ rows: ROWS + 1, updated: 4, unchanged: ROWS - 3, rejected: 0 });
    for (const n of [1, 2]) {
      const events = await streamOf(uscc(n));
      expect(events.map((e) => e.type)).toEqual(['EntityRegistered', 'EntityUpdated', 'EntityUpdated']);
      expect(events[2].data).toMatchObject({ changes: { name: `甲公司${n}` } });
    }
  });

  it('loses no command that runs during a re-import and forks no chain', async () => {
    const rerated = [10, 11, 299, 300, 599];
    const [again, ...rerates] = await Promise.all([
      upload(sheet(original())),
      ...rerated.map((n) =>
        api.call('POST', `/api/entities/${uscc(n)}/credit-risk`, {
          as: admin,
          body: { creditRisk: 'C', reason: '专项评定' },
        }),
      ),
    ]);
    for (const answer of rerates) expect(answer.status).toBe(200);
    expect(again.body).toMatchObject({ rows: ROWS, created: 0, rejected: 0 });
    expect(again.body.updated + again.body.unchanged).toBe(ROWS);
    let broughtBack = 0;
    for (const n of rerated) {
      const events = await streamOf(uscc(n));
      await chainWhole(events);
      const ratings = events.filter((e) => e.type === 'EntityCreditRiskRerated').map((e) => e.data);
      // The officials' re-rating is kept; if it came before the row was read, the row re-rated it back.
      const official = ratings.findIndex((r) => (r as { to: string }).to === 'C');
      expect(official).toBeGreaterThanOrEqual(0);
      if (official < ratings.length - 1) broughtBack += 1;
    }
    expect(again.body.updated).toBe(broughtBack);
  });

  it('still refuses an unchanged row outside the operator’s jurisdiction, by its row', async () => {
    for (const unit of [
      { id: 'xw-320102', name: '玄武区市场监督管理局', regionCode: '320102' },
      { id: 'qh-320104', name: '秦淮区市场监督管理局', regionCode: '320104' },
    ]) {
      expect((await api.call('POST', '/api/departments', { as: admin, body: unit })).status).toBe(201);
    }
    const qinhuai = row(900, '秦淮公司', '320104');
    expect((await upload(sheet([qinhuai]))).body).toMatchObject({ created: 1 });

    const xuanwu = staff('xw-320102', ['operator']);
    const answer = await upload(sheet([row(20), qinhuai]), xuanwu);
    expect(answer.body).toMatchObject({ rows: 2, unchanged: 1, rejected: 1 });
    expect(answer.body.errors).toEqual([expect.objectContaining({ row: 3, code: 'OUTSIDE_JURISDICTION' })]);
  });
});

async function* toIterable(events: RecordedEvent[]): AsyncIterable<RecordedEvent> {
  yield* events;
}
