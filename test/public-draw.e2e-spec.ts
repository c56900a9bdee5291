import type { PublicDrawAnswer } from '@app/contract';
import {
  PUBLIC_DRAW_COLUMNS,
  type PublicDrawBundleHeader,
  type PublicDrawRow,
  checkPublicDrawBundle,
} from '@app/domain';
import { sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { ApiHarness, type Caller, staff } from './support/api-harness';
import {
  creditCode,
  initiateTask,
  leadOperator,
  setUpDepartments,
  enforcementCertificate,
} from './support/task-fixtures';

/*
 * Anyone may verify a draw without signing in (issue 18, part 3): the public draw facts and the
 * masked bundle, over HTTP on the real embedded store, re-run by the same code the portal runs.
 */
const lead: Caller = leadOperator;
const xf: Caller = staff('xf', ['operator']);
const principal: Caller = staff('scjg', ['principal'], 'principal-scjg');

describe('public draw verification', () => {
  const api = new ApiHarness();
  let items: Record<string, string>;
  let announced = '';
  let cancelled = '';
  let unlocked = '';

  const ok = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ) => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const bundleText = async (taskId: string) => {
    const response = await fetch(`${api.base}/api/public/tasks/${taskId}/draw/bundle`);
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    await api.start({ DRAW_YEARLY_CAP: '100' });
    items = await setUpDepartments(api);
    for (const [d, n, regionCode] of [
      ['scjg', 1, '320102'],
      ['scjg', 2, '320104'],
      ['xf', 11, '320102'],
      ['xf', 12, '320104'],
    ] as const) {
      await ok('POST', '/api/inspectors', staff(d, ['operator']), {
        departmentId: d,
        name: `检查员${n}`,
        idCardNumber: sampleIdCardNumber(n),
        category: 'certified',
        ...enforcementCertificate(),
        regionCode,
      });
    }
    for (let n = 1; n <= 12; n += 1) {
      await ok('POST', '/api/entities', lead, {
        code: creditCode(n),
        name: `南京某某餐饮有限公司${n}`,
        kind: 'enterprise',
        address: '江苏省南京市玄武区某路1号',
        legalRepresentative: '张三',
        regionCode: n % 3 === 0 ? '320104' : '320102',
        industryCode: 'H6210',
        tags: n % 2 === 0 ? ['餐饮'] : [],
        creditRisk: n % 4 === 0 ? 'C' : 'B',
      });
    }
    announced = await initiateTask(api, items, { sampling: { count: 3 } });
    await ok('POST', `/api/tasks/${announced}/responses`, xf, { accepted: true, itemIds: [items.xf] });
    await ok('POST', `/api/tasks/${announced}/draws/entities`, lead, {});
    await ok('POST', `/api/tasks/${announced}/draws/inspectors`, lead, {});
    await ok('POST', `/api/tasks/${announced}/draws/inspectors`, xf, {});
    await ok('POST', `/api/tasks/${announced}/lock`, lead);

    cancelled = await initiateTask(api, items, {
      sampling: { ratio: 0.3, byCreditRisk: { C: 1 } },
      criteria: { regionCodes: ['320102'] },
    });
    await ok('POST', `/api/tasks/${cancelled}/draws/entities`, lead, {});
    const { requestId } = await ok<{ requestId: string }>(
      'POST',
      `/api/tasks/${cancelled}/cancellation-requests`,
      lead,
      { reason: '抽查事项调整' },
    );
    await ok('POST', `/api/tasks/${cancelled}/cancellation-requests/${requestId}/approve`, principal, {});

    unlocked = await initiateTask(api, items, {
      sampling: { count: 2 },
      criteria: { regionCodes: ['320104'] },
    });
    await ok('POST', `/api/tasks/${unlocked}/draws/entities`, lead, {});
    await api.stores.transparency.caughtUp(await api.stores.auditLog.headPosition());
    await api.stores.transparency.checkpoint();
  }, 120_000);
  afterAll(() => api.stop());

  it('shows an announced task’s commitments, when each was recorded, P and the record, without sign-in', async () => {
    const answer = await api.call<PublicDrawAnswer>('GET', `/api/public/tasks/${announced}/draw`);
    expect(answer.status).toBe(200);
    const draw = answer.body;
    expect(draw).toMatchObject({
      taskId: announced,
      status: 'announced',
      algorithm: 'ssj-stratified-sha256-v2',
      beacon: null,
      operatorTrusted: { reason: null },
      draw: { drawnCount: 3, record: { poolSize: 12, selectedCount: 3 } },
    });
    expect(draw.commitments.map((c) => `${c.kind}:${c.departmentId}`)).toEqual([
      'lead:scjg',
      'contribution:xf',
      'inspectors:scjg',
      'inspectors:xf',
    ]);
    for (const c of draw.commitments) {
      expect(c.commitment).toMatch(/^[0-9a-f]{64}$/);
      expect(c.revealed).toMatch(/^[0-9a-f]{64}$/);
      expect(Date.parse(c.recordedAt)).toBeGreaterThan(0);
      expect(c.position).toBeLessThan(draw.draw.position);
    }
    expect(draw.frozen.poolPosition).toBe(draw.draw.record.position);
    expect(draw.inspectorDraws).toHaveLength(2);
    expect(Object.keys(draw.inspectorDraws[0]).sort()).toEqual(
      [
        'algorithm',
        'appointed',
        'candidates',
        'departmentId',
        'perEntity',
        'poolPosition',
        'position',
        'recordedAt',
        'seed',
        'seedCommitment',
      ].sort(),
    );
    expect(JSON.stringify(draw)).not.toMatch(/检查员|张三|南京某某/);
  });

  it('answers 404 for a task not announced (drawn, not locked) and for no task', async () => {
    for (const id of [unlocked, 'no-such-task']) {
      for (const path of ['draw', 'draw/bundle']) {
        const answer = await api.call('GET', `/api/public/tasks/${id}/${path}`);
        expect(answer).toMatchObject({ status: 404, body: { code: 'PUBLIC_DRAW_NOT_FOUND' } });
      }
    }
  });

  it('gives a bundle of only the pool test’s fields, which the portal’s code verifies', async () => {
    const response = await fetch(`${api.base}/api/public/tasks/${announced}/draw/bundle`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const text = await response.text();
    const lines = text.trimEnd().split('\n');
    const header = JSON.parse(lines[0]) as PublicDrawBundleHeader & {
      transparency: { checkpoint: unknown; inclusion: unknown[] };
    };
    expect(header.columns).toEqual([...PUBLIC_DRAW_COLUMNS]);
    expect(Object.keys(header).sort()).toEqual(
      [
        'beacon',
        'columns',
        'commitments',
        'drawnIds',
        'format',
        'frozen',
        'inspectorSeeds',
        'operatorTrusted',
        'record',
        'task',
        'taskId',
        'transparency',
      ].sort(),
    );
    // The task's draw events, each proved included in the latest signed checkpoint.
    expect(header.transparency.checkpoint).toMatchObject({ note: expect.any(String) as string });
    expect(header.transparency.inclusion.length).toBeGreaterThanOrEqual(5);
    expect(lines).toHaveLength(12 + 2);
    for (const line of lines.slice(1, -1))
      expect(JSON.parse(line) as unknown[]).toHaveLength(PUBLIC_DRAW_COLUMNS.length);
    expect(JSON.parse(lines.at(-1)!) as unknown).toEqual({ end: { entities: 12 } });
    expect(text).not.toMatch(/南京某某|玄武区|张三|检查员/);
    expect(await bundleText(announced)).toBe(text);
    expect(checkPublicDrawBundle(text)).toMatchObject({ verified: true, differences: [], poolSize: 12 });
  });

  it('verifies a draw cancelled after it, and a directed draw reads only its regions', async () => {
    const answer = await api.call<{ status: string }>('GET', `/api/public/tasks/${cancelled}/draw`);
    expect(answer.body.status).toBe('cancelled');
    const text = await bundleText(cancelled);
    expect(text.trimEnd().split('\n')).toHaveLength(8 + 2);
    expect(checkPublicDrawBundle(text)).toMatchObject({ verified: true, poolSize: 8 });
  });

  it('shows a tampered bundle as not verified, with the difference', async () => {
    const text = await bundleText(announced);
    const lines = text.trimEnd().split('\n');
    // An entity dropped from the pool (and the count mended): the pool digest differs.
    const dropped = [...lines.slice(0, 3), ...lines.slice(4, -1), JSON.stringify({ end: { entities: 11 } })];
    expect(checkPublicDrawBundle(dropped.join('\n')).differences[0]).toMatchObject({ kind: 'pool-size' });
    // A revealed seed changed: it no longer answers its commitment.
    const header = JSON.parse(lines[0]) as PublicDrawBundleHeader;
    header.record.seeds!.contributions.xf = 'ab'.repeat(32);
    const reseeded = [JSON.stringify(header), ...lines.slice(1)].join('\n');
    expect(checkPublicDrawBundle(reseeded).differences[0]).toMatchObject({
      kind: 'seed-commitment',
      subject: 'contributions.xf',
    });
    // An entity shown as deregistered: left out, so the pool and the exclusions differ.
    const row = JSON.parse(lines[1]) as PublicDrawRow;
    row[7] = 0; // registered
    const deregistered = [lines[0], JSON.stringify(row), ...lines.slice(2)].join('\n');
    const codes = checkPublicDrawBundle(deregistered).differences.map((d) => d.kind);
    expect(codes).toEqual(expect.arrayContaining(['pool-size', 'pool-digest', 'exclusions']));
    const cut = lines.slice(0, -3).join('\n');
    expect(checkPublicDrawBundle(cut).differences[0]).toMatchObject({ kind: 'truncated' });
  });
});
