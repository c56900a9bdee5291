import { idCardCheckCharacter, usccCheckCharacter } from '@app/domain';
import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';
import { checkItemBody, enforcementCertificate } from './support/task-fixtures';

/*
 * A joint task whose participant never answers (Gui'an 第四十条、第四十八条), on the simulated clock:
 * initiated Monday 2026-03-02, answers due two working days later (03-04). After the deadline the
 * lead goes on without ws; ws takes no part, its late answer is refused, the overdue-response
 * report lists it as not answering, and the joint office's 通报 list names it.
 */
describe('a silent participant does not block a joint task', () => {
  const api = new ApiHarness();
  const operator = (d: string) => staff(d, ['operator']);
  const coordinator = staff('lxb', ['coordinator']);
  const items: Record<string, string> = {};
  let taskId = '';

  const setClock = async (now: string) => {
    const answer = await api.call('PUT', '/api/admin/clock', { as: admin, body: { now } });
    if (answer.status !== 200) throw new Error(`clock: ${JSON.stringify(answer.body)}`);
  };
  const call = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ) => {
    const answer = await api.call<T>(method, path, { as, body });
    return { status: answer.status, body: answer.body };
  };
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
  const refusal = async (method: string, path: string, as: Caller, body?: unknown) => {
    const answer = await call<ErrorAnswer>(method, path, as, body);
    return { status: answer.status, code: answer.body.code, details: answer.body.details };
  };
  const goOnWithout = (departmentIds: unknown, as: Caller = operator('scjg')) =>
    call<ErrorAnswer & Record<string, unknown>>('POST', `/api/tasks/${taskId}/non-responses`, as, {
      departmentIds,
    });
  const settle = async () =>
    api.stores.projections.waitFor(await api.stores.events.headPosition(), 5000, ['disclosures']);

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    await setClock('2026-03-02T01:00:00.000Z'); // Monday, 09:00 in Beijing
    const inspectorCount: Record<string, number> = { scjg: 3, xf: 2, ws: 1 };
    for (const [n, d] of ['scjg', 'xf', 'ws'].entries()) {
      await ok('POST', '/api/departments', admin, { id: d, name: `部门${d}`, regionCode: '320102' });
      items[d] = (
        await ok<{ id: string }>('POST', '/api/check-items', operator(d), checkItemBody(d, `${d}事项`))
      ).id;
      for (let i = 0; i < inspectorCount[d]; i += 1) {
        const first17 = `32010219800101${n}${i}1`;
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
    for (let n = 0; n < 2; n += 1) {
      const first17 = `91320102MA0000${n}0X`.slice(0, 17);
      await ok('POST', '/api/entities', operator('scjg'), {
        code: first17 + usccCheckCharacter(first17),
        name: `贵安某公司${n}`,
        kind: 'enterprise',
        address: '贵安',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'B',
      });
    }
    taskId = (
      await ok<{ id: string }>('POST', '/api/tasks', operator('scjg'), {
        adhocReason: '专项联合检查',
        name: '餐饮联合抽查',
        participants: [
          { departmentId: 'xf', itemIds: [items.xf] },
          { departmentId: 'ws', itemIds: [items.ws] },
        ],
        itemIds: [items.scjg],
        criteria: { regionCodes: ['320102'] },
        sampling: { count: 2 },
        window: { from: '2026-03-10', to: '2026-03-31' },
      })
    ).id;
    await ok('POST', `/api/tasks/${taskId}/responses`, operator('xf'), {
      accepted: true,
      itemIds: [items.xf],
    });
  });
  afterAll(() => api.stop());

  it('before the deadline the lead waits: 409 RESPONSE_DEADLINE_NOT_PASSED; the lock waits too', async () => {
    await setClock('2026-03-04T09:00:00.000Z'); // the deadline day, 17:00 in Beijing
    const task = await ok<{ responseDue: { date: string } }>('GET', `/api/tasks/${taskId}`, operator('scjg'));
    expect(task.responseDue.date).toBe('2026-03-04');
    expect(
      await refusal('POST', `/api/tasks/${taskId}/non-responses`, operator('scjg'), {
        departmentIds: ['ws'],
      }),
    ).toEqual({
      status: 409,
      code: 'RESPONSE_DEADLINE_NOT_PASSED',
      details: { responseDue: '2026-03-04' },
    });
    expect(await refusal('POST', `/api/tasks/${taskId}/lock`, operator('scjg'))).toMatchObject({
      status: 409,
      code: 'PARTICIPANTS_NOT_ALL_RESPONDED',
    });
  });

  it('only the lead department may go on, by an operator, naming 1 to 50 departments', async () => {
    await setClock('2026-03-06T02:00:00.000Z'); // Friday: two working days late
    expect((await goOnWithout(['ws'], operator('xf'))).body.code).toBe('NOT_THE_LEAD_DEPARTMENT');
    expect((await goOnWithout(['ws'], operator('xf'))).status).toBe(403);
    expect(await goOnWithout(['ws'], staff('scjg', ['head']))).toMatchObject({
      status: 403,
      body: { code: 'ROLE_NOT_ALLOWED' },
    });
    for (const departmentIds of [[], ['ws', 'ws'], 'ws', Array.from({ length: 51 }, (_, i) => `d${i}`)]) {
      expect((await goOnWithout(departmentIds)).status).toBe(400);
    }
    expect(await goOnWithout(['xf'])).toMatchObject({ status: 409, body: { code: 'ALREADY_RESPONDED' } });
    expect(await goOnWithout(['swj'])).toMatchObject({
      status: 409,
      body: { code: 'DEPARTMENT_NOT_A_PARTICIPANT' },
    });
  });

  it('after the deadline the lead goes on without ws; it is recorded, and its late answer is refused', async () => {
    const answer = await goOnWithout(['ws']);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      responses: {
        ws: {
          accepted: false,
          itemIds: [],
          late: true,
          notAnswering: { deadline: '2026-03-04', recordedOn: '2026-03-06' },
        },
      },
    });
    const recorded = [];
    for await (const e of api.stores.events.readStream(`inspectionTask-${taskId}`)) {
      if (e.type === 'ParticipantRecordedAsNotAnswering') recorded.push(e.data);
    }
    expect(recorded).toEqual([
      {
        taskId,
        departmentId: 'ws',
        deadline: '2026-03-04',
        recordedOn: '2026-03-06',
        recordedBy: 'operator-scjg',
      },
    ]);
    expect(await goOnWithout(['ws'])).toMatchObject({
      status: 409,
      body: { code: 'RECORDED_AS_NOT_ANSWERING' },
    });
    expect(
      await refusal('POST', `/api/tasks/${taskId}/responses`, operator('ws'), {
        accepted: true,
        itemIds: [items.ws],
      }),
    ).toMatchObject({ status: 409, code: 'RECORDED_AS_NOT_ANSWERING', details: { departmentId: 'ws' } });
  });

  it('the task goes on: ws draws no inspectors, and the lock announces scjg and xf with their items', async () => {
    await ok('POST', `/api/tasks/${taskId}/draws/entities`, operator('scjg'), {});
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, operator('scjg'), {});
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, operator('xf'), {});
    expect(await refusal('POST', `/api/tasks/${taskId}/draws/inspectors`, operator('ws'), {})).toMatchObject({
      status: 403,
      code: 'DEPARTMENT_NOT_IN_TASK',
    });
    const locked = await ok<{
      status: string;
      teams: Record<string, { members: { departmentId: string }[] }>;
    }>('POST', `/api/tasks/${taskId}/lock`, operator('scjg'));
    expect(locked.status).toBe('locked');
    const departments = Object.values(locked.teams).flatMap((t) => t.members.map((m) => m.departmentId));
    expect([...new Set(departments)].sort()).toEqual(['scjg', 'xf']);
    const announced = [];
    for await (const e of api.stores.events.readStream(`inspectionTask-${taskId}`)) {
      if (e.type === 'InspectionTaskLocked') announced.push(e.data);
    }
    expect(announced[0]).toMatchObject({ departmentIds: ['scjg', 'xf'], itemIds: [items.scjg, items.xf] });
    expect(await ok('GET', `/api/tasks/${taskId}/draws/verify`, operator('xf'))).toMatchObject({
      verified: true,
    });
  });

  it('the overdue-response report lists ws as not answering, with its deadline and working days late', async () => {
    await setClock('2026-03-16T02:00:00.000Z');
    await settle();
    const report = await ok<{ items: Record<string, unknown>[] }>(
      'GET',
      '/api/overdue-responses',
      coordinator,
    );
    expect(report.items.filter((r) => r.taskId === taskId)).toEqual([
      expect.objectContaining({
        taskName: '餐饮联合抽查',
        departmentId: 'ws',
        leadDepartmentId: 'scjg',
        dueDate: '2026-03-04',
        state: 'not-answering',
        recordedOn: '2026-03-06',
        // 03-05 and 03-06: counted to the day the lead went on, not to today.
        workingDaysOverdue: 2,
      }),
    ]);
  });

  it('the joint office reads its 通报 list by department and task, for a period of deadlines', async () => {
    const notice = await ok<Record<string, unknown>>(
      'GET',
      '/api/joint-office/non-responses?from=2026-03-01&to=2026-03-31',
      coordinator,
    );
    expect(notice).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-31',
      asOf: '2026-03-16',
      departments: [
        {
          departmentId: 'ws',
          tasks: [
            expect.objectContaining({
              taskId,
              state: 'not-answering',
              dueDate: '2026-03-04',
              workingDaysOverdue: 2,
            }),
          ],
        },
      ],
    });
    const april = await ok<{ departments: unknown[] }>(
      'GET',
      '/api/joint-office/non-responses?from=2026-04-01&to=2026-04-30',
      staff('scjg', ['supervisor']),
    );
    expect(april.departments).toEqual([]);
    expect(
      await refusal('GET', '/api/joint-office/non-responses?from=2026-03-01&to=2026-03-31', operator('scjg')),
    ).toMatchObject({ status: 403, code: 'ROLE_NOT_ALLOWED' });
    for (const query of [
      'from=2026-03-31&to=2026-03-01',
      'from=2026-01-01&to=2027-01-02',
      'from=2026-03-01',
    ]) {
      expect((await call('GET', `/api/joint-office/non-responses?${query}`, coordinator)).status).toBe(400);
    }
  });

  it('a participant still silent, not recorded, is on the 通报 list too (not-responded)', async () => {
    const second = (
      await ok<{ id: string }>('POST', '/api/tasks', operator('scjg'), {
        adhocReason: '专项联合检查',
        name: '消防联合抽查',
        participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
        itemIds: [items.scjg],
        criteria: { regionCodes: ['320102'] },
        sampling: { count: 1 },
        window: { from: '2026-03-20', to: '2026-03-31' },
      })
    ).id;
    await setClock('2026-03-19T02:00:00.000Z'); // due 03-18
    await settle();
    const notice = await ok<{ departments: { departmentId: string; tasks: Record<string, unknown>[] }[] }>(
      'GET',
      '/api/joint-office/non-responses?from=2026-03-01&to=2026-03-31',
      coordinator,
    );
    expect(notice.departments.map((d) => d.departmentId)).toEqual(['ws', 'xf']);
    expect(notice.departments[1].tasks).toEqual([
      expect.objectContaining({
        taskId: second,
        taskName: '消防联合抽查',
        state: 'not-responded',
        dueDate: '2026-03-18',
      }),
    ]);
  });
});
