import type { Statistics } from '@app/contract';

/** GET /api/statistics?year=&departmentId= (the api's own type). */
export type { Statistics };

/** The figures, flat, in the order the table shows them. */
export const STATISTIC_FIGURES = [
  'registered',
  'tasksInitiated',
  'tasksCancelled',
  'tasksCancelledAfterDraw',
  'tasksLocked',
  'tasksCompleted',
  'executionRate',
  'jointTasks',
  'jointShare',
  'entitiesChecked',
  'resultsDue',
  'enteredOnTime',
  'enteredOnTimeRate',
  'publishedOnTime',
  'publishedOnTimeRate',
  'published',
  'problemsFound',
  'problemDiscoveryRate',
  'followUps',
  'referralsSent',
  'referralsOverdue',
] as const;
export type StatisticFigure = (typeof STATISTIC_FIGURES)[number];

/** The figures that are rates (fractions; null when there is nothing to divide by). */
export const RATE_FIGURES = [
  'executionRate',
  'jointShare',
  'enteredOnTimeRate',
  'publishedOnTimeRate',
  'problemDiscoveryRate',
] as const satisfies readonly StatisticFigure[];

export const isRate = (figure: StatisticFigure): boolean =>
  (RATE_FIGURES as readonly StatisticFigure[]).includes(figure);

export function statisticFigures(s: Statistics): Record<StatisticFigure, number | null> {
  return {
    registered: s.directory.registered,
    tasksInitiated: s.tasks.initiated,
    tasksCancelled: s.tasks.cancelled,
    // Absent from answers of an api older than the figure.
    tasksCancelledAfterDraw: s.tasks.cancelledAfterDraw ?? null,
    tasksLocked: s.tasks.locked,
    tasksCompleted: s.tasks.completed,
    executionRate: s.tasks.executionRate,
    jointTasks: s.joint.tasks,
    jointShare: s.joint.share,
    entitiesChecked: s.entitiesChecked,
    resultsDue: s.results.due,
    enteredOnTime: s.results.enteredOnTime,
    enteredOnTimeRate: s.results.enteredOnTimeRate,
    publishedOnTime: s.results.publishedOnTime,
    publishedOnTimeRate: s.results.publishedOnTimeRate,
    published: s.results.published,
    problemsFound: s.results.problemsFound,
    problemDiscoveryRate: s.results.problemDiscoveryRate,
    followUps: s.followUps.recorded,
    // Absent from answers of an api older than referrals (ADR 50).
    referralsSent: s.referrals?.sent ?? null,
    referralsOverdue: s.referrals?.overdue ?? null,
  };
}

/** A rate as a percentage for a chart (one decimal), null where there is none. */
export function percentValue(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}
