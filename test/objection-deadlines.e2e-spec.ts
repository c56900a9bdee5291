import { randomUUID } from 'node:crypto';
import { ApiHarness, type ErrorAnswer, admin, staff } from './support/api-harness';

/*
 * Yiyuan 二十七: an objection is reviewed within 20 working days of its receipt, and the business is
 * told the outcome within 15 working days of the review. The task up to its published result is
 * scripted (the deciders refuse windows in the past); the objections are filed, reviewed and
 * answered over HTTP on the api's simulated clock, and the overdue list is read as of chosen days.
 */
const at = (date: string) => `${date}T02:00:00.000Z`; // 10:00 in Beijing

interface Item {
  objectionId: string;
  deadline: string;
  state: string;
  dueDate: string;
  receivedOn: string;
  reviewedOn?: string;
  notifiedOn?: string;
  workingDaysOverdue: number;
  taskName?: string;
}
interface Recorded {
  type: string;
  data: Record<string, unknown> & { objectionId?: string };
}

describe('objection deadlines: the review and the notice of its outcome', () => {
  const api = new ApiHarness();
  const operator = staff('scjg', ['operator']);
  const head = staff('scjg', ['head']);
  const otherHead = staff('xf', ['head']);
  const supervisor = staff('scjg', ['supervisor']);
  const taskId = randomUUID();

  const append = (type: string, data: Record<string, unknown>, day: string) =>
    api.stores.events.appendToStream(
      `inspectionTask-${taskId}`,
      [
        {
          type,
          data: { taskId, ...data },
          metadata: {
            actorId: 'script',
            actorRoles: ['operator'],
            departmentId: 'scjg',
            correlationId: randomUUID(),
            causationId: randomUUID(),
            occurredAt: at(day),
            schemaVersion: 1,
          },
        },
      ],
      { expectedRevision: 'any' },
    );
  const on = async (day: string) =>
    expect((await api.call('PUT', '/api/admin/clock', { as: admin, body: { now: at(day) } })).status).toBe(
      200,
    );
  const recorded = async (type: string, objectionId: string) => {
    for await (const e of api.stores.events.readStream(`inspectionTask-${taskId}`)) {
      const event = e as unknown as Recorded;
      if (event.type === type && event.data.objectionId === objectionId) return event.data;
    }
    throw new Error(`no ${type} for ${objectionId}`);
  };
  const overdue = async (asOf: string) => {
    await api.stores.projections.waitFor(await api.stores.events.headPosition(), 5000, [
      'objectionDeadlines',
      'disclosures',
    ]);
    const answer = await api.call<{ items: Item[] }>('GET', `/api/overdue-objections?asOf=${asOf}`, {
      as: supervisor,
    });
    expect(answer.status).toBe(200);
    return answer.body.items;
  };
  const file = async (entityId: string) => {
    const answer = await api.call<{ objectionId: string }>('POST', `/api/tasks/${taskId}/objections`, {
      as: operator,
      body: { entityId, departmentId: 'scjg', grounds: '检查当日负责人不在场，结果有误' },
    });
    expect(answer.status).toBe(201);
    return answer.body.objectionId;
  };
  const review = (objectionId: string) =>
    api.call(`POST`, `/api/tasks/${taskId}/objections/${objectionId}/review`, {
      as: head,
      body: { upheld: false, reply: '经复查，维持原检查结果' },
    });
  const notify = (objectionId: string, as = operator, means: string = 'written') =>
    api.call<ErrorAnswer & { notifiedOn: string }>(
      'POST',
      `/api/tasks/${taskId}/objections/${objectionId}/outcome-notice`,
      { as, body: { means } },
    );
  let late: string; // reviewed late
  let unanswered: string; // reviewed in time, the business told late

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    const window = { from: '2026-08-17', to: '2026-08-21' };
    await append(
      'InspectionTaskInitiated',
      {
        adhocReason: '专项',
        name: '食品经营抽查',
        leadDepartmentId: 'scjg',
        participants: [],
        itemIds: ['i-scjg'],
        criteria: {},
        sampling: { ratio: 0.1 },
        window,
        seedCommitment: '00'.repeat(32),
        responseDue: { date: window.from, provisional: false, unknownYears: [] },
      },
      '2026-08-10',
    );
    await append(
      'InspectionTaskLocked',
      {
        teams: { e1: { members: [] }, e2: { members: [] } },
        window,
        leadDepartmentId: 'scjg',
        departmentIds: ['scjg'],
        itemIds: ['i-scjg'],
      },
      '2026-08-14',
    );
    for (const entityId of ['e1', 'e2']) {
      await append(
        'ResultPublished',
        {
          entityId,
          departmentId: 'scjg',
          result: { category: 'no_issue_found' },
          publishedOn: '2026-08-31',
          due: { date: '2026-09-18', provisional: false, unknownYears: [] },
          late: false,
        },
        '2026-08-31',
      );
    }
    await on('2026-09-07');
    late = await file('e1');
    unanswered = await file('e2');
  });
  afterAll(() => api.stop());

  it('given objections received 2026-09-07, when none is reviewed by its day, then both reviews are listed overdue', async () => {
    const { reviewDue } = await recorded('ObjectionFiled', late);
    const due = (reviewDue as { date: string }).date;
    expect(await overdue(due)).toEqual([]);
    const after = await overdue('2026-10-30');
    expect(after.map((i) => [i.objectionId, i.deadline, i.state]).sort()).toEqual(
      [
        [late, 'review', 'not-reviewed'],
        [unanswered, 'review', 'not-reviewed'],
      ].sort(),
    );
    expect(after[0]).toMatchObject({ dueDate: due, receivedOn: '2026-09-07', taskName: '食品经营抽查' });
    expect(after[0].workingDaysOverdue).toBeGreaterThanOrEqual(1);
  });

  it('refuses to tell an outcome before the review: 409 OBJECTION_NOT_REVIEWED', async () => {
    const answer = await notify(unanswered);
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('OBJECTION_NOT_REVIEWED');
  });

  it('given a review in time, when the business is not told within 15 working days, then the notice is listed overdue', async () => {
    await on('2026-09-10');
    expect((await review(unanswered)).status).toBe(200);
    const { noticeDue, late: reviewedLate } = await recorded('ObjectionReviewed', unanswered);
    expect(reviewedLate).toBe(false);
    const due = (noticeDue as { date: string }).date;
    expect(due > '2026-09-10').toBe(true);
    expect((await overdue(due)).filter((i) => i.objectionId === unanswered)).toEqual([]);
    const owed = (await overdue('2026-11-02')).filter((i) => i.objectionId === unanswered);
    expect(owed).toEqual([
      expect.objectContaining({
        deadline: 'outcome-notice',
        state: 'outcome-not-notified',
        dueDate: due,
        reviewedOn: '2026-09-10',
      }),
    ]);
  });

  it('given the notice owed, when the business is told late, then it is recorded late and listed as told late', async () => {
    await on('2026-11-02');
    const told = await notify(unanswered, operator, 'phone');
    expect(told.status).toBe(200);
    expect(told.body).toEqual({ objectionId: unanswered, notifiedOn: '2026-11-02' });
    expect(await recorded('ObjectionOutcomeNotified', unanswered)).toMatchObject({
      means: 'phone',
      notifiedOn: '2026-11-02',
      late: true,
    });
    const listed = (await overdue('2026-11-30')).filter((i) => i.objectionId === unanswered);
    expect(listed).toEqual([
      expect.objectContaining({ state: 'outcome-notified-late', notifiedOn: '2026-11-02' }),
    ]);
    expect(listed[0].workingDaysOverdue).toBeGreaterThanOrEqual(1);
  });

  it('refuses telling twice (409), another department (409), and an unknown means (400)', async () => {
    expect((await notify(unanswered)).body.code).toBe('OBJECTION_OUTCOME_ALREADY_NOTIFIED');
    expect((await notify(unanswered, otherHead)).status).toBe(409);
    const badMeans = await notify(late, operator, 'carrier_pigeon');
    expect(badMeans.status).toBe(400);
    expect(badMeans.body.details).toEqual([expect.objectContaining({ field: 'means' })]);
  });

  it('given a review after its day, then it stays listed as reviewed late, and its notice counts from the review', async () => {
    await on('2026-11-03');
    expect((await review(late)).status).toBe(200);
    expect(await recorded('ObjectionReviewed', late)).toMatchObject({ late: true, reviewedOn: '2026-11-03' });
    const listed = (await overdue('2026-11-04')).filter((i) => i.objectionId === late);
    expect(listed).toEqual([expect.objectContaining({ deadline: 'review', state: 'reviewed-late' })]);
    await on('2026-11-04');
    expect((await notify(late, head, 'in_person')).status).toBe(200);
    expect(await recorded('ObjectionOutcomeNotified', late)).toMatchObject({ late: false });
    expect((await overdue('2026-11-04')).filter((i) => i.objectionId === late)).toHaveLength(1);
  });
});
