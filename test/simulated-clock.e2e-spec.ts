import { ApiHarness, type ErrorAnswer, admin, staff } from './support/api-harness';
import { initiateTask, setUpDepartments } from './support/task-fixtures';

describe('a simulated clock (SIMULATED_CLOCK=true), for playing a year through', () => {
  const api = new ApiHarness();
  const reader = staff('jjjc', ['supervisor']);

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
  });
  afterAll(() => api.stop());

  it('records acts at the time an administrator set, and the deadlines follow it', async () => {
    const set = await api.call<{ now: string; simulated: boolean }>('PUT', '/api/admin/clock', {
      as: admin,
      body: { now: '2026-03-02T01:00:00.000Z' },
    });
    expect(set.status).toBe(200);
    expect(set.body.simulated).toBe(true);
    expect(set.body.now.startsWith('2026-03-02T01:00')).toBe(true);
    const items = await setUpDepartments(api);
    const taskId = await initiateTask(api, items, { window: { from: '2026-03-10', to: '2026-03-20' } });
    const history = await api.call<{ occurredAt: string }[]>('GET', `/api/tasks/${taskId}/history`, {
      as: reader,
    });
    expect(history.body[0].occurredAt.startsWith('2026-03-02')).toBe(true);
    // A week later xf answers: two working days were due, so the answer is late.
    await api.call('PUT', '/api/admin/clock', { as: admin, body: { now: '2026-03-09T01:00:00.000Z' } });
    const answered = await api.call('POST', `/api/tasks/${taskId}/responses`, {
      as: staff('xf', ['operator']),
      body: { accepted: true, itemIds: [items.xf] },
    });
    expect(answered.status).toBeLessThan(300);
    await api.stores.projections.waitFor(await api.stores.events.headPosition(), 20_000);
    const overdue = await api.call<{ asOf: string; items: { taskId: string; state: string }[] }>(
      'GET',
      '/api/overdue-responses',
      { as: reader },
    );
    expect(overdue.body.asOf).toBe('2026-03-09');
    expect(overdue.body.items).toEqual([expect.objectContaining({ taskId, state: 'responded-late' })]);
    expect(
      (await api.call<{ now: string }>('GET', '/api/admin/clock', { as: admin })).body.now.startsWith(
        '2026-03-09',
      ),
    ).toBe(true);
  });

  it('is set by administrators only, to a real time', async () => {
    const operator = await api.call<ErrorAnswer>('PUT', '/api/admin/clock', {
      as: staff('scjg', ['operator']),
      body: { now: '2026-03-02T01:00:00.000Z' },
    });
    expect(operator.status).toBe(403);
    const bad = await api.call<ErrorAnswer>('PUT', '/api/admin/clock', { as: admin, body: { now: 'soon' } });
    expect(bad.status).toBe(400);
  });
});

describe('the real clock (the default)', () => {
  const api = new ApiHarness();
  beforeAll(async () => {
    await api.start();
  });
  afterAll(() => api.stop());

  it('cannot be set', async () => {
    const refused = await api.call<ErrorAnswer>('PUT', '/api/admin/clock', {
      as: admin,
      body: { now: '2026-03-02T01:00:00.000Z' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CLOCK_NOT_SIMULATED');
    const read = await api.call<{ simulated: boolean }>('GET', '/api/admin/clock', { as: admin });
    expect(read.body.simulated).toBe(false);
  });
});
