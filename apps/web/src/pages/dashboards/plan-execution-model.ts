import { ratio } from '../plans/format';
import type { Plan, PlanProgress } from '../plans/plan-model';

export interface PlanExecution {
  id: string;
  name: string;
  leadDepartmentId: string;
  status: Plan['status'];
  window: Plan['window'];
  /** Tasks initiated under the plan and not cancelled. */
  tasksLive: number;
  tasksLocked: number;
  tasksCancelled: number;
  entitiesDrawn: number;
  resultsOwed: number;
  resultsEntered: number;
  resultsPublished: number;
  publishedOnTime: number;
  publishedLate: number;
  publishedRate: number | null;
}

/** A plan's execution, flat, from the plan and its progress (GET /api/plans/:id). */
export function planExecution(plan: Plan & { progress: PlanProgress }): PlanExecution {
  const { tasks, results } = plan.progress;
  return {
    id: plan.id,
    name: plan.name,
    leadDepartmentId: plan.leadDepartmentId,
    status: plan.status,
    window: plan.window,
    tasksLive: tasks.initiated - tasks.cancelled,
    tasksLocked: tasks.locked,
    tasksCancelled: tasks.cancelled,
    entitiesDrawn: plan.progress.entitiesDrawn,
    resultsOwed: results.owed,
    resultsEntered: results.entered,
    resultsPublished: results.published,
    publishedOnTime: results.publishedOnTime,
    publishedLate: results.publishedLate,
    publishedRate: ratio(results.published, results.owed),
  };
}
