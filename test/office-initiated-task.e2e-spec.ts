import { usccCheckCharacter } from '@app/domain';
import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';

/**
 * The joint office initiates a joint task itself from the year's joint plan (Gui'an 第39条), naming
 * an industry department as lead (第36条); the lead draws the entities and locks as any lead (第41条);
 * the office may cancel its task before the pool is frozen (ADR 41).
 */
describe('a joint task initiated by the joint office', () => {
  const api = new ApiHarness();
  const coordinator = staff('lxb', ['coordinator'], 'u-coordinator-lxb-7a');
  const otherOffice = staff('lxb-gl', ['coordinator'], 'u-coordinator-gl-8b');
  const operator = staff('scjg', ['operator'], 'u-op-scjg-c3');
  const xf = staff('xf', ['operator'], 'u-op-xf-e5');
  const items: Record<string, string> = {};
  const plans: Record<string, string> = {};

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
  const task = (fields: Record<string, unknown> = {}) => ({
    planId: plans.joint,
    leadDepartmentId: 'scjg',
    name: '联席办发起的联合抽查',
    participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
    itemIds: [items.scjg],
    criteria: { regionCodes: ['320102'] },
    sampling: { ratio: 0.5 },
    window: { from: '2026-04-01', to: '2026-04-30' },
    ...fields,
  });
  const initiate = (fields: Record<string, unknown> = {}, as: Caller = coordinator) =>
    refused('POST', '/api/joint-office/tasks', as, task(fields));

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true', DRAW_WITHOUT_BEACON: 'any' });
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-03-02T02:00:00.000Z' });
    const units = [
      { id: 'lxb', name: '玄武区联席办', regionCode: '320102', kind: 'joint-office' },
      { id: 'lxb-gl', name: '鼓楼区联席办', regionCode: '320106', kind: 'joint-office' },
      { id: 'scjg', name: '玄武区市场监管局', regionCode: '320102' },
      { id: 'xf', name: '玄武区消防救援大队', regionCode: '320102' },
      { id: 'gl', name: '鼓楼区市场监管局', regionCode: '320106' },
    ];
    for (const unit of units) await ok('POST', '/api/departments', admin, unit);
    for (const d of ['scjg', 'xf', 'gl']) {
      items[d] = (
        await ok<{ id: string }>('POST', '/api/check-items', staff(d, ['operator']), {
          departmentId: d,
          name: `${d}检查事项`,
          basis: '依据',
          targetKinds: ['enterprise'],
          content: '内容',
          methods: ['onsite'],
          itemClass: 'A',
          ratio: 0.05,
        })
      ).id;
    }
    for (let n = 0; n < 4; n += 1) {
      const first17 = `91320102MA0002${n}0X`.slice(0, 17);
      await ok('POST', '/api/entities', operator, {
        code: first17 + usccCheckCharacter(first17),
        name: `南京某公司${n}`,
        kind: 'enterprise',
        address: '南京',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'B',
      });
    }
    const plan = async (key: string, lead: string, cooperating: string[]) => {
      plans[key] = (
        await ok<{ id: string }>('POST', '/api/plans', staff(lead, ['operator']), {
          year: 2026,
          name: `2026年度${lead}联合抽查计划`,
          leadDepartmentId: lead,
          cooperatingDepartmentIds: cooperating,
          itemIds: [items[lead], ...cooperating.map((d) => items[d])],
          targetCriteria: {},
          ratiosByCreditRisk: { A: 0.5, B: 0.5 },
          window: { from: '2026-03-01', to: '2026-11-30' },
        })
      ).id;
      await ok('POST', `/api/plans/${plans[key]}/publish`, staff(lead, ['head']));
    };
    await plan('joint', 'scjg', ['xf']);
    await plan('gl', 'gl', []);
  }, 60_000);

  afterAll(() => api.stop());

  let taskId = '';

  it('a coordinator initiates from a plan filed with the office: the lead’s task, recorded as the office’s', async () => {
    const answer = await initiate();
    expect(answer.status).toBe(201);
    taskId = (answer as unknown as { id: string }).id;
    const state = await ok(`GET`, `/api/tasks/${taskId}`, operator);
    expect(state).toMatchObject({
      status: 'initiated',
      leadDepartmentId: 'scjg',
      initiatedByOffice: { officeId: 'lxb' },
      participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
    });
    const history = await ok<{ type: string; data: Record<string, unknown> }[]>(
      'GET',
      `/api/tasks/${taskId}/history`,
      coordinator,
    );
    expect(history[0]).toMatchObject({
      type: 'InspectionTaskInitiated',
      data: { initiatedByOffice: { officeId: 'lxb' } },
    });
  });

  it('the participant answers and the lead draws the entities, as in any task (Gui’an 第41条)', async () => {
    await ok('POST', `/api/tasks/${taskId}/responses`, xf, { accepted: true, itemIds: [items.xf] });
    const drawn = await ok<{ entityIds: string[] }>(
      'POST',
      `/api/tasks/${taskId}/draws/entities`,
      operator,
      {},
    );
    expect(drawn.entityIds.length).toBeGreaterThan(0);
    expect(
      await refused('POST', `/api/tasks/${taskId}/cancel`, coordinator, { reason: '取消' }),
    ).toMatchObject({
      status: 409,
      code: 'CANCELLATION_NEEDS_APPROVAL',
    });
  });

  it('the office cancels a task of its own before the draw; another office may not', async () => {
    const other = (await initiate({ name: '第二项联合抽查' })) as unknown as { id: string };
    expect(
      await refused('POST', `/api/tasks/${other.id}/cancel`, otherOffice, { reason: '取消' }),
    ).toMatchObject({
      status: 403,
      code: 'NOT_THE_LEAD_DEPARTMENT',
    });
    const cancelled = await ok(`POST`, `/api/tasks/${other.id}/cancel`, coordinator, { reason: '计划调整' });
    expect(cancelled).toMatchObject({ status: 'cancelled' });
  });

  it('refuses who may not: an operator 403 ROLE_NOT_ALLOWED, a coordinator of no joint office 403 NOT_A_JOINT_OFFICE', async () => {
    expect(await initiate({}, operator)).toMatchObject({ status: 403, code: 'ROLE_NOT_ALLOWED' });
    expect(await initiate({}, staff('scjg', ['coordinator'], 'u-coord-scjg-f6'))).toMatchObject({
      status: 403,
      code: 'NOT_A_JOINT_OFFICE',
    });
  });

  it('refuses a task outside the rules of 第36、39条 with 409 and the rule', async () => {
    const { planId: _p, ...withoutPlan } = task({ adhocReason: '群众举报' });
    const noPlan = await refused('POST', '/api/joint-office/tasks', coordinator, withoutPlan);
    expect(noPlan).toMatchObject({ status: 409, code: 'OFFICE_TASK_NEEDS_PLAN' });
    expect(await initiate({ leadDepartmentId: 'lxb' })).toMatchObject({
      status: 409,
      code: 'LEAD_NOT_AN_INDUSTRY_DEPARTMENT',
    });
    expect(
      await initiate({ planId: plans.gl, leadDepartmentId: 'gl', participants: [], itemIds: [items.gl] }),
    ).toMatchObject({ status: 409, code: 'PLAN_NOT_FILED_WITH_OFFICE' });
    expect(await initiate({ leadDepartmentId: 'gl', participants: [], itemIds: [items.gl] })).toMatchObject({
      status: 409,
      code: 'OFFICE_TASK_LEAD_NOT_IN_PLAN',
    });
  });
});
