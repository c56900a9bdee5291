import type { EntityDrawAnswer, Overdue, OverdueReferral, ReferralAnswer } from '@app/contract';
import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';
import {
  ELSEWHERE,
  LEAD,
  type LockedTask,
  enterResult,
  lockedTask,
  ok,
  operatorOf,
} from './support/console-locked-task';

/*
 * Referrals (移送/转办; ADR 50) over HTTP on the embedded store and the simulated clock: from a
 * result to another department's inbox, accepted or returned, its outcome recorded; refusals; the
 * overdue list; and a listing of the entity that the next draw treats as the rules say.
 */
describe('referrals (e2e)', () => {
  const api = new ApiHarness();
  const HEALTH = { id: 'wjw', name: '卫生健康局', regionCode: '320102' };
  const receiver = operatorOf(ELSEWHERE.id);
  const sender = operatorOf(LEAD.id);
  const auditor: Caller = staff('audit', ['auditor'], 'auditor-1');
  let task: LockedTask;
  let entityId: string;
  const clock = (day: string) => ok(api, 'PUT', '/api/admin/clock', admin, { now: `${day}T02:00:00.000Z` });
  const refer = (body: Record<string, unknown>, as: Caller = sender) =>
    api.call<ReferralAnswer & ErrorAnswer>('POST', '/api/referrals', {
      as,
      body: {
        taskId: task.taskId,
        entityId,
        toDepartmentId: ELSEWHERE.id,
        kind: 'referral',
        reason: '发现无证经营线索',
        ...body,
      },
    });
  const overdue = (asOf: string) =>
    ok<Overdue<OverdueReferral>>(api, 'GET', `/api/overdue-referrals?asOf=${asOf}`, auditor);

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true', DRAW_YEARLY_CAP: '1' });
    task = await lockedTask(api, '2026-06-01', '2026-06-30', 2);
    entityId = task.entities[0].id;
    await enterResult(api, task, entityId, '2026-06-01');
    await ok(api, 'POST', '/api/departments', admin, HEALTH);
  }, 60_000);
  afterAll(() => api.stop());

  let referralId: string;

  it('creates a referral from a result, addressed to a department outside the task, with its deadline', async () => {
    const created = await refer({});
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      taskId: task.taskId,
      entityId,
      fromDepartmentId: LEAD.id,
      toDepartmentId: ELSEWHERE.id,
      referralKind: 'referral',
      state: 'sent',
      referredOn: '2026-06-01',
      referredBy: sender.sub,
    });
    // REFERRAL_ACCEPT_WORKING_DAYS (7) after Monday 1 June: Wednesday 10 June.
    expect(created.body.acceptDue).toBe('2026-06-10');
    referralId = created.body.id;
  });

  it('shows it in the receiving department’s inbox and the sender’s outbox, to no other department', async () => {
    const inbox = await ok<{ items: ReferralAnswer[] }>(
      api,
      'GET',
      `/api/referrals?to=${ELSEWHERE.id}&state=sent`,
      receiver,
    );
    expect(inbox.items.map((r) => r.id)).toEqual([referralId]);
    const outbox = await ok<{ items: ReferralAnswer[] }>(
      api,
      'GET',
      `/api/referrals?from=${LEAD.id}`,
      sender,
    );
    expect(outbox.items.map((r) => r.id)).toEqual([referralId]);
    const mine = await ok<{ items: ReferralAnswer[] }>(api, 'GET', '/api/referrals', receiver);
    expect(mine.items.map((r) => r.id)).toEqual([referralId]);
    const other = operatorOf(HEALTH.id);
    const peek = await api.call<ErrorAnswer>('GET', `/api/referrals?to=${ELSEWHERE.id}`, { as: other });
    expect([peek.status, peek.body.code]).toEqual([403, 'REFERRAL_OF_OTHER_DEPARTMENT']);
    const one = await api.call<ErrorAnswer>('GET', `/api/referrals/${referralId}`, { as: other });
    expect([one.status, one.body.code]).toEqual([403, 'REFERRAL_OF_OTHER_DEPARTMENT']);
    expect((await api.call('GET', '/api/referrals/no-such', { as: auditor })).status).toBe(404);
  });

  it('refuses an unknown department (404), a disabled one (409), bad input (400 with its field)', async () => {
    const unknown = await refer({ toDepartmentId: 'no-such-dept' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'DEPARTMENT_NOT_FOUND']);
    await ok(api, 'POST', `/api/departments/${HEALTH.id}/disable`, admin, { reason: '机构改革撤并' });
    const disabled = await refer({ toDepartmentId: HEALTH.id });
    expect([disabled.status, disabled.body.code]).toEqual([409, 'DEPARTMENT_DISABLED']);
    await ok(api, 'POST', `/api/departments/${HEALTH.id}/enable`, admin);
    const bad = await refer({ kind: 'forward', reason: '' });
    expect(bad.status).toBe(400);
    expect((bad.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual(['kind', 'reason']);
    const long = await refer({ reason: '长'.repeat(2001) });
    expect([long.status, (long.body.details as { field: string }[])[0].field]).toEqual([400, 'reason']);
    const noResult = await refer({ entityId: task.entities[1].id });
    expect([noResult.status, noResult.body.code]).toEqual([404, 'REFERRAL_RESULT_NOT_FOUND']);
    const own = await refer({ toDepartmentId: LEAD.id });
    expect([own.status, own.body.code]).toEqual([409, 'REFERRAL_TO_OWN_DEPARTMENT']);
    const notTheirs = await refer({}, operatorOf(ELSEWHERE.id));
    expect([notTheirs.status, notTheirs.body.code]).toEqual([403, 'NOT_THE_RESULT_DEPARTMENT']);
  });

  it('refuses any department but the receiving one acting on it (403)', async () => {
    for (const as of [sender, operatorOf(HEALTH.id)]) {
      const answer = await api.call<ErrorAnswer>('POST', `/api/referrals/${referralId}/accept`, { as });
      expect([answer.status, answer.body.code]).toEqual([403, 'NOT_THE_RECEIVING_DEPARTMENT']);
    }
    const inspector = await api.call('POST', `/api/referrals/${referralId}/accept`, {
      as: task.inspectorOf(entityId),
    });
    expect(inspector.status).toBe(403);
  });

  it('lists it overdue once the accept deadline has passed, on the simulated clock', async () => {
    expect((await overdue('2026-06-10')).items).toEqual([]);
    await clock('2026-06-12');
    const late = await overdue('2026-06-12');
    expect(late.items).toEqual([
      expect.objectContaining({
        referralId,
        deadline: 'accept',
        state: 'not-answered',
        dueDate: '2026-06-10',
        workingDaysOverdue: 2,
      }),
    ]);
  });

  it('the receiving department accepts (late), then records a case filed with its number', async () => {
    const accepted = await ok<ReferralAnswer>(api, 'POST', `/api/referrals/${referralId}/accept`, receiver);
    expect(accepted).toMatchObject({
      state: 'accepted',
      acceptedOn: '2026-06-12',
      acceptedLate: true,
      acceptedBy: receiver.sub,
    });
    // REFERRAL_OUTCOME_WORKING_DAYS (20) after 12 June, the Dragon Boat Festival (19 June) off.
    expect(accepted.outcomeDue).toBe('2026-07-13');
    expect((await overdue('2026-06-12')).items).toEqual([
      expect.objectContaining({ referralId, state: 'answered-late', workingDaysOverdue: 2 }),
    ]);
    const path = `/api/referrals/${referralId}/outcome`;
    const noNumber = await api.call<ErrorAnswer>('POST', path, {
      as: receiver,
      body: { outcome: 'caseFiled', decidedOn: '2026-06-12', notes: '' },
    });
    expect([noNumber.status, noNumber.body.code]).toEqual([409, 'REFERRAL_CASE_NUMBER_REQUIRED']);
    const badDay = await api.call<ErrorAnswer>('POST', path, {
      as: receiver,
      body: { outcome: 'caseFiled', decidedOn: '2026-13-01', notes: '', caseNumber: 'x' },
    });
    expect([badDay.status, (badDay.body.details as { field: string }[])[0].field]).toEqual([
      400,
      'decidedOn',
    ]);
    const filed = await ok<ReferralAnswer>(api, 'POST', path, receiver, {
      outcome: 'caseFiled',
      decidedOn: '2026-06-12',
      notes: '已立案调查',
      caseNumber: '六合市监立〔2026〕12号',
    });
    expect(filed.state).toBe('caseFiled');
    expect(filed.outcomes).toEqual([
      expect.objectContaining({
        outcome: 'caseFiled',
        caseNumber: '六合市监立〔2026〕12号',
        decidedBy: receiver.sub,
        late: false,
      }),
    ]);
    const again = await api.call<ErrorAnswer>('POST', `/api/referrals/${referralId}/return`, {
      as: receiver,
      body: { reason: '退回' },
    });
    expect([again.status, again.body.code]).toEqual([409, 'REFERRAL_NOT_PENDING']);
  });

  it('a transfer is returned with a reason; a return without one is refused with its field', async () => {
    const { body } = await refer({ kind: 'transfer', toDepartmentId: HEALTH.id });
    const health = operatorOf(HEALTH.id);
    const blank = await api.call<ErrorAnswer>('POST', `/api/referrals/${body.id}/return`, {
      as: health,
      body: { reason: ' ' },
    });
    expect([blank.status, (blank.body.details as { field: string }[])[0].field]).toEqual([400, 'reason']);
    const returned = await ok<ReferralAnswer>(api, 'POST', `/api/referrals/${body.id}/return`, health, {
      reason: '不属于本部门职责',
    });
    expect(returned).toMatchObject({
      state: 'returned',
      returnReason: '不属于本部门职责',
      referralKind: 'transfer',
    });
    const outcome = await api.call<ErrorAnswer>('POST', `/api/referrals/${body.id}/outcome`, {
      as: health,
      body: { outcome: 'penalty', decidedOn: '2026-06-12', notes: '' },
    });
    expect([outcome.status, outcome.body.code]).toEqual([409, 'REFERRAL_NOT_ACCEPTED']);
  });

  it('accountability names who referred, who received and who decided', async () => {
    const { items } = await ok<{ items: { act: string; actorId: string; departmentId: string }[] }>(
      api,
      'GET',
      `/api/accountability?entityId=${entityId}&limit=200`,
      auditor,
    );
    const acts = items.filter((row) => row.act.startsWith('Referral'));
    expect(acts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ act: 'ReferralCreated', actorId: sender.sub, departmentId: LEAD.id }),
        expect.objectContaining({
          act: 'ReferralAccepted',
          actorId: receiver.sub,
          departmentId: ELSEWHERE.id,
        }),
        expect.objectContaining({
          act: 'ReferralOutcomeRecorded',
          actorId: receiver.sub,
          departmentId: ELSEWHERE.id,
        }),
        expect.objectContaining({ act: 'ReferralReturned', actorId: operatorOf(HEALTH.id).sub }),
      ]),
    );
  });

  it('listing the entity as a serious violator goes through its stream, and the draw exempts it from the cap', async () => {
    const listed = await ok<{ seriousViolationList: boolean }>(
      api,
      'POST',
      `/api/entities/${entityId}/listing`,
      receiver,
      {
        list: 'seriousViolation',
        reason: '立案查处，列入严重违法失信名单',
        referralId,
      },
    );
    expect(listed.seriousViolationList).toBe(true);
    const events = await api.streamEvents(`entity-${entityId}`);
    expect(events.at(-1)).toMatchObject({
      type: 'EntityListed',
      data: { entityId, list: 'seriousViolation', referralId },
      metadata: { actorId: receiver.sub },
    });
    const twice = await api.call<ErrorAnswer>('POST', `/api/entities/${entityId}/listing`, {
      as: receiver,
      body: { list: 'seriousViolation', reason: 'x', referralId },
    });
    expect([twice.status, twice.body.code]).toEqual([409, 'ENTITY_ALREADY_LISTED']);
    const wrongReferral = await api.call<ErrorAnswer>(
      'POST',
      `/api/entities/${task.entities[1].id}/listing`,
      {
        as: receiver,
        body: { list: 'abnormal', reason: 'x', referralId },
      },
    );
    expect([wrongReferral.status, wrongReferral.body.code]).toEqual([409, 'REFERRAL_OF_ANOTHER_ENTITY']);
    // Without a referral, a listing is a directory act: only within the actor's jurisdiction.
    const outside = await api.call<ErrorAnswer>('POST', `/api/entities/${task.entities[1].id}/listing`, {
      as: receiver,
      body: { list: 'abnormal', reason: 'x' },
    });
    expect([outside.status, outside.body.code]).toEqual([403, 'OUTSIDE_JURISDICTION']);
    const notReceiver = await api.call<ErrorAnswer>('POST', `/api/entities/${entityId}/listing`, {
      as: operatorOf(HEALTH.id),
      body: { list: 'abnormal', reason: 'x', referralId },
    });
    expect([notReceiver.status, notReceiver.body.code]).toEqual([403, 'NOT_THE_RECEIVING_DEPARTMENT']);

    // DRAW_YEARLY_CAP=1 and both entities were drawn this year: only the listed one stays a candidate.
    const lead = operatorOf(LEAD.id);
    const { id: second } = await ok<{ id: string }>(api, 'POST', '/api/tasks', lead, {
      name: '严重违法失信主体专项抽查',
      adhocReason: '移送后跟进',
      itemIds: [task.itemId],
      participants: [],
      criteria: { regionCodes: [LEAD.regionCode] },
      sampling: { count: 2 },
      window: { from: '2026-06-15', to: '2026-06-30' },
    });
    const draw = await ok<EntityDrawAnswer>(api, 'POST', `/api/tasks/${second}/draws/entities`, lead, {});
    expect(draw.entityIds).toEqual([entityId]);
    expect(draw.record.exclusions).toMatchObject({ yearlyCap: 1, capExemptions: 1 });
    // An auditor's recomputation from the log reads the listing too.
    const verify = await ok<{ verified: boolean }>(api, 'GET', `/api/tasks/${second}/draws/verify`, auditor);
    expect(verify.verified).toBe(true);

    // Removed from the list, recorded the same way: the entity is capped again.
    const removed = await ok<{ seriousViolationList: boolean }>(
      api,
      'POST',
      `/api/entities/${entityId}/delisting`,
      receiver,
      {
        list: 'seriousViolation',
        reason: '信用修复',
        referralId,
      },
    );
    expect(removed.seriousViolationList).toBe(false);
    expect((await api.streamEvents(`entity-${entityId}`)).at(-1)?.type).toBe('EntityDelisted');
  });

  it('lists an accepted referral without its outcome overdue after REFERRAL_OUTCOME_WORKING_DAYS', async () => {
    const { body } = await refer({ toDepartmentId: HEALTH.id });
    await ok(api, 'POST', `/api/referrals/${body.id}/accept`, operatorOf(HEALTH.id));
    await clock('2026-07-15');
    const items = (await overdue('2026-07-15')).items.filter((i) => i.referralId === body.id);
    expect(items).toEqual([
      expect.objectContaining({
        deadline: 'outcome',
        state: 'no-outcome',
        dueDate: '2026-07-13',
        workingDaysOverdue: 2,
      }),
    ]);
    const scoped = await ok<Overdue<OverdueReferral>>(
      api,
      'GET',
      `/api/overdue-referrals?asOf=2026-07-15&departmentId=${HEALTH.id}`,
      auditor,
    );
    expect(scoped.items.map((i) => i.referralId)).toEqual([body.id]);
  });

  it('counts the year’s referrals by state, and those overdue, in the statistics', async () => {
    const stats = await ok<{ referrals: unknown }>(api, 'GET', '/api/statistics?year=2026', auditor);
    expect(stats.referrals).toEqual({
      sent: 3,
      byState: { sent: 0, accepted: 1, returned: 1, caseFiled: 1, decided: 0 },
      overdue: 1,
    });
    const health = await ok<{ referrals: { sent: number } }>(
      api,
      'GET',
      `/api/statistics?year=2026&departmentId=${HEALTH.id}`,
      auditor,
    );
    expect(health.referrals.sent).toBe(2);
  });

  it('the case file lists the referral with its steps, and the listing', async () => {
    const { entries: items } = await ok<{
      entries: { kind: string; detail: Record<string, unknown>; steps?: { act: string }[] }[];
    }>(api, 'GET', `/api/entities/${entityId}/case-file?limit=100`, auditor);
    const referral = items.find((e) => e.kind === 'referral' && e.detail.referralId === referralId);
    expect(referral?.detail).toMatchObject({ referralKind: 'referral', toDepartmentId: ELSEWHERE.id });
    expect(referral?.steps?.map((s) => s.act)).toEqual(['accepted', 'outcome']);
    expect(items.filter((e) => e.kind === 'listing').map((e) => e.detail.listed)).toEqual(
      expect.arrayContaining([true, false]),
    );
  });
});
