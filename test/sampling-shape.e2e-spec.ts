import { ApiHarness, type ErrorAnswer, matching } from './support/api-harness';
import { initiateTask, leadOperator, setUpDepartments } from './support/task-fixtures';

/*
 * Sampling is by a ratio (with ratios per credit-risk class beside it, if any) or by a count over
 * the whole pool: ratios per class with a count would be silently ignored, so they are refused.
 */
describe('sampling: a count takes no ratios per class', () => {
  const api = new ApiHarness();
  let items: Record<string, string>;

  beforeAll(async () => {
    await api.start();
    items = await setUpDepartments(api);
  });
  afterAll(() => api.stop());

  const initiate = (sampling: Record<string, unknown>) =>
    api.call<ErrorAnswer>('POST', '/api/tasks', {
      as: leadOperator,
      body: {
        adhocReason: '专项检查',
        name: '抽查',
        participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
        itemIds: [items.scjg],
        criteria: {},
        sampling,
        window: { from: '2026-06-01', to: '2026-06-30' },
      },
    });

  it('refuses a count with ratios per class with 400 naming sampling.byCreditRisk', async () => {
    const answer = await initiate({ count: 20, byCreditRisk: { C: 0.1, D: 0.3 } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(answer.body.details).toEqual([
      { field: 'sampling.byCreditRisk', reason: matching(/count/), rule: 'notWithCount' },
    ]);
  });

  it('takes ratios per class beside a ratio, and a count alone', async () => {
    const byClass = await initiateTask(api, items, { sampling: { ratio: 0.03, byCreditRisk: { D: 0.3 } } });
    const task = await api.call<{ sampling: unknown }>('GET', `/api/tasks/${byClass}`, { as: leadOperator });
    expect(task.body.sampling).toEqual({ ratio: 0.03, byCreditRisk: { D: 0.3 } });
    expect(await initiateTask(api, items, { sampling: { count: 20 } })).toEqual(expect.any(String));
  });
});
