import type { Plan, PlanProgress } from '../plans/plan-model';
import { planExecution } from './plan-execution-model';

const plan = {
  id: 'p1',
  name: '2026年度抽查计划',
  leadDepartmentId: 'd00',
  status: 'published',
  window: { from: '2026-03-01', to: '2026-11-30' },
  progress: {
    tasks: { initiated: 4, locked: 2, cancelled: 1 },
    entitiesDrawn: 12,
    results: { owed: 20, entered: 15, published: 10, publishedOnTime: 8, publishedLate: 2 },
  },
} as Plan & { progress: PlanProgress };

describe('a plan’s execution', () => {
  it('counts the tasks that still stand, and the share of owed results published', () => {
    expect(planExecution(plan)).toMatchObject({
      tasksLive: 3,
      tasksLocked: 2,
      resultsOwed: 20,
      publishedRate: 0.5,
    });
  });

  it('has no rate while nothing is owed', () => {
    const none = { ...plan, progress: { ...plan.progress, results: { ...plan.progress.results, owed: 0 } } };
    expect(planExecution(none).publishedRate).toBeNull();
  });
});
