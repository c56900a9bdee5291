import { idCardCheckCharacter } from '@app/domain';
import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';
import { creditCode, enforcementCertificate } from './support/task-fixtures';

type Team = { members: { inspectorId: string; departmentId: string }[]; leaderId?: string };

/**
 * One visit for overlapping tasks over HTTP (进一次门、查多项事; Yiyuan 十八; Gui'an 第33–35条; ADR 39):
 * two departments' locked tasks drew the same business; one lead proposes a day, the other agrees,
 * a joint team is drawn from their teams, both tasks record it, the business's yearly count counts
 * it once, and each department enters its own result in its own task.
 */
describe('one visit for overlapping tasks over HTTP', () => {
  const api = new ApiHarness();
  const operator = (d: string) => staff(d, ['operator'], `u-operator-${d}`);
  const items: Record<string, string> = {};
  const entity = creditCode(81);
  const tasks: Record<string, string> = {};
  let visitId = '';

  const call = (method: string, path: string, as: Caller, body?: unknown) =>
    api.call<ErrorAnswer & Record<string, unknown>>(method, path, { as, body });
  const ok = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ) => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const teamOf = async (taskId: string) =>
    (await ok<{ teams: Record<string, Team> }>('GET', `/api/tasks/${taskId}`, operator('scjg'))).teams[
      entity
    ];

  async function lockedTask(
    lead: string,
    window: { from: string; to: string },
    lock = true,
  ): Promise<string> {
    const id = (
      await ok<{ id: string }>('POST', '/api/tasks', operator(lead), {
        adhocReason: '专项检查',
        name: `${lead}合并检查测试`,
        participants: [],
        itemIds: [items[lead]],
        criteria: { regionCodes: ['320102'] },
        sampling: { count: 1 },
        window,
      })
    ).id;
    if (!lock) return id;
    await ok('POST', `/api/tasks/${id}/draws/entities`, operator(lead), {});
    await ok('POST', `/api/tasks/${id}/draws/inspectors`, operator(lead), {});
    await ok('POST', `/api/tasks/${id}/lock`, operator(lead));
    return id;
  }

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-04-01T02:00:00.000Z' });
    for (const [d, n] of [
      ['scjg', 1],
      ['xf', 2],
      ['ws', 3],
    ] as const) {
      await ok('POST', '/api/departments', admin, { id: d, name: `部门${d}`, regionCode: '320102' });
      items[d] = (
        await ok<{ id: string }>('POST', '/api/check-items', operator(d), {
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
      for (let i = 0; i < 2; i += 1) {
        const first17 = `3201021980040${n}${i}1`.padEnd(17, '5');
        await ok('POST', '/api/inspectors', operator(d), {
          departmentId: d,
          name: `${d}检查员${i}`,
          idCardNumber: first17 + idCardCheckCharacter(first17),
          category: 'certified',
          ...enforcementCertificate(),
          regionCode: '320102',
        });
      }
    }
    await ok('POST', '/api/entities', operator('scjg'), {
      code: entity,
      name: '合并检查测试公司',
      kind: 'enterprise',
      address: '南京',
      regionCode: '320102',
      industryCode: 'H6210',
      creditRisk: 'B',
    });
    tasks.scjg = await lockedTask('scjg', { from: '2026-04-01', to: '2026-04-30' });
    tasks.xf = await lockedTask('xf', { from: '2026-04-15', to: '2026-05-31' });
    tasks.open = await lockedTask('ws', { from: '2026-04-01', to: '2026-04-30' }, false);
  });
  afterAll(() => api.stop());

  const propose = (as: Caller, body: Record<string, unknown> = {}) =>
    call('POST', '/api/visits', as, {
      entityId: entity,
      taskIds: [tasks.scjg, tasks.xf],
      date: '2026-04-20',
      ...body,
    });

  it('shows the two locked tasks as a possible visit in their overlap', async () => {
    const { visits } = await ok<{ visits: { from: string; to: string; tasks: unknown[] }[] }>(
      'GET',
      `/api/visits?entityId=${entity}`,
      operator('scjg'),
    );
    expect(visits).toEqual([expect.objectContaining({ from: '2026-04-15', to: '2026-04-30' })]);
  });

  it('refuses a proposal by a department that leads none of the tasks (403)', async () => {
    const answer = await propose(operator('ws'));
    expect([answer.status, answer.body.code]).toEqual([403, 'NOT_THE_LEAD_DEPARTMENT']);
  });

  it('refuses a day outside the overlap', async () => {
    const answer = await propose(operator('scjg'), { date: '2026-04-10' });
    expect([answer.status, answer.body.code]).toEqual([409, 'VISIT_DATE_OUTSIDE_OVERLAP']);
  });

  it('refuses a task not locked, and one unknown', async () => {
    const open = await propose(operator('scjg'), { taskIds: [tasks.scjg, tasks.open] });
    expect([open.status, open.body.code]).toEqual([409, 'TASK_NOT_LOCKED']);
    const unknown = await propose(operator('scjg'), { taskIds: [tasks.scjg, 'no-such-task'] });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'TASK_NOT_FOUND']);
  });

  it('refuses an unbounded or malformed proposal (400)', async () => {
    expect((await propose(operator('scjg'), { taskIds: [tasks.scjg] })).status).toBe(400);
    expect(
      (await propose(operator('scjg'), { taskIds: Array.from({ length: 6 }, (_, i) => `t${i}`) })).status,
    ).toBe(400);
    expect((await propose(operator('scjg'), { date: '2026-02-30' })).status).toBe(400);
  });

  it('a lead proposes one day; the other lead agrees; the joint team is drawn from both teams', async () => {
    const proposed = await propose(operator('scjg'));
    expect(proposed.status).toBe(201);
    visitId = proposed.body.visitId as string;
    expect(proposed.body).toMatchObject({ status: 'proposed', agreedTaskIds: [tasks.scjg] });

    const again = await propose(operator('xf'));
    expect([again.status, again.body.code]).toEqual([409, 'TASK_ALREADY_IN_VISIT']);
    const own = await call('POST', `/api/visits/${visitId}/agreement`, operator('scjg'), { agree: true });
    expect([own.status, own.body.code]).toEqual([409, 'VISIT_ALREADY_ANSWERED']);
    const outsider = await call('POST', `/api/visits/${visitId}/agreement`, operator('ws'), { agree: true });
    expect([outsider.status, outsider.body.code]).toEqual([403, 'NOT_THE_LEAD_DEPARTMENT']);
    const bare = await call('POST', `/api/visits/${visitId}/agreement`, operator('xf'), { agree: false });
    expect(bare.status).toBe(400);

    const agreed = await ok<{ status: string; team: Team; teamBasis: string }>(
      'POST',
      `/api/visits/${visitId}/agreement`,
      operator('xf'),
      { agree: true },
    );
    expect(agreed.status).toBe('agreed');
    expect(agreed.team.members.map((m) => m.departmentId).sort()).toEqual(['scjg', 'xf']);
    const drawnFrom = [...(await teamOf(tasks.scjg)).members, ...(await teamOf(tasks.xf)).members];
    for (const member of agreed.team.members) expect(drawnFrom).toContainEqual(member);
    expect(agreed.teamBasis).toMatch(/^[0-9a-f]{64}$/);

    const check = await ok<{ verified: boolean; computed: { basis: string } }>(
      'GET',
      `/api/visits/${visitId}/team-verification`,
      staff('scjg', ['auditor'], 'u-auditor'),
    );
    expect(check).toMatchObject({ verified: true, computed: { basis: agreed.teamBasis } });

    const late = await call('POST', `/api/visits/${visitId}/agreement`, operator('xf'), { agree: true });
    expect([late.status, late.body.code]).toEqual([409, 'VISIT_ALREADY_DECIDED']);
    expect((await call('GET', '/api/visits/no-such-visit', operator('xf'))).status).toBe(404);
    expect(
      (await call('POST', '/api/visits/no-such-visit/agreement', operator('xf'), { agree: true })).status,
    ).toBe(404);
  });

  it('both tasks record the visit in their own histories', async () => {
    for (const taskId of [tasks.scjg, tasks.xf]) {
      const history = await ok<{ type: string; data: Record<string, unknown> }[]>(
        'GET',
        `/api/tasks/${taskId}/history`,
        operator('scjg'),
      );
      const joined = history.filter((e) => e.type === 'TaskJoinedVisit');
      expect(joined).toHaveLength(1);
      expect(joined[0].data).toMatchObject({ visitId, entityId: entity, date: '2026-04-20' });
    }
  });

  it('the business’s yearly count counts the visit once, and GET /api/visits shows it agreed', async () => {
    await api.stores.projections.waitFor(await api.head(), 20_000);
    const checks = await ok<{ count: number; taskIds: string[] }>(
      'GET',
      `/api/entities/${entity}/checks?year=2026`,
      operator('scjg'),
    );
    expect(checks.count).toBe(1);
    expect(checks.taskIds.sort()).toEqual([tasks.scjg, tasks.xf].sort());
    const { agreed } = await ok<{ agreed: { visitId: string; status: string; date: string }[] }>(
      'GET',
      `/api/visits?entityId=${entity}`,
      operator('xf'),
    );
    expect(agreed).toEqual([expect.objectContaining({ visitId, status: 'agreed', date: '2026-04-20' })]);
  });

  it('the draw’s yearly cap sees one check: a third task may still draw the business, verifiably', async () => {
    // Two draws would reach the cap (DRAW_YEARLY_CAP 2); the visit makes them one.
    const drawn = await ok<{ entityIds: string[] }>(
      'POST',
      `/api/tasks/${tasks.open}/draws/entities`,
      operator('ws'),
      {},
    );
    expect(drawn.entityIds).toEqual([entity]);
    const verify = await ok<{ verified: boolean }>(
      'GET',
      `/api/tasks/${tasks.open}/draws/verify`,
      operator('ws'),
    );
    expect(verify.verified).toBe(true);
  });

  it('each department enters its own result in its own task', async () => {
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-04-21T02:00:00.000Z' });
    for (const d of ['scjg', 'xf']) {
      const inspector = (await teamOf(tasks[d])).members.find((m) => m.departmentId === d)!;
      await ok(
        'POST',
        `/api/tasks/${tasks[d]}/results`,
        { sub: inspector.inspectorId, department: d, roles: ['inspector'] },
        {
          entityId: entity,
          category: 'no_issue_found',
          method: 'onsite',
          itemFindings: [{ itemId: items[d], finding: '未发现问题', compliant: true }],
          inspectedOn: '2026-04-20',
        },
      );
    }
    for (const d of ['scjg', 'xf']) {
      const task = await ok<{ entered: Record<string, unknown> }>(
        'GET',
        `/api/tasks/${tasks[d]}`,
        operator(d),
      );
      expect(Object.keys(task.entered)).toEqual([`${entity}|${d}`]);
    }
  });
});
