import { ApiHarness, type ErrorAnswer, staff } from './support/api-harness';
import { creditCode, initiateTask, leadOperator, setUpDepartments } from './support/task-fixtures';

interface Entry {
  revision: number;
  type: string;
  occurredAt: string;
  actor: { id: string; roles: string[]; departmentId: string };
  reason?: string;
  state: Record<string, unknown>;
}

describe('history for auditors: every act, and any aggregate as it stood', () => {
  const api = new ApiHarness();
  const auditor = staff('jjjc', ['auditor']);
  let items: Record<string, string>;

  beforeAll(async () => {
    await api.start();
    items = await setUpDepartments(api);
  }, 30_000);
  afterAll(() => api.stop());

  it('lists a task’s acts with actor, role, department and reason, and the state after each', async () => {
    const id = await initiateTask(api, items);
    await api.call('POST', `/api/tasks/${id}/cancel`, { as: leadOperator, body: { reason: '计划调整' } });
    const history = await api.call<Entry[]>('GET', `/api/tasks/${id}/history`, { as: auditor });
    expect(history.status).toBe(200);
    expect(history.body.map((e) => e.type)).toEqual(['InspectionTaskInitiated', 'InspectionTaskCancelled']);
    expect(history.body[1]).toMatchObject({
      revision: 1,
      actor: { id: leadOperator.sub, roles: ['operator'], departmentId: 'scjg' },
      reason: '计划调整',
      state: { status: 'cancelled' },
    });
    expect(history.body[0].state).toMatchObject({ status: 'initiated' });
  });

  it('answers a task as it stood at a revision or a time', async () => {
    const id = await initiateTask(api, items);
    const initiatedAt = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await api.call('POST', `/api/tasks/${id}/cancel`, { as: leadOperator, body: { reason: '计划调整' } });
    const atRevision = await api.call<{ revision: number; status: string }>('GET', `/api/tasks/${id}?at=0`, {
      as: auditor,
    });
    expect(atRevision.body).toMatchObject({ id, revision: 0, status: 'initiated' });
    const atTime = await api.call<{ revision: number; status: string }>(
      'GET',
      `/api/tasks/${id}?at=${encodeURIComponent(initiatedAt)}`,
      { as: auditor },
    );
    expect(atTime.body).toMatchObject({ revision: 0, status: 'initiated' });
    expect((await api.call<{ status: string }>('GET', `/api/tasks/${id}`, { as: auditor })).body.status).toBe(
      'cancelled',
    );
    const before = await api.call<ErrorAnswer>('GET', `/api/tasks/${id}?at=2000-01-01T00:00:00Z`, {
      as: auditor,
    });
    expect(before.status).toBe(404);
  });

  it('answers an entity’s directory entry as it stood, and its history of changes', async () => {
    const created = await api.call<{ id: string }>('POST', '/api/entities', {
      as: leadOperator,
      body: {
        code: creditCode(1),
        name: '老字号',
        kind: 'enterprise',
        address: '江苏省南京市',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'A',
      },
    });
    const id = created.body.id;
    await api.call('PATCH', `/api/entities/${id}`, { as: leadOperator, body: { name: '新字号' } });
    const then = await api.call<{ profile: { name: string } }>('GET', `/api/entities/${id}?at=0`, {
      as: auditor,
    });
    expect(then.body.profile.name).toBe('老字号');
    const history = await api.call<Entry[]>('GET', `/api/entities/${id}/history`, { as: auditor });
    expect(history.body.map((e) => e.type)).toEqual(['EntityRegistered', 'EntityUpdated']);
  });

  it('answers a plan as it stood, and its history', async () => {
    const plan = await api.call<{ id: string }>('POST', '/api/plans', {
      as: leadOperator,
      body: {
        year: 2026,
        name: '年度抽查计划',
        leadDepartmentId: 'scjg',
        cooperatingDepartmentIds: ['xf'],
        itemIds: [items.scjg, items.xf],
        targetCriteria: { kinds: ['enterprise'] },
        ratiosByCreditRisk: { A: 0.03, B: 0.05, C: 0.1, D: 0.3 },
        window: { from: '2026-03-01', to: '2026-11-30' },
      },
    });
    expect(plan.status).toBe(201);
    // Not published yet: the year's plans cover none of the items; published, they cover both.
    const before = await api.call<{ departments: { departmentId: string; uncovered: { id: string }[] }[] }>(
      'GET',
      '/api/plans/coverage?year=2026',
      { as: auditor },
    );
    expect(before.body.departments.map((d) => [d.departmentId, d.uncovered.map((i) => i.id)])).toEqual([
      ['scjg', [items.scjg]],
      ['xf', [items.xf]],
    ]);
    expect(
      (await api.call('POST', `/api/plans/${plan.body.id}/publish`, { as: leadOperator, body: {} })).status,
    ).toBe(200);
    const after = await api.call<{ departments: { covered: number; uncovered: unknown[] }[] }>(
      'GET',
      '/api/plans/coverage?year=2026&departmentId=xf',
      { as: auditor },
    );
    expect(after.body.departments).toEqual([
      { departmentId: 'xf', activeItems: 1, covered: 1, uncovered: [] },
    ]);
    const withProgress = await api.call<{ progress: unknown }>('GET', `/api/plans/${plan.body.id}`, {
      as: auditor,
    });
    expect(withProgress.body.progress).toEqual({
      tasks: { initiated: 0, locked: 0, cancelled: 0 },
      entitiesDrawn: 0,
      results: { owed: 0, entered: 0, published: 0, publishedOnTime: 0, publishedLate: 0 },
    });
    expect((await api.call('GET', '/api/plans/coverage', { as: auditor })).status).toBe(400);
    const then = await api.call<{ revision: number }>('GET', `/api/plans/${plan.body.id}?at=0`, {
      as: auditor,
    });
    expect(then.body.revision).toBe(0);
    const history = await api.call<Entry[]>('GET', `/api/plans/${plan.body.id}/history`, { as: auditor });
    expect(history.body[0].type).toBe('PlanDrafted');
  });

  it('refuses an `at` that is neither a revision nor a time, and unknown ids', async () => {
    const id = await initiateTask(api, items);
    const bad = await api.call<ErrorAnswer>('GET', `/api/tasks/${id}?at=yesterday`, { as: auditor });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.details)).toContain('at');
    for (const path of ['/api/tasks/none/history', '/api/plans/none/history', '/api/entities/none/history']) {
      expect((await api.call('GET', path, { as: auditor })).status).toBe(404);
    }
    expect((await api.call('GET', `/api/tasks/${id}/history`)).status).toBe(401);
  });
});
