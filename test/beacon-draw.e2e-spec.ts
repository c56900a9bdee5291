import type { DrawBeaconPolicy } from '@app/contract';
import { testMetadata } from '@app/event-store/testing/event-store.contract';
import { sampleCreditCode, sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { ApiHarness, type ErrorAnswer, admin, matching, staff } from './support/api-harness';
import { setUpDepartments, enforcementCertificate } from './support/task-fixtures';

/**
 * A draw nobody can steer (docs/draw.md §2): the task names a future beacon round, the pool is
 * frozen before it is public, its value is entered and confirmed by two departments, and the draw
 * combines every seed with it. Driven on the simulated clock.
 */
/** A revealed seed: 32 bytes in hex. */
const HEX64 = matching(/^[0-9a-f]{64}$/);

describe('the beacon draw', () => {
  const api = new ApiHarness();
  const lead = staff('scjg', ['operator']);
  const leadHead = staff('scjg', ['head'], 'head-scjg');
  const xf = staff('xf', ['operator']);
  let items: Record<string, string>;
  let taskId: string;

  const setClock = (now: string) => api.call('PUT', '/api/admin/clock', { as: admin, body: { now } });
  const post = <T = ErrorAnswer>(path: string, as = lead, body: unknown = {}) =>
    api.call<T>('POST', `/api/tasks/${taskId}${path}`, { as, body });

  async function register(n: number) {
    const entityId = sampleCreditCode(n);
    await api.stores.events.appendToStream(
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
            creditRisk: 'A',
            abnormalList: false,
            seriousViolationList: false,
            complaintsThisYear: 0,
          },
          metadata: testMetadata(),
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    return entityId;
  }

  const taskBody = (extra: Record<string, unknown> = {}) => ({
    adhocReason: '专项检查',
    name: '公共随机源抽取',
    participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
    itemIds: [items.scjg],
    criteria: {},
    sampling: { count: 5 },
    window: { from: '2026-05-04', to: '2026-06-30' },
    beacon: { source: 'cwl-3d', round: '2026115', drawDate: '2026-05-01' },
    ...extra,
  });

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true', DRAW_WITHOUT_BEACON: 'never' });
    await setClock('2026-05-01T01:00:00.000Z');
    items = await setUpDepartments(api);
    for (const d of ['scjg', 'xf']) {
      for (let n = 0; n < 2; n += 1) {
        await api.call('POST', '/api/inspectors', {
          as: staff(d, ['operator']),
          body: {
            departmentId: d,
            name: `${d}检查员${n}`,
            idCardNumber: sampleIdCardNumber(d === 'scjg' ? n : 10 + n),
            category: 'certified',
            ...enforcementCertificate(),
            regionCode: '320102',
          },
        });
      }
    }
    for (let n = 0; n < 30; n += 1) await register(n);
  });
  afterAll(() => api.stop());

  it("tells any signed-in official the deployment's policy: the sources it accepts, and never without one", async () => {
    const answer = await api.call<DrawBeaconPolicy>('GET', '/api/draw-beacons', { as: xf });
    expect(answer.status).toBe(200);
    expect(answer.body.withoutBeacon).toBe('never');
    expect(answer.body.sources.map((s) => s.id)).toEqual(['cwl-3d', 'cslc-pl5', 'drand-quicknet']);
    const drand = answer.body.sources[2];
    expect(drand.name.en).toBe('drand quicknet beacon');
    expect(drand.value.pattern).toBe('^[0-9a-f]{64}$');
    expect(drand.publication).toEqual({ kind: 'periodic', genesisUnixSeconds: 1692803367, periodSeconds: 3 });
    expect(answer.body.sources[0].publication).toEqual({ kind: 'daily', at: '21:15' });
  });

  it('refuses a task without a round where the deployment never draws without one', async () => {
    const { beacon: _beacon, ...without } = taskBody();
    const answer = await api.call<ErrorAnswer>('POST', '/api/tasks', { as: lead, body: without });
    expect(answer).toMatchObject({ status: 409, body: { code: 'DRAW_BEACON_REQUIRED' } });
  });

  it('refuses a round written otherwise than its source writes it, naming the field (400)', async () => {
    const answer = await api.call<ErrorAnswer>('POST', '/api/tasks', {
      as: lead,
      body: taskBody({ beacon: { source: 'cwl-3d', round: '115', drawDate: '2026-05-01' } }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.details).toEqual([expect.objectContaining({ field: 'beacon.round' })]);
  });

  it('refuses a round already published', async () => {
    const answer = await api.call<ErrorAnswer>('POST', '/api/tasks', {
      as: lead,
      body: taskBody({ beacon: { source: 'cwl-3d', round: '2026114', drawDate: '2026-04-30' } }),
    });
    expect(answer).toMatchObject({ status: 409, body: { code: 'BEACON_ROUND_ALREADY_PUBLISHED' } });
  });

  it('freezes the pool before the round, takes the value after it from two departments, and draws by both', async () => {
    const created = await api.call<{ id: string }>('POST', '/api/tasks', { as: lead, body: taskBody() });
    expect(created.status).toBe(201);
    taskId = created.body.id;
    const task = await api.call<{ beacon: unknown }>('GET', `/api/tasks/${taskId}`, { as: lead });
    expect(task.body.beacon).toEqual({
      source: 'cwl-3d',
      round: '2026115',
      drawDate: '2026-05-01',
      publishedAt: '2026-05-01T13:15:00.000Z',
    });
    expect(await post('/draws/entities')).toMatchObject({ status: 409, body: { code: 'POOL_NOT_FROZEN' } });
    expect(await post('/pool-freeze')).toMatchObject({ status: 409, body: { code: 'RESPONSES_PENDING' } });
    expect((await post('/responses', xf, { accepted: true, itemIds: [items.xf] })).status).toBe(201);

    const frozen = await post<{ position: number }>('/pool-freeze');
    expect(frozen.status).toBe(201);
    expect(await post('/pool-freeze')).toMatchObject({ status: 409, body: { code: 'POOL_ALREADY_FROZEN' } });
    // Registered after the freeze: not in the pool, whatever the beacon turns out to be.
    const late = await register(99);
    expect(await post('/beacon-value', lead, { value: '528' })).toMatchObject({
      status: 409,
      body: { code: 'BEACON_NOT_YET_PUBLISHED' },
    });

    await setClock('2026-05-01T13:20:00.000Z');
    expect(await post('/draws/entities')).toMatchObject({
      status: 409,
      body: { code: 'BEACON_VALUE_NOT_CONFIRMED' },
    });
    const malformed = await post('/beacon-value', lead, { value: '5280' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.details).toEqual([
      expect.objectContaining({
        field: 'value',
        rule: 'beaconValueFormat',
        params: expect.objectContaining({ source: 'cwl-3d' }) as unknown,
      }),
    ]);
    expect((await post('/beacon-value', lead, { value: ' 5 2 8 ' })).status).toBe(201);
    expect(await post('/beacon-value/confirmation', lead, { value: '528' })).toMatchObject({
      status: 403,
      body: { code: 'BEACON_CONFIRMER_IS_ENTERER' },
    });
    expect(await post('/beacon-value/confirmation', leadHead, { value: '528' })).toMatchObject({
      status: 403,
      body: { code: 'BEACON_CONFIRMER_SAME_DEPARTMENT' },
    });
    expect(await post('/beacon-value/confirmation', xf, { value: '529' })).toMatchObject({
      status: 409,
      body: { code: 'BEACON_VALUE_MISMATCH' },
    });
    expect((await post('/beacon-value/confirmation', xf, { value: '528' })).status).toBe(201);
    const chosen = await post('/draws/entities', lead, { publicRandom: '双色球' });
    expect(chosen.status).toBe(400);
    expect(chosen.body.details).toEqual([expect.objectContaining({ field: 'publicRandom' })]);

    const drawn = await post<{ entityIds: string[]; record: Record<string, unknown> }>('/draws/entities');
    expect(drawn.status).toBe(201);
    expect(drawn.body.entityIds).toHaveLength(5);
    expect(drawn.body.entityIds).not.toContain(late);
    expect(drawn.body.record).toMatchObject({
      algorithm: 'ssj-stratified-sha256-v2',
      position: frozen.body.position,
      poolSize: 30,
      beacon: { source: 'cwl-3d', round: '2026115', value: '528', publishedAt: '2026-05-01T13:15:00.000Z' },
      operatorTrusted: null,
      seeds: {
        lead: HEX64,
        contributions: { xf: HEX64 },
        inspectors: {
          scjg: HEX64,
          xf: HEX64,
        },
      },
    });

    for (const by of [lead, xf]) expect((await post('/draws/inspectors', by)).status).toBe(201);
    const verified = await api.call('GET', `/api/tasks/${taskId}/draws/verify`, { as: lead });
    expect(verified.body).toMatchObject({ verified: true, poolSize: 30, mismatches: [] });
  });
});
