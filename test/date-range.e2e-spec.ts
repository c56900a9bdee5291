import { randomUUID } from 'node:crypto';
import { ApiHarness, type ErrorAnswer, admin, staff } from './support/api-harness';
import { leadOperator, setUpDepartments } from './support/task-fixtures';

/*
 * Issue 15, High 1: a date past year 9999's end made the day arithmetic loop for ever, and one
 * request held the whole process. Dates now have a range (2000-01-01 to 2100-12-31), and a task
 * recorded before that, with a window to 9999-12-31, is reported instead of hanging the api.
 */
const reader = staff('scjg', ['supervisor']);
const FAR_WINDOW = { from: '2026-12-01', to: '9999-12-31' };

const health = async (api: ApiHarness) => (await fetch(`${api.base}/health`)).status;

describe('dates outside the range are refused, and the api keeps answering', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it.each([
    ['/api/calendar/working-days-between?from=9999-12-31&to=2026-12-31', 'from'],
    ['/api/calendar/add-working-days?from=9999-12-31&days=1', 'from'],
    ['/api/overdue-disclosures?asOf=9999-12-31', 'asOf'],
    ['/api/overdue-responses?asOf=9999-12-31', 'asOf'],
    ['/api/overdue-objections?asOf=9999-12-31', 'asOf'],
    ['/api/calendar/working-days-between?from=2026-12-31&to=2101-01-01', 'to'],
    ['/api/visits?entityId=e1&from=1999-12-31', 'from'],
    ['/api/accountability?from=9999-12-31', 'from'],
    ['/api/tasks/t1?at=9999-12-31T00:00:00Z', 'at'],
  ])('GET %s: 400 naming %s, and /health answers right after', async (path, field) => {
    const answer = await api.call<ErrorAnswer>('GET', path, { as: reader });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(answer.body.details).toEqual([
      {
        field,
        reason: expect.stringMatching(/from 2000-01-01 to 2100-12-31/) as string,
        rule: expect.stringMatching(/^(isCalendarDate|isMomentInRange)$/) as string,
      },
    ]);
    expect(await health(api)).toBe(200);
  });

  it('refuses a task window to 9999-12-31 (400), and one longer than 366 days (409 TASK_WINDOW_TOO_LONG)', async () => {
    const items = await setUpDepartments(api);
    const body = {
      adhocReason: '专项检查',
      name: '抽查',
      participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
      itemIds: [items.scjg],
      criteria: {},
      sampling: { ratio: 0.1 },
    };
    const far = await api.call<ErrorAnswer>('POST', '/api/tasks', {
      as: leadOperator,
      body: { ...body, window: FAR_WINDOW },
    });
    expect(far.status).toBe(400);
    expect(far.body.details).toEqual([
      { field: 'window.to', reason: 'must be from 2000-01-01 to 2100-12-31', rule: 'isCalendarDate' },
    ]);
    const long = await api.call<ErrorAnswer>('POST', '/api/tasks', {
      as: leadOperator,
      body: { ...body, window: { from: '2027-01-01', to: '2028-06-30' } },
    });
    expect(long.status).toBe(409);
    expect(long.body.code).toBe('TASK_WINDOW_TOO_LONG');
    expect(await health(api)).toBe(200);
  });

  it('refuses a calendar year or a simulated clock outside the range', async () => {
    const year = await api.call<ErrorAnswer>('PUT', '/api/calendar/years/9999', {
      as: admin,
      body: { holidays: [], workdays: [], notice: '通知' },
    });
    expect(year.status).toBe(400);
    const clock = await api.call<ErrorAnswer>('PUT', '/api/admin/clock', {
      as: admin,
      body: { now: '9999-12-31T00:00:00.000Z' },
    });
    expect(clock.status).toBe(400);
    expect(clock.body.details).toEqual([
      { field: 'now', reason: 'must be from 2000-01-01 to 2100-12-31', rule: 'isMomentInRange' },
    ]);
  });
});

describe('a data file that already holds a locked task with a window to 9999-12-31', () => {
  const api = new ApiHarness();
  const taskId = randomUUID();

  /** Appends a task's event as the decider recorded it before dates had a range. */
  const append = (type: string, data: Record<string, unknown>, departmentId = 'scjg') =>
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
            occurredAt: '2026-11-20T02:00:00.000Z',
            schemaVersion: 1,
          },
        },
      ],
      { expectedRevision: 'any' },
    );

  beforeAll(async () => {
    await api.start();
    await append('InspectionTaskInitiated', {
      adhocReason: '专项',
      name: '远期抽查',
      leadDepartmentId: 'scjg',
      participants: [{ departmentId: 'xf', itemIds: ['i-xf'] }],
      itemIds: ['i-scjg'],
      criteria: {},
      sampling: { ratio: 0.1 },
      window: FAR_WINDOW,
      seedCommitment: '00'.repeat(32),
      responseDue: { date: '2026-11-24', provisional: false, unknownYears: [] },
    });
    await append(
      'ParticipantResponded',
      { departmentId: 'xf', accepted: true, itemIds: ['i-xf'], respondedOn: '2026-11-20', late: false },
      'xf',
    );
    await append('EntitiesDrawn', { entityIds: ['e-far'], draw: {} });
    await append('InspectionTaskLocked', {
      entityIds: ['e-far'],
      teams: { 'e-far': { members: [] } },
      window: FAR_WINDOW,
      leadDepartmentId: 'scjg',
      departmentIds: ['scjg', 'xf'],
      itemIds: ['i-scjg', 'i-xf'],
    });
    // The process that recorded it is gone; a new one starts on the same data.
    await api.restart();
    await api.stores.projections.waitFor(await api.head(), 20_000);
  });
  afterAll(() => api.stop());

  it('starts and serves: /health, the task, statistics and both overdue lists, the task reported', async () => {
    expect(await health(api)).toBe(200);
    expect((await api.call('GET', `/api/tasks/${taskId}`, { as: reader })).status).toBe(200);
    const reported = [{ taskId, code: 'CALENDAR_DATE_OUT_OF_RANGE', reason: expect.any(String) as string }];

    const statistics = await api.call<{ tasks: { locked: number }; tasksWithoutDeadlines: unknown }>(
      'GET',
      '/api/statistics?year=2026',
      { as: reader },
    );
    expect(statistics.status).toBe(200);
    expect(statistics.body.tasks.locked).toBe(1);
    expect(statistics.body.tasksWithoutDeadlines).toEqual(reported);

    const disclosures = await api.call<{ items: unknown[]; tasksWithoutDeadlines: unknown }>(
      'GET',
      '/api/overdue-disclosures?asOf=2100-12-31',
      { as: reader },
    );
    expect(disclosures.status).toBe(200);
    expect(disclosures.body.items).toEqual([]);
    expect(disclosures.body.tasksWithoutDeadlines).toEqual(reported);
    const responses = await api.call('GET', '/api/overdue-responses?asOf=2100-12-31', { as: reader });
    expect(responses.status).toBe(200);
    expect(await health(api)).toBe(200);
  });

  it('rebuilds its projections', async () => {
    for (const name of ['disclosures', 'tasks', 'visits']) await api.stores.projections.rebuild(name);
    const statistics = await api.call('GET', '/api/statistics?year=2026', { as: reader });
    expect(statistics.status).toBe(200);
  });

  it('lets its lead cancel it though locked; it then leaves the statistics and the entity’s visits', async () => {
    const cancel = await api.call<{ status: string }>('POST', `/api/tasks/${taskId}/cancel`, {
      as: leadOperator,
      body: { reason: '期限无法计算，撤销' },
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body.status).toBe('cancelled');
    await api.stores.projections.waitFor(await api.head(), 20_000);

    const statistics = await api.call<{ tasks: { cancelled: number }; tasksWithoutDeadlines: unknown }>(
      'GET',
      '/api/statistics?year=2026',
      { as: reader },
    );
    expect(statistics.body.tasks.cancelled).toBe(1);
    expect(statistics.body.tasksWithoutDeadlines).toEqual([]);
    const visits = await api.call<{ visits: unknown[] }>('GET', '/api/visits?entityId=e-far', { as: reader });
    expect(visits.body.visits).toEqual([]);
  });
});
