import type { TaskWithoutDeadlines } from './overdue';
import type { ReferralFigures } from './referrals';

/** The answer of GET /api/statistics. */
export interface Statistics {
  year: number;
  departmentId: string | null;
  asOf: string;
  directory: { registered: number };
  tasks: {
    initiated: number;
    cancelled: number;
    /** Of those, cancelled after the draw (its pool frozen, on a principal's approval). */
    cancelledAfterDraw: number;
    locked: number;
    completed: number;
    executionRate: number | null;
  };
  /** Tasks cancelled after their draw, per lead department, most first: for supervisors to follow up. */
  cancelledAfterDrawByLead: { departmentId: string; tasks: number }[];
  joint: { tasks: number; share: number | null };
  entitiesChecked: number;
  results: {
    due: number;
    enteredOnTime: number;
    publishedOnTime: number;
    enteredOnTimeRate: number | null;
    publishedOnTimeRate: number | null;
    published: number;
    problemsFound: number;
    problemDiscoveryRate: number | null;
  };
  followUps: { recorded: number };
  /** Referrals (移送/转办, ADR 50) sent in the year: by state, and overdue. */
  referrals: ReferralFigures;
  /** Tasks whose deadlines cannot be counted (a window recorded before dates had a range): not judged. */
  tasksWithoutDeadlines: TaskWithoutDeadlines[];
}
