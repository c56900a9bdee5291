import { ratio } from './format';
import type { PlanProgress } from './plan-model';

/** The figures of a plan's progress, in the order the table and the chart show them. */
export const PROGRESS_FIGURES = [
  'tasksInitiated',
  'tasksLocked',
  'tasksCancelled',
  'entitiesDrawn',
  'resultsOwed',
  'resultsEntered',
  'resultsPublished',
  'publishedOnTime',
  'publishedLate',
] as const;
export type ProgressFigure = (typeof PROGRESS_FIGURES)[number];

export function progressFigures(progress: PlanProgress): Record<ProgressFigure, number> {
  const { tasks, results } = progress;
  return {
    tasksInitiated: tasks.initiated,
    tasksLocked: tasks.locked,
    tasksCancelled: tasks.cancelled,
    entitiesDrawn: progress.entitiesDrawn,
    resultsOwed: results.owed,
    resultsEntered: results.entered,
    resultsPublished: results.published,
    publishedOnTime: results.publishedOnTime,
    publishedLate: results.publishedLate,
  };
}

/** How far the plan's inspections have got: results entered and published of those owed, and on time. */
export function progressRates(progress: PlanProgress) {
  const { results } = progress;
  return {
    entered: ratio(results.entered, results.owed),
    published: ratio(results.published, results.owed),
    onTime: ratio(results.publishedOnTime, results.published),
  };
}
