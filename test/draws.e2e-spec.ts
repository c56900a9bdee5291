import { usccCheckCharacter } from '@app/domain';
import { testMetadata } from '@app/event-store/testing/event-store.contract';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DRAW_PART_SIZE } from '../apps/api/src/draws/entity-draw-recorder';
import { ApiHarness, type Caller, type ErrorAnswer, TEST_SECRET, admin, staff } from './support/api-harness';
import { enforcementCertificate } from './support/task-fixtures';
import { cliArgs } from './support/cli-process';

/** Tests here start the cli as a process: seconds each on a loaded machine (a bound on a hang). */
const CLI_TEST_TIMEOUT = 180_000;
jest.setTimeout(CLI_TEST_TIMEOUT);

const run = promisify(execFile);

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function creditCode(n: number): string {
  let tail = '';
  for (let rest = n, i = 0; i < 7; i += 1, rest = Math.floor(rest / 31)) tail = ALPHABET[rest % 31] + tail;
  const first17 = `91320102MA${tail}`;
  return first17 + usccCheckCharacter(first17);
}

/** Registers entities straight into the log (what the import would do, faster). */
async function seedDirectory(
  api: ApiHarness,
  count: number,
  profile: (n: number) => Record<string, unknown>,
) {
  const ids: string[] = [];
  const batch: Promise<unknown>[] = [];
  for (let n = 0; n < count; n += 1) {
    const entityId = creditCode(n);
    ids.push(entityId);
    batch.push(
      api.stores.events.appendToStream(
        `entity-${entityId}`,
        [
          {
            type: 'EntityRegistered',
            data: {
              entityId,
              code: entityId,
              name: `企业${n}`,
              kind: 'enterprise',
              address: '南京',
              regionCode: '320102',
              industryCode: 'H6210',
              tags: [],
              creditRisk: 'ABCD'[n % 4],
              abnormalList: false,
              seriousViolationList: false,
              complaintsThisYear: 0,
              ...profile(n),
            },
            metadata: testMetadata(),
          },
        ],
        { expectedRevision: 'no_stream' },
      ),
    );
    if (batch.length >= 500) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  return ids;
}

async function setUpDepartments(api: ApiHarness, itemClass = 'A'): Promise<Record<string, string>> {
  const items: Record<string, string> = {};
  for (const d of ['scjg', 'xf']) {
    await api.call('POST', '/api/departments', { as: admin, body: { id: d, name: d, regionCode: '320102' } });
    const answer = await api.call<{ id: string }>('POST', '/api/check-items', {
      as: staff(d, ['operator']),
      body: {
        departmentId: d,
        name: '事项',
        basis: '依据',
        targetKinds: ['enterprise'],
        content: '内容',
        methods: ['onsite'],
        itemClass: d === 'scjg' ? itemClass : 'A',
        ...(itemClass === 'B' && d === 'scjg' ? { ratio: 0.2 } : { ratio: 0.05 }),
      },
    });
    items[d] = answer.body.id;
  }
  return items;
}

const lead: Caller = staff('scjg', ['operator']);

async function task(
  api: ApiHarness,
  items: Record<string, string>,
  extra: Record<string, unknown>,
): Promise<string> {
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  const answer = await api.call<{ id: string }>('POST', '/api/tasks', {
    as: lead,
    body: {
      adhocReason: '专项检查',
      name: '抽查',
      participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
      itemIds: [items.scjg],
      criteria: {},
      sampling: { ratio: 0.1 },
      window: { from: today, to: today },
      ...extra,
    },
  });
  expect(answer.status).toBe(201);
  return answer.body.id;
}

interface DrawAnswer {
  drawn: number;
  entityIds: string[];
  record: {
    poolSize: number;
    poolSizes: Record<string, number>;
    quotas: Record<string, number>;
    exclusions: Record<string, number>;
  };
  hints: { checkedThisYear: { entityId: string; checks: number }[] };
}

describe('verifiable entity draws over HTTP', () => {
  const api = new ApiHarness();
  let items: Record<string, string>;

  beforeAll(async () => {
    await api.start();
    items = await setUpDepartments(api);
    // 200 in district 320102, 100 in 320104; every 10th on the abnormal-operations list.
    await seedDirectory(api, 300, (n) => ({
      regionCode: n < 200 ? '320102' : '320104',
      abnormalList: n % 10 === 0,
    }));
  });
  afterAll(() => api.stop());

  it('draws per credit-risk class from the pool the criteria describe, and the draw verifies', async () => {
    const id = await task(api, items, {
      criteria: { regionCodes: ['320102'] },
      sampling: { ratio: 0.1, byCreditRisk: { D: 0.5 } },
    });
    const answer = await api.call<DrawAnswer>('POST', `/api/tasks/${id}/draws/entities`, {
      as: lead,
      body: {},
    });
    expect(answer.status).toBe(201);
    expect(answer.body.record.poolSize).toBe(200);
    expect(answer.body.record.poolSizes).toEqual({ A: 50, B: 50, C: 50, D: 50 });
    expect(answer.body.record.quotas).toEqual({ A: 5, B: 5, C: 5, D: 25 });
    expect(answer.body.drawn).toBe(40);
    // The 100 of 320104 are outside a draw directed at 320102: counted nowhere (docs/draw.md §1).
    expect(answer.body.record.exclusions).toMatchObject({ notMatchingCriteria: 0, yearlyCap: 0 });
    const verify = await api.call<{ verified: boolean; poolSize: number }>(
      'GET',
      `/api/tasks/${id}/draws/verify`,
      {
        as: staff('xf', ['auditor']),
      },
    );
    expect(verify.body).toMatchObject({ verified: true, poolSize: 200, mismatches: [] });
    const checks = await api.call<{ count: number; taskIds: string[] }>(
      'GET',
      `/api/entities/${answer.body.entityIds[0]}/checks`,
      { as: lead },
    );
    expect(checks.body).toMatchObject({ count: 1, taskIds: [id] });
  });

  it('covers a whole city with a city code (GB/T 2260), and marks entities checked already this year', async () => {
    const id = await task(api, items, { criteria: { regionCodes: ['320100'] }, sampling: { count: 300 } });
    const answer = await api.call<DrawAnswer>('POST', `/api/tasks/${id}/draws/entities`, {
      as: lead,
      body: {},
    });
    expect(answer.body.record.poolSize).toBe(300);
    expect(answer.body.hints.checkedThisYear).toHaveLength(40);
  });

  it('leaves out entities drawn twice this year, except the abnormal ones and in a special action', async () => {
    // After the two draws above, the 40 drawn in the first have 2 checks.
    const id = await task(api, items, { sampling: { count: 300 } });
    const capped = await api.call<DrawAnswer>('POST', `/api/tasks/${id}/draws/entities`, {
      as: lead,
      body: {},
    });
    const twice = capped.body.record.exclusions;
    expect(twice.yearlyCap + twice.capExemptions).toBe(40);
    expect(capped.body.record.poolSize).toBe(300 - twice.yearlyCap);
    // Those of the 40 on the abnormal-operations list stay in (exempt); the rest are left out.
    expect(twice.capExemptions).toBe(40 - twice.yearlyCap);
    // Now everyone has 2 checks: only the abnormal-list entities remain, unless a special action.
    const next = await task(api, items, { sampling: { count: 300 } });
    const left = await api.call<DrawAnswer>('POST', `/api/tasks/${next}/draws/entities`, {
      as: lead,
      body: {},
    });
    expect(left.body.record.poolSize).toBe(30);
    const special = await task(api, items, { sampling: { count: 5 } });
    const all = await api.call<DrawAnswer>('POST', `/api/tasks/${special}/draws/entities`, {
      as: lead,
      body: { specialActionReason: '食品安全专项整治' },
    });
    expect(all.body.record.poolSize).toBe(300);
    expect((await api.call('GET', `/api/tasks/${special}/draws/verify`, { as: lead })).body).toMatchObject({
      verified: true,
    });
  });

  it('verifies a draw offline with the cli, from the same data file', async () => {
    const id = await task(api, items, { sampling: { count: 3 }, criteria: { regionCodes: ['320104'] } });
    await api.call('POST', `/api/tasks/${id}/draws/entities`, {
      as: lead,
      body: { specialActionReason: '复查' },
    });
    const { stdout } = await run(process.execPath, cliArgs('verify-draw', id), {
      cwd: join(__dirname, '..'),
      env: { ...process.env, DATA_DIR: api.dir, AUTH_SECRET: TEST_SECRET },
    });
    expect(JSON.parse(stdout)).toMatchObject({ verified: true, poolSize: 100, mismatches: [] });
  });

  it('names what is missing when too few inspectors can be drawn, and records an appointment with its reason', async () => {
    const person = await api.call<{ id: string }>('POST', '/api/inspectors', {
      as: lead,
      body: {
        departmentId: 'scjg',
        name: '外区检查员',
        idCardNumber: '11010519491231002X',
        category: 'certified',
        ...enforcementCertificate(),
        regionCode: '320199',
      },
    });
    const id = await task(api, items, {
      participants: [],
      sampling: { count: 1 },
      criteria: { regionCodes: ['320104'] },
    });
    const drawn = await api.call<DrawAnswer>('POST', `/api/tasks/${id}/draws/entities`, {
      as: lead,
      body: { specialActionReason: '复查' },
    });
    const [entityId] = drawn.body.entityIds;
    const short = await api.call<ErrorAnswer>('POST', `/api/tasks/${id}/draws/inspectors`, {
      as: lead,
      body: {},
    });
    expect(short.body).toMatchObject({
      statusCode: 409,
      code: 'INSPECTOR_POOL_TOO_SMALL',
      details: { shortages: [{ entityId, departmentId: 'scjg', needed: 2, available: 0 }] },
    });
    const tooMany = await api.call<ErrorAnswer>('POST', `/api/tasks/${id}/draws/inspectors`, {
      as: lead,
      body: {
        perEntity: 1,
        appointments: [{ entityId, inspectorIds: [person.body.id, person.body.id + 'x'], reason: '两人' }],
      },
    });
    expect(tooMany.body).toMatchObject({
      statusCode: 409,
      code: 'APPOINTMENT_NOT_NEEDED',
      details: { unneeded: [{ entityId, missing: 1 }] },
    });
    const appointed = await api.call<{ record: { appointed: unknown[] } }>(
      'POST',
      `/api/tasks/${id}/draws/inspectors`,
      {
        as: lead,
        body: {
          perEntity: 1,
          appointments: [
            { entityId, inspectorIds: [person.body.id], reason: '本区无持证人员，指派外区人员' },
          ],
        },
      },
    );
    expect(appointed.status).toBe(201);
    expect(appointed.body.record.appointed).toEqual([
      { entityId, inspectorId: person.body.id, reason: '本区无持证人员，指派外区人员' },
    ]);
  });

  it('refuses a second draw, a draw by another department, and an empty pool', async () => {
    const id = await task(api, items, { criteria: { regionCodes: ['310101'] } });
    const empty = await api.call<ErrorAnswer>('POST', `/api/tasks/${id}/draws/entities`, {
      as: lead,
      body: {},
    });
    expect(empty.body).toMatchObject({ statusCode: 409, code: 'DRAW_POOL_EMPTY' });
    const other = await task(api, items, {});
    const byXf = await api.call<ErrorAnswer>('POST', `/api/tasks/${other}/draws/entities`, {
      as: staff('xf', ['operator']),
      body: {},
    });
    expect(byXf.body).toMatchObject({ code: 'NOT_THE_LEAD_DEPARTMENT' });
    await api.call('POST', `/api/tasks/${other}/draws/entities`, { as: lead, body: {} });
    const again = await api.call<ErrorAnswer>('POST', `/api/tasks/${other}/draws/entities`, {
      as: lead,
      body: {},
    });
    expect(again.body).toMatchObject({ statusCode: 409, code: 'ENTITIES_ALREADY_DRAWN' });
  });
});

/*
 * Two full parts and one of a single entity: enough to show the split, the last part's remainder
 * and the bound on each part; a larger draw only repeats full parts.
 */
const LARGE_DRAW = 2 * DRAW_PART_SIZE + 1;

describe(`a draw of ${LARGE_DRAW} entities`, () => {
  const api = new ApiHarness();
  beforeAll(() => api.start(), 60_000);
  afterAll(() => api.stop());

  it(
    'is stored in parts small enough for EventStoreDB (1 MiB per append), and verifies',
    async () => {
      const items = await setUpDepartments(api);
      await seedDirectory(api, LARGE_DRAW, () => ({}));
      const id = await task(api, items, { sampling: { count: LARGE_DRAW } });
      const answer = await api.call<DrawAnswer>('POST', `/api/tasks/${id}/draws/entities`, {
        as: lead,
        body: {},
      });
      expect(answer.status).toBe(201);
      expect(answer.body.drawn).toBe(LARGE_DRAW);
      const sizes: number[] = [];
      const types: string[] = [];
      for await (const event of api.stores.events.readStream(`inspectionTask-${id}`)) {
        types.push(event.type);
        sizes.push(Buffer.byteLength(JSON.stringify(event.data)));
      }
      expect(types.filter((t) => t === 'DrawnEntitiesListed')).toHaveLength(3);
      expect(Math.max(...sizes)).toBeLessThan(512 * 1024);
      const state = await api.call<{ entityIds: string[] }>('GET', `/api/tasks/${id}`, { as: lead });
      expect(new Set(state.body.entityIds).size).toBe(LARGE_DRAW);
      const verify = await api.call('GET', `/api/tasks/${id}/draws/verify`, { as: lead });
      expect(verify.body).toMatchObject({ verified: true, poolSize: LARGE_DRAW });
    },
    CLI_TEST_TIMEOUT,
  );
});
