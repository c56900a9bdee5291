import { exportTaskBundle, verifyTaskBundle } from '@app/audit';
import { registerStreams } from '@app/domain';
import { ApiHarness, type Caller, type ErrorAnswer, staff } from './support/api-harness';
import { creditCode, initiateTask, leadOperator, setUpDepartments } from './support/task-fixtures';

/*
 * No redraw by cancellation (issue 18, part 2), over HTTP on the real embedded store: once the
 * pool is frozen a task is cancelled only on a request its principal head approves, the approval
 * records the draw it discarded, and the deployment's policy decides whether that draw still
 * counts toward the yearly cap — the same in the draw (read model) and in its verification (log).
 */

const lead: Caller = leadOperator;
const leadHead: Caller = staff('scjg', ['head']);
const principal: Caller = staff('scjg', ['principal'], 'principal-scjg');
const headAndPrincipal: Caller = staff('scjg', ['head', 'principal'], 'hp-scjg');
const otherPrincipal: Caller = staff('xf', ['principal']);
const auditor: Caller = staff('xf', ['auditor']);

interface DrawAnswer {
  entityIds: string[];
  record: { position: number; selectedDigest: string; exclusions: { yearlyCap: number } };
}

async function register(api: ApiHarness, count: number, from: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = from; n < from + count; n += 1) {
    const answer = await api.call<{ id: string }>('POST', '/api/entities', {
      as: lead,
      body: {
        code: creditCode(n),
        name: `企业${n}`,
        kind: 'enterprise',
        address: '江苏省南京市',
        regionCode: '320106',
        industryCode: 'H6210',
        creditRisk: 'B',
      },
    });
    expect(answer.status).toBe(201);
    ids.push(answer.body.id);
  }
  return ids;
}

const draw = (api: ApiHarness, taskId: string) =>
  api.call<DrawAnswer & ErrorAnswer>('POST', `/api/tasks/${taskId}/draws/entities`, { as: lead, body: {} });

const ask = (api: ApiHarness, taskId: string, as: Caller = lead, reason = '抽查事项调整，本任务停止') =>
  api.call<{ requestId: string } & ErrorAnswer>('POST', `/api/tasks/${taskId}/cancellation-requests`, {
    as,
    body: { reason },
  });

const decide = (api: ApiHarness, taskId: string, requestId: string, as: Caller, verb = 'approve') =>
  api.call<ErrorAnswer>('POST', `/api/tasks/${taskId}/cancellation-requests/${requestId}/${verb}`, {
    as,
    body: verb === 'reject' ? { reply: '理由不充分' } : {},
  });

async function eventTypes(api: ApiHarness, taskId: string): Promise<string[]> {
  return (await api.streamEvents(registerStreams.inspectionTask(taskId))).map((e) => e.type);
}

/** A task drawn over `count` of the registered entities, then cancelled with its principal's approval. */
async function drawnAndCancelled(api: ApiHarness, items: Record<string, string>, count: number) {
  const taskId = await initiateTask(api, items, { sampling: { count } });
  const drawn = await draw(api, taskId);
  expect(drawn.status).toBe(201);
  const requestId = (await ask(api, taskId)).body.requestId;
  expect((await decide(api, taskId, requestId, principal)).status).toBe(200);
  return { taskId, drawn: drawn.body };
}

describe('cancelling a task after its pool is frozen', () => {
  const api = new ApiHarness();
  let items: Record<string, string>;

  beforeAll(async () => {
    // No entity reaches the cap here: each test draws again from the same four.
    await api.start({ DRAW_YEARLY_CAP: '100' });
    items = await setUpDepartments(api);
    await register(api, 4, 1);
  });
  afterAll(() => api.stop());

  it('before the draw the lead cancels directly, as before', async () => {
    const taskId = await initiateTask(api, items);
    const answer = await api.call('POST', `/api/tasks/${taskId}/cancel`, {
      as: lead,
      body: { reason: '计划调整' },
    });
    expect(answer.status).toBe(200);
    expect(await eventTypes(api, taskId)).toEqual(['InspectionTaskInitiated', 'InspectionTaskCancelled']);
    // Nothing to approve before the freeze.
    const other = await initiateTask(api, items);
    expect((await ask(api, other)).body).toMatchObject({ statusCode: 409, code: 'CANCELLATION_NOT_NEEDED' });
  });

  it('after the draw a direct cancellation is refused (409) and nothing is appended', async () => {
    const taskId = await initiateTask(api, items, { sampling: { count: 1 } });
    expect((await draw(api, taskId)).status).toBe(201);
    const before = await eventTypes(api, taskId);
    const answer = await api.call<ErrorAnswer>('POST', `/api/tasks/${taskId}/cancel`, {
      as: lead,
      body: { reason: '抽取结果不理想' },
    });
    expect(answer.body).toMatchObject({ statusCode: 409, code: 'CANCELLATION_NEEDS_APPROVAL' });
    expect(await eventTypes(api, taskId)).toEqual(before);
  });

  it('asked by the lead, refused to others, decided only by a principal of the lead who did not ask', async () => {
    const taskId = await initiateTask(api, items, { sampling: { count: 1 } });
    const drawn = (await draw(api, taskId)).body;
    expect((await ask(api, taskId, staff('xf', ['operator']))).body).toMatchObject({
      statusCode: 403,
      code: 'NOT_THE_LEAD_DEPARTMENT',
    });
    expect((await ask(api, taskId, lead, '   ')).status).toBe(400);
    const asked = await ask(api, taskId, headAndPrincipal);
    expect(asked.status).toBe(201);
    const { requestId } = asked.body;
    expect((await ask(api, taskId, leadHead)).body).toMatchObject({ code: 'CANCELLATION_ALREADY_REQUESTED' });
    const before = await eventTypes(api, taskId);
    // A head is not a principal; the one who asked may not approve; another department may not decide.
    expect((await decide(api, taskId, requestId, leadHead)).body).toMatchObject({ statusCode: 403 });
    expect((await decide(api, taskId, requestId, headAndPrincipal)).body).toMatchObject({
      statusCode: 403,
      code: 'APPROVER_IS_REQUESTER',
    });
    expect((await decide(api, taskId, requestId, otherPrincipal)).body).toMatchObject({
      statusCode: 403,
      code: 'APPROVER_OF_OTHER_DEPARTMENT',
    });
    expect((await decide(api, taskId, 'no-such', principal)).body).toMatchObject({ statusCode: 404 });
    expect(await eventTypes(api, taskId)).toEqual(before);

    expect((await decide(api, taskId, requestId, principal)).status).toBe(200);
    const events = await api.streamEvents(registerStreams.inspectionTask(taskId));
    expect(events.at(-1)).toMatchObject({
      type: 'InspectionTaskCancelled',
      data: {
        reason: '抽查事项调整，本任务停止',
        requestId,
        requesterId: headAndPrincipal.sub,
        approverId: principal.sub,
        discardedDraw: {
          position: drawn.record.position,
          selectedDigest: drawn.record.selectedDigest,
          selectedCount: 1,
          entityIds: drawn.entityIds,
        },
      },
    });
    const task = await api.call<{ status: string }>('GET', `/api/tasks/${taskId}`, { as: lead });
    expect(task.body.status).toBe('cancelled');
  });

  it('the portal publishes each cancellation after the freeze, without sign-in, and its discarded entities', async () => {
    const { taskId, drawn } = await drawnAndCancelled(api, items, 2);
    const list = await api.call<{ items: Record<string, unknown>[] }>('GET', '/api/public/cancellations');
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toEqual({
      taskId,
      name: '抽查',
      leadDepartmentId: 'scjg',
      reason: '抽查事项调整，本任务停止',
      approvedBy: { departmentId: 'scjg', role: 'principal' },
      cancelledAt: expect.any(String) as string,
      cancelledOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string,
      discardedDraw: expect.objectContaining({
        position: drawn.record.position,
        selectedDigest: drawn.record.selectedDigest,
        selectedCount: 2,
        listed: 2,
      }) as object,
    });
    // No personal id of who asked or approved; a task cancelled before its draw is not listed.
    expect(JSON.stringify(list.body)).not.toContain(principal.sub);
    expect(list.body.items.every((c) => c.taskId !== undefined && c.reason !== '计划调整')).toBe(true);
    const first = await api.call<{
      items: { id: string; code: string; name: string }[];
      nextCursor?: string;
    }>('GET', `/api/public/cancellations/${taskId}/entities?limit=1`);
    expect(first.body.items).toEqual([
      {
        id: drawn.entityIds[0],
        code: expect.any(String) as string,
        name: expect.stringMatching(/^企业/) as string,
      },
    ]);
    const second = await api.call<{ items: { id: string }[]; nextCursor?: string }>(
      'GET',
      `/api/public/cancellations/${taskId}/entities?limit=1&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((e) => e.id)).toEqual([drawn.entityIds[1]]);
    expect(second.body.nextCursor).toBeUndefined();
    expect(
      (await api.call<ErrorAnswer>('GET', '/api/public/cancellations/nope/entities')).body,
    ).toMatchObject({
      statusCode: 404,
      code: 'CANCELLATION_NOT_FOUND',
    });
    expect((await api.call('GET', `/api/public/cancellations/${taskId}/entities?cursor=x`)).status).toBe(400);
    expect((await api.call('GET', '/api/public/cancellations?limit=1001')).status).toBe(400);
  });

  it('statistics count the tasks cancelled after their draw, per lead department', async () => {
    const answer = await api.call<{
      tasks: { cancelled: number; cancelledAfterDraw: number };
      cancelledAfterDrawByLead: { departmentId: string; tasks: number }[];
    }>('GET', '/api/statistics', { as: staff('system', ['supervisor']) });
    expect(answer.status).toBe(200);
    // Two approved so far in this file's first block (the direct cancellation before the draw is not one).
    expect(answer.body.tasks).toMatchObject({ cancelled: 3, cancelledAfterDraw: 2 });
    expect(answer.body.cancelledAfterDrawByLead).toEqual([{ departmentId: 'scjg', tasks: 2 }]);
    const ofXf = await api.call<{ tasks: { cancelledAfterDraw: number } }>(
      'GET',
      '/api/statistics?departmentId=xf',
      { as: staff('system', ['supervisor']) },
    );
    // xf takes part in every task here.
    expect(ofXf.body.tasks.cancelledAfterDraw).toBe(2);
  });

  it('a rejection needs a reply and leaves the task live', async () => {
    const taskId = await initiateTask(api, items, { sampling: { count: 1 } });
    await draw(api, taskId);
    const { requestId } = (await ask(api, taskId)).body;
    expect(
      (
        await api.call('POST', `/api/tasks/${taskId}/cancellation-requests/${requestId}/reject`, {
          as: principal,
          body: {},
        })
      ).status,
    ).toBe(400);
    expect((await decide(api, taskId, requestId, principal, 'reject')).status).toBe(200);
    expect((await eventTypes(api, taskId)).at(-1)).toBe('RequestRejected');
  });
});

describe.each([
  ['true (the default): a discarded draw still counts toward the cap', {}, 2],
  ['false: a discarded draw does not count', { DISCARDED_DRAWS_COUNT: 'false' }, 0],
])('DISCARDED_DRAWS_COUNT=%s', (_policy, env: Record<string, string>, capped: number) => {
  const api = new ApiHarness();
  let items: Record<string, string>;

  beforeAll(async () => {
    await api.start({ DRAW_YEARLY_CAP: '1', ...env });
    items = await setUpDepartments(api);
    await register(api, 4, 1);
  });
  afterAll(() => api.stop());

  it('the next draw leaves out (or keeps) the discarded entities, and its verification from the log agrees', async () => {
    const first = await drawnAndCancelled(api, items, 2);
    const next = await initiateTask(api, items, { sampling: { count: 4 } });
    const drawn = await draw(api, next);
    expect(drawn.status).toBe(201);
    expect(drawn.body.record.exclusions.yearlyCap).toBe(capped);
    expect(drawn.body.entityIds).toHaveLength(4 - capped);
    // The entity's yearly checks show the discarded draw and what the cap counts of it.
    const discardedOne = first.drawn.entityIds[0];
    const checks = await api.call<{ count: number; discardedTaskIds: string[]; counted: number }>(
      'GET',
      `/api/entities/${discardedOne}/checks`,
      { as: lead },
    );
    // Capped, it was not drawn again; uncapped, it was: each time the cap counts one of its draws.
    expect(checks.body).toMatchObject({
      count: capped ? 1 : 2,
      discardedTaskIds: [first.taskId],
      counted: 1,
    });
    const verification = await api.call<{ verified: boolean; mismatches: string[] }>(
      'GET',
      `/api/tasks/${next}/draws/verify`,
      { as: auditor },
    );
    expect(verification.body).toMatchObject({ verified: true, mismatches: [] });
    // Offline, from the task's bundle alone: the policy is read from the draw record.
    const bundle = await exportTaskBundle(api.stores.events, next, new Date());
    expect(await verifyTaskBundle(bundle!)).toMatchObject({ verified: true, problems: [] });
  });
});
