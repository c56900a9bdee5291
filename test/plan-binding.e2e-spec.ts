import type { PlanExecution } from '@app/contract';
import { usccCheckCharacter } from '@app/domain';
import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';

/**
 * Plans and items bind the draw (Yiyuan 十三; Gui'an 第8、29条; ADR 38): a task beyond its plan's
 * class ratios or target criteria is refused unless it states a reason, and is drawn only after a
 * head of the lead approves; an item's frequencyPerYear leaves out entities already checked on it
 * that often this year, recorded in the draw and checked again by its verification.
 */
describe('plans and items bind the draw', () => {
  const api = new ApiHarness();
  const operator = staff('scjg', ['operator'], 'u-operator-scjg-b1');
  const head = staff('scjg', ['head'], 'u-head-scjg-b2');
  const items: Record<string, string> = {};
  const entities: string[] = [];
  let planId = '';

  const call = async <T>(method: string, path: string, as: Caller, body?: unknown) =>
    api.call<T>(method, path, { as, body });
  const ok = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ) => {
    const answer = await call<T>(method, path, as, body);
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const refused = async (method: string, path: string, as: Caller, body?: unknown) => {
    const answer = await call<ErrorAnswer>(method, path, as, body);
    return { ...answer.body, status: answer.status };
  };
  const task = (fields: Record<string, unknown>) => ({
    planId,
    name: '计划内抽查',
    participants: [],
    itemIds: [items.once],
    criteria: { regionCodes: ['320102'] },
    sampling: { ratio: 0.5, byCreditRisk: { B: 0.5 } },
    window: { from: '2026-04-01', to: '2026-04-30' },
    ...fields,
  });
  type Drawn = {
    drawn: number;
    entityIds: string[];
    record: {
      poolSize: number;
      itemFrequency?: { frequencies: Record<string, number>; excluded: string[] };
      exclusions: Record<string, number>;
    };
  };
  const draw = (taskId: string) => ok<Drawn>('POST', `/api/tasks/${taskId}/draws/entities`, operator, {});
  const verify = (taskId: string) =>
    ok<{ verified: boolean; mismatches: string[] }>('GET', `/api/tasks/${taskId}/draws/verify`, operator);

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true', DRAW_WITHOUT_BEACON: 'any' });
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-03-02T02:00:00.000Z' });
    await ok('POST', '/api/departments', admin, { id: 'scjg', name: '市场监管局', regionCode: '320102' });
    for (const [key, frequency] of [
      ['once', 1],
      ['any', undefined],
    ] as const) {
      items[key] = (
        await ok<{ id: string }>('POST', '/api/check-items', operator, {
          departmentId: 'scjg',
          name: `${key}检查事项`,
          basis: '依据',
          targetKinds: ['enterprise'],
          content: '内容',
          methods: ['onsite'],
          itemClass: 'A',
          ratio: 0.05,
          ...(frequency ? { frequencyPerYear: frequency } : {}),
        })
      ).id;
    }
    for (let n = 0; n < 4; n += 1) {
      const first17 = `91320102MA0001${n}0X`.slice(0, 17);
      const code = first17 + usccCheckCharacter(first17);
      await ok('POST', '/api/entities', operator, {
        code,
        name: `南京某公司${n}`,
        kind: 'enterprise',
        address: '南京',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'B',
      });
      entities.push(code);
    }
    planId = (
      await ok<{ id: string }>('POST', '/api/plans', operator, {
        year: 2026,
        name: '2026年度抽查计划',
        leadDepartmentId: 'scjg',
        cooperatingDepartmentIds: [],
        itemIds: [items.once, items.any],
        targetCriteria: { regionCodes: ['320102'] },
        ratiosByCreditRisk: { A: 0.5, B: 0.5, D: 0.5 },
        window: { from: '2026-03-01', to: '2026-11-30' },
      })
    ).id;
    await ok('POST', `/api/plans/${planId}/publish`, head);
  }, 60_000);

  afterAll(() => api.stop());

  let beyond = '';
  let first: string[] = [];

  it('refuses a task sampling a class above its plan, with no reason: 409 TASK_BEYOND_PLAN', async () => {
    const answer = await refused(
      'POST',
      '/api/tasks',
      operator,
      task({ sampling: { ratio: 0.5, byCreditRisk: { B: 1 } } }),
    );
    expect(answer).toMatchObject({ status: 409, code: 'TASK_BEYOND_PLAN' });
    expect(JSON.stringify(answer)).toContain('RATIO_ABOVE_PLAN');
  });

  it("refuses criteria outside the plan's target criteria, with no reason: 409 TASK_BEYOND_PLAN", async () => {
    const answer = await refused(
      'POST',
      '/api/tasks',
      operator,
      task({ criteria: { regionCodes: ['320104'] } }),
    );
    expect(answer).toMatchObject({ status: 409, code: 'TASK_BEYOND_PLAN' });
  });

  it('with a reason, initiates; the draw waits for a head of the lead: 409 BEYOND_PLAN_NOT_APPROVED', async () => {
    beyond = (
      await ok<{ id: string }>(
        'POST',
        '/api/tasks',
        operator,
        task({ sampling: { ratio: 0.5, byCreditRisk: { B: 0.75 } }, beyondPlanReason: '投诉集中，全面检查' }),
      )
    ).id;
    expect(await refused('POST', `/api/tasks/${beyond}/draws/entities`, operator, {})).toMatchObject({
      status: 409,
      code: 'BEYOND_PLAN_NOT_APPROVED',
    });
    expect(
      (await refused('POST', `/api/tasks/${beyond}/beyond-plan-requests/beyond-plan/approve`, operator, {}))
        .status,
    ).toBe(403);
  });

  it('once a head approves, the lead draws; the first check on each item is within its frequency', async () => {
    await ok('POST', `/api/tasks/${beyond}/beyond-plan-requests/beyond-plan/approve`, head, {});
    const drawn = await draw(beyond);
    expect(drawn.drawn).toBe(3);
    first = drawn.entityIds;
    expect(drawn.record.itemFrequency).toEqual({ frequencies: { [items.once]: 1 }, excluded: [] });
    expect(await verify(beyond)).toMatchObject({ verified: true, mismatches: [] });
  });

  it('leaves out entities checked on an item as often as its frequencyPerYear, recorded and verified', async () => {
    const again = (await ok<{ id: string }>('POST', '/api/tasks', operator, task({ name: '再次抽查' }))).id;
    const drawn = await draw(again);
    expect(drawn.record.poolSize).toBe(1);
    expect(drawn.entityIds).toEqual(entities.filter((id) => !first.includes(id)));
    expect(drawn.record.itemFrequency?.excluded).toEqual([...first].sort());
    expect(drawn.record.exclusions.itemFrequency).toBe(3);
    expect(await verify(again)).toMatchObject({ verified: true, mismatches: [] });
  });

  it('an item without a frequency leaves them in (the yearly cap still counts)', async () => {
    const other = (
      await ok<{ id: string }>(
        'POST',
        '/api/tasks',
        operator,
        task({ name: '其他事项抽查', itemIds: [items.any] }),
      )
    ).id;
    const drawn = await draw(other);
    expect(drawn.record.poolSize).toBe(4);
    expect(drawn.record.itemFrequency).toBeUndefined();
    expect(drawn.drawn).toBe(2);
  });

  it("statistics show each department's executed ratio against its plan", async () => {
    await api.stores.projections.waitFor(await api.head(), 20_000);
    const answer = await ok<PlanExecution>('GET', '/api/statistics/plan-execution?year=2026', head);
    expect(answer).toEqual({
      year: 2026,
      plans: [
        {
          planId,
          name: '2026年度抽查计划',
          version: 1,
          pool: { B: 4 },
          planned: 2,
          departments: [
            {
              departmentId: 'scjg',
              role: 'lead',
              tasks: 3,
              drawn: 3 + 1 + 2,
              checked: 0,
              drawnRatio: 3,
              checkedRatio: 0,
            },
          ],
        },
      ],
    });
  });

  describe('a task sampling by count (ADR 41)', () => {
    // Four class-B entities, the plan's B ratio 0.5: ⌈0.5 × 4⌉ = 2 at most.
    const byCount = (count: number, fields: Record<string, unknown> = {}) =>
      task({ name: `按数量抽查${count}户`, sampling: { count }, ...fields });

    it('refuses a count above what the class ratios allow of its pool, with no reason: 409 TASK_BEYOND_PLAN', async () => {
      expect(await refused('POST', '/api/tasks', operator, byCount(3))).toMatchObject({
        status: 409,
        code: 'TASK_BEYOND_PLAN',
        details: { deviations: [{ rule: 'COUNT_ABOVE_PLAN', count: 3, allowed: 2, poolSizes: { B: 4 } }] },
      });
    });

    it('a count within them asks nothing; one above them with a reason waits for a head', async () => {
      const within = (await ok<{ id: string }>('POST', '/api/tasks', operator, byCount(2))).id;
      expect(await ok('GET', `/api/tasks/${within}`, operator)).toMatchObject({ requests: {} });
      const above = (
        await ok<{ id: string }>('POST', '/api/tasks', operator, byCount(3, { beyondPlanReason: '投诉集中' }))
      ).id;
      expect(await ok('GET', `/api/tasks/${above}`, operator)).toMatchObject({
        requests: { 'beyond-plan': { kind: 'beyond_plan', status: 'pending' } },
      });
      expect(await refused('POST', `/api/tasks/${above}/draws/entities`, operator, {})).toMatchObject({
        status: 409,
        code: 'BEYOND_PLAN_NOT_APPROVED',
      });
    });
  });
});
