import type { HealthAnswer, OverdueDisclosure, OverdueResponse } from '@app/contract';
import { beijingDate } from '@app/domain/calendar/calendar-date';
import { jsonCall } from '../bench/support/json-call';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoCounty, seedDemoCounty } from '../scripts/demo-county';
import { TASK_STORIES } from '../scripts/demo-county/tasks';
import { ApiHarness, type Caller } from './support/api-harness';

/*
 * `npm run demo`'s county (issue 25), seeded over HTTP as the demo does it, with a smaller
 * directory: tasks are left at every stage, with results, corrections, rectifications and
 * overdue items as of today; the demo accounts sign in with the printed password; DEMO=1 is said
 * by /health, which the console reads for its 演示数据 badge.
 */
describe('the demonstration county (npm run demo)', () => {
  const api = new ApiHarness();
  const today = beijingDate(Date.now());
  const supervisor: Caller = { sub: 'demo-test', department: 'scjg', roles: ['supervisor', 'admin'] };
  let county: DemoCounty;
  const get = async <T>(path: string): Promise<T> => {
    const answer = await api.call<T>('GET', path, { as: supervisor });
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const tasksAt = (stage: string) => county.ids.tasks[stage] ?? [];
  type Task = { status: string; entityIds: string[] | null; responses: Record<string, unknown> };
  const task = (id: string) => get<Task>(`/api/tasks/${id}`);
  const history = async (id: string) =>
    (await get<{ type: string }[]>(`/api/tasks/${id}/history`)).map((e) => e.type);

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true', DRAW_WITHOUT_BEACON: 'any', DEMO: '1' });
    county = await seedDemoCounty(
      { call: jsonCall(api.base), token: (sub, department, roles) => api.token({ sub, department, roles }) },
      today,
      { entities: 60 },
    );
  }, 240_000);
  afterAll(() => api.stop());

  it('says it is a demonstration on /health', async () => {
    const health = await api.call<HealthAnswer>('GET', '/health');
    expect(health.body.demo).toBe(true);
  });

  it('leaves two tasks at every stage', () => {
    expect(Object.keys(county.ids.tasks).sort()).toEqual(TASK_STORIES.map((s) => s.stage).sort());
    for (const story of TASK_STORIES) expect(tasksAt(story.stage)).toHaveLength(2);
  });

  it('holds the directory, the lists and the published plans', async () => {
    expect((await get<{ items: unknown[] }>('/api/entities?limit=100')).items).toHaveLength(60);
    expect(county.ids.jointLists).toHaveLength(2);
    const plans = await get<{ items: unknown[] }>('/api/plans?status=published&limit=100');
    expect(plans.items.length).toBeGreaterThanOrEqual(4);
  });

  it('has tasks awaiting an answer, drawn, locked, with results partly entered, and cancelled', async () => {
    for (const id of tasksAt('awaiting-response'))
      expect(await task(id)).toMatchObject({ status: 'initiated', responses: {}, entityIds: null });
    for (const id of tasksAt('drawn')) {
      const drawn = await task(id);
      expect([drawn.status, drawn.entityIds?.length]).toEqual(['initiated', 3]);
    }
    for (const id of tasksAt('locked')) expect((await task(id)).status).toBe('locked');
    for (const id of tasksAt('results-entered-partly'))
      expect((await history(id)).filter((t) => t === 'ResultEntered')).toHaveLength(1);
    for (const id of tasksAt('cancelled')) expect((await task(id)).status).toBe('cancelled');
  });

  it('has published results, a correction, a rectification and a referral', async () => {
    for (const id of tasksAt('published')) {
      const types = await history(id);
      expect(types.filter((t) => t === 'ResultPublished')).toHaveLength(6);
      expect(types).toEqual(
        expect.arrayContaining(['ResultCorrected', 'RectificationResultEntered', 'FollowUpRecorded']),
      );
    }
  });

  it('has overdue responses and disclosures as of today, and results published late', async () => {
    const responses = await get<{ items: OverdueResponse[] }>(`/api/overdue-responses?asOf=${today}`);
    expect(
      responses.items
        .filter((r) => r.state === 'not-responded')
        .map((r) => r.taskId)
        .sort(),
    ).toEqual([...tasksAt('overdue-response')].sort());
    const disclosures = await get<{ items: OverdueDisclosure[] }>(`/api/overdue-disclosures?asOf=${today}`);
    const byState = (state: string) =>
      [...new Set(disclosures.items.filter((d) => d.state === state).map((d) => d.taskId))].sort();
    expect(byState('not-published')).toEqual([...tasksAt('overdue-disclosure')].sort());
    expect(byState('published-late')).toEqual([...tasksAt('published-late')].sort());
  });

  it('opens an account per role that signs in with the printed password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const signedIn = await api.call('POST', '/api/auth/sign-in', {
        body: {
          department: account.department,
          employeeNumber: account.employeeNumber,
          password: DEMO_PASSWORD,
        },
      });
      expect([account.employeeNumber, signedIn.status]).toEqual([account.employeeNumber, 200]);
    }
  });
});
