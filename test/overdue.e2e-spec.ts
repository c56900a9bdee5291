import { randomUUID } from 'node:crypto';
import { ApiHarness, admin, staff } from './support/api-harness';

/*
 * Overdue disclosures and responses from a scripted history: the task events are appended as the
 * deciders would have recorded them, at chosen moments, so deadlines in the past and across
 * holidays can be tested (the deciders refuse windows in the past).
 */
const at = (date: string) => `${date}T02:00:00.000Z`; // 10:00 in Beijing

interface Disclosure {
  taskId: string;
  entityId: string;
  departmentId: string;
  dueDate: string;
  provisional: boolean;
  unknownYears: number[];
  state: string;
  workingDaysOverdue: number;
}
interface Response {
  taskId: string;
  departmentId: string;
  dueDate: string;
  state: string;
  workingDaysOverdue: number;
}

/** Appends a task's event as its decider would have recorded it, on the day given. */
function scriptedAppend(api: ApiHarness) {
  return (taskId: string, type: string, data: Record<string, unknown>, day: string, departmentId = 'scjg') =>
    api.stores.events.appendToStream(
      `inspectionTask-${taskId}`,
      [
        {
          type,
          data: { taskId, ...data },
          metadata: {
            actorId: 'script',
            actorRoles: ['operator'],
            departmentId,
            correlationId: randomUUID(),
            causationId: randomUUID(),
            occurredAt: at(day),
            schemaVersion: 1,
          },
        },
      ],
      { expectedRevision: 'any' },
    );
}

describe('overdue disclosures and responses, counted in working days', () => {
  const api = new ApiHarness();
  const reader = staff('scjg', ['supervisor']);

  const append = scriptedAppend(api);

  /** A joint task of scjg with xf over `window`, locked with the entities given. */
  const lockedTask = async (window: { from: string; to: string }, entities: string[]) => {
    const taskId = randomUUID();
    await append(
      taskId,
      'InspectionTaskInitiated',
      {
        adhocReason: '专项',
        name: '抽查',
        leadDepartmentId: 'scjg',
        participants: [{ departmentId: 'xf', itemIds: ['i-xf'] }],
        itemIds: ['i-scjg'],
        criteria: {},
        sampling: { ratio: 0.1 },
        window,
        seedCommitment: '00'.repeat(32),
        responseDue: { date: window.from, provisional: false, unknownYears: [] },
      },
      window.from,
    );
    await append(
      taskId,
      'ParticipantResponded',
      { departmentId: 'xf', accepted: true, itemIds: ['i-xf'], respondedOn: window.from, late: false },
      window.from,
      'xf',
    );
    await append(
      taskId,
      'InspectionTaskLocked',
      {
        teams: Object.fromEntries(entities.map((e) => [e, { members: [] }])),
        window,
        leadDepartmentId: 'scjg',
        departmentIds: ['scjg', 'xf'],
        itemIds: ['i-scjg', 'i-xf'],
      },
      window.from,
    );
    return taskId;
  };
  const settle = async () =>
    api.stores.projections.waitFor(await api.stores.events.headPosition(), 5000, ['disclosures']);
  const disclosures = async (asOf: string, departmentId?: string) => {
    await settle();
    const answer = await api.call<{ items: Disclosure[] }>(
      'GET',
      `/api/overdue-disclosures?asOf=${asOf}${departmentId ? `&departmentId=${departmentId}` : ''}`,
      { as: reader },
    );
    expect(answer.status).toBe(200);
    return answer.body.items;
  };

  beforeAll(async () => {
    await api.start();
  });
  afterAll(() => api.stop());

  it('a window ending 2026-09-25 is due 2026-10-29 (National Day, and the make-up Saturday 10-10 counted)', async () => {
    const taskId = await lockedTask({ from: '2026-09-21', to: '2026-09-25' }, ['e-holiday']);
    expect((await disclosures('2026-10-29')).filter((d) => d.taskId === taskId)).toEqual([]);
    const dayAfter = (await disclosures('2026-10-30')).filter((d) => d.taskId === taskId);
    expect(dayAfter).toHaveLength(2);
    expect(dayAfter[0]).toMatchObject({
      taskName: '抽查',
      dueDate: '2026-10-29',
      provisional: false,
      state: 'not-entered',
      workingDaysOverdue: 1,
    });
    const november = (await disclosures('2026-11-26', 'xf')).filter((d) => d.taskId === taskId);
    expect(november).toEqual([
      expect.objectContaining({ departmentId: 'xf', entityId: 'e-holiday', workingDaysOverdue: 20 }),
    ]);
  });

  it('tells entered-but-unpublished and published-late apart; on time is not listed; as of a date, later acts do not count', async () => {
    const taskId = await lockedTask({ from: '2026-09-21', to: '2026-09-25' }, ['e-late']);
    await append(
      taskId,
      'ResultEntered',
      { entityId: 'e-late', departmentId: 'scjg', inspectorId: 'p1', result: {}, entry: 1 },
      '2026-10-20',
    );
    await append(
      taskId,
      'ResultEntered',
      { entityId: 'e-late', departmentId: 'xf', inspectorId: 'p2', result: {}, entry: 1 },
      '2026-10-20',
      'xf',
    );
    await append(
      taskId,
      'ResultPublished',
      {
        entityId: 'e-late',
        departmentId: 'scjg',
        result: {},
        publishedOn: '2026-11-02',
        due: { date: '2026-10-29', provisional: false, unknownYears: [] },
        late: true,
      },
      '2026-11-02',
    );
    await append(
      taskId,
      'ResultPublished',
      {
        entityId: 'e-late',
        departmentId: 'xf',
        result: {},
        publishedOn: '2026-10-28',
        due: { date: '2026-10-29', provisional: false, unknownYears: [] },
        late: false,
      },
      '2026-10-28',
      'xf',
    );
    const items = (await disclosures('2026-11-26')).filter((d) => d.taskId === taskId);
    expect(items).toEqual([
      expect.objectContaining({ departmentId: 'scjg', state: 'published-late', workingDaysOverdue: 2 }),
    ]);
    const before = (await disclosures('2026-10-31')).filter((d) => d.taskId === taskId);
    expect(before).toEqual([
      expect.objectContaining({ departmentId: 'scjg', state: 'not-published', workingDaysOverdue: 1 }),
    ]);
  });

  it('leaves out cancelled tasks and entities withdrawn with approval', async () => {
    const taskId = await lockedTask({ from: '2026-09-21', to: '2026-09-25' }, ['e-kept', 'e-withdrawn']);
    await append(
      taskId,
      'EntityWithdrawnWithApproval',
      { requestId: 'r1', entityId: 'e-withdrawn', reason: 'deregistered', requesterId: 'a', approverId: 'b' },
      '2026-09-24',
    );
    const items = (await disclosures('2026-11-26')).filter((d) => d.taskId === taskId);
    expect(items.map((d) => d.entityId)).toEqual(['e-kept', 'e-kept']);
  });

  it('flags a deadline counted through a year the calendar does not know, and corrects it once the year is entered', async () => {
    const taskId = await lockedTask({ from: '2027-01-04', to: '2027-01-29' }, ['e-2027']);
    const provisional = (await disclosures('2027-04-30')).find((d) => d.taskId === taskId)!;
    expect(provisional).toMatchObject({ provisional: true, unknownYears: [2027] });
    const entered = await api.call('PUT', '/api/calendar/years/2027', {
      as: admin,
      body: {
        holidays: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
        workdays: ['2027-02-20'],
        notice: '国办发明电〔2026〕X号',
      },
    });
    expect(entered.status).toBeLessThan(300);
    await settle();
    await api.stores.projections.waitFor(await api.stores.events.headPosition(), 5000, ['calendar']);
    const corrected = (await disclosures('2027-04-30')).find((d) => d.taskId === taskId)!;
    expect(corrected.provisional).toBe(false);
    expect(corrected.dueDate > provisional.dueDate).toBe(true);
  });

  it('lists participants that did not answer within 2 working days, and late answers', async () => {
    const silent = randomUUID();
    await append(
      silent,
      'InspectionTaskInitiated',
      {
        adhocReason: '专项',
        name: '抽查',
        leadDepartmentId: 'scjg',
        participants: [
          { departmentId: 'xf', itemIds: [] },
          { departmentId: 'ws', itemIds: [] },
        ],
        itemIds: [],
        criteria: {},
        sampling: { ratio: 0.1 },
        window: { from: '2026-12-01', to: '2026-12-10' },
        seedCommitment: '00'.repeat(32),
        responseDue: { date: '2026-11-24', provisional: false, unknownYears: [] },
      },
      '2026-11-20',
    );
    await append(
      silent,
      'ParticipantResponded',
      {
        departmentId: 'ws',
        accepted: false,
        itemIds: [],
        reason: '无对应事项',
        respondedOn: '2026-11-25',
        late: true,
      },
      '2026-11-25',
      'ws',
    );
    await settle();
    const answer = await api.call<{ items: Response[] }>('GET', '/api/overdue-responses?asOf=2026-11-26', {
      as: reader,
    });
    const items = answer.body.items.filter((r) => r.taskId === silent);
    expect(items).toEqual([
      expect.objectContaining({
        taskName: '抽查',
        departmentId: 'ws',
        dueDate: '2026-11-24',
        state: 'responded-late',
        workingDaysOverdue: 1,
      }),
      expect.objectContaining({
        departmentId: 'xf',
        dueDate: '2026-11-24',
        state: 'not-responded',
        workingDaysOverdue: 2,
      }),
    ]);
    await append(silent, 'InspectionTaskCancelled', { reason: '取消' }, '2026-11-26');
    await settle();
    const after = await api.call<{ items: Response[] }>('GET', '/api/overdue-responses?asOf=2026-11-26', {
      as: reader,
    });
    expect(after.body.items.filter((r) => r.taskId === silent)).toEqual([]);
  });

  it('refuses a date that is not one', async () => {
    for (const asOf of ['2026-13-01', 'tomorrow', '2026-02-30']) {
      const answer = await api.call('GET', `/api/overdue-disclosures?asOf=${asOf}`, { as: reader });
      expect(answer.status).toBe(400);
    }
    expect((await api.call('GET', '/api/overdue-responses')).status).toBe(401);
  });
});

describe('statistics for assessments, from a scripted year', () => {
  const api = new ApiHarness();
  const reader = staff('scjg', ['supervisor']);
  const append = scriptedAppend(api);
  const initiated = (taskId: string, participant: string, day: string) =>
    append(
      taskId,
      'InspectionTaskInitiated',
      {
        adhocReason: '专项',
        name: '抽查',
        leadDepartmentId: 'scjg',
        participants: [{ departmentId: participant, itemIds: [] }],
        itemIds: [],
        criteria: {},
        sampling: { ratio: 0.1 },
        window: { from: '2025-06-02', to: '2025-06-06' },
        seedCommitment: '00'.repeat(32),
        responseDue: { date: day, provisional: false, unknownYears: [] },
      },
      day,
    );
  const result = (category: string) => ({ category, itemFindings: [], inspectedOn: '2025-06-04' });
  const entered = (taskId: string, entityId: string, departmentId: string, day: string) =>
    append(
      taskId,
      'ResultEntered',
      { entityId, departmentId, inspectorId: 'p', result: result('compliant'), entry: 1 },
      day,
      departmentId,
    );
  const published = (taskId: string, entityId: string, departmentId: string, category: string, day: string) =>
    append(
      taskId,
      'ResultPublished',
      {
        entityId,
        departmentId,
        result: result(category),
        publishedOn: day,
        due: { date: '2025-07-04', provisional: false, unknownYears: [] },
        late: day > '2025-07-04',
      },
      day,
      departmentId,
    );

  beforeAll(async () => {
    await api.start();
    const t1 = randomUUID();
    await initiated(t1, 'xf', '2025-05-20');
    await append(
      t1,
      'ParticipantResponded',
      { departmentId: 'xf', accepted: true, itemIds: [], respondedOn: '2025-05-21', late: false },
      '2025-05-21',
      'xf',
    );
    await append(
      t1,
      'InspectionTaskLocked',
      {
        teams: { e1: { members: [] }, e2: { members: [] } },
        window: { from: '2025-06-02', to: '2025-06-06' },
        leadDepartmentId: 'scjg',
        departmentIds: ['scjg', 'xf'],
        itemIds: [],
      },
      '2025-05-30',
    );
    await entered(t1, 'e1', 'scjg', '2025-06-10');
    await published(t1, 'e1', 'scjg', 'compliant', '2025-06-20');
    await entered(t1, 'e2', 'scjg', '2025-06-10');
    await published(t1, 'e2', 'scjg', 'ordered_to_correct', '2025-07-10');
    await entered(t1, 'e1', 'xf', '2025-06-11');
    await published(t1, 'e1', 'xf', 'non_compliant', '2025-06-21');
    await append(
      t1,
      'FollowUpRecorded',
      { followUpId: 'f1', entityId: 'e2', departmentId: 'scjg', kind: 'referral', detail: '移送' },
      '2025-07-11',
    );
    const t2 = randomUUID();
    await initiated(t2, 'xf', '2025-08-01');
    await append(
      t2,
      'ParticipantResponded',
      {
        departmentId: 'xf',
        accepted: false,
        itemIds: [],
        reason: '无',
        respondedOn: '2025-08-01',
        late: false,
      },
      '2025-08-01',
      'xf',
    );
    await append(t2, 'InspectionTaskCancelled', { reason: '取消' }, '2025-08-02');
    await initiated(randomUUID(), 'ws', '2025-09-01');
    await api.stores.projections.waitFor(await api.stores.events.headPosition(), 5000, ['disclosures']);
  });
  afterAll(() => api.stop());

  it('counts tasks, joint share, timeliness, problems found and follow-ups for the year', async () => {
    const answer = await api.call<Record<string, unknown>>('GET', '/api/statistics?year=2025', {
      as: reader,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      year: 2025,
      departmentId: null,
      tasks: { initiated: 3, cancelled: 1, locked: 1, completed: 0, executionRate: 0 },
      joint: { tasks: 1, share: 0.5 },
      entitiesChecked: 2,
      results: {
        due: 4,
        enteredOnTime: 3,
        publishedOnTime: 2,
        enteredOnTimeRate: 0.75,
        publishedOnTimeRate: 0.5,
        published: 3,
        problemsFound: 2,
        problemDiscoveryRate: 0.6667,
      },
      followUps: { recorded: 1 },
    });
  });

  it('narrows to one department: the tasks it takes part in, and its own results', async () => {
    const answer = await api.call<Record<string, unknown>>(
      'GET',
      '/api/statistics?year=2025&departmentId=xf',
      {
        as: reader,
      },
    );
    expect(answer.body).toMatchObject({
      departmentId: 'xf',
      tasks: { initiated: 2, cancelled: 1, locked: 1 },
      results: { due: 2, enteredOnTime: 1, publishedOnTime: 1, problemsFound: 1, problemDiscoveryRate: 1 },
    });
    const empty = await api.call<Record<string, unknown>>('GET', '/api/statistics?year=2024', { as: reader });
    expect(empty.body).toMatchObject({
      tasks: { initiated: 0, executionRate: null },
      joint: { share: null },
    });
    expect((await api.call('GET', '/api/statistics?year=1900', { as: reader })).status).toBe(400);
  });
});
