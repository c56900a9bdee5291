import type { TaskWithoutDeadlines } from './overdue';

/** The answer of GET /api/statistics. */
export interface Statistics {
  year: number;
  departmentId: string | null;
  asOf: string;
  directory: { registered: number };
  tasks: {
    initiated: number;
    cancelled: number;
    locked: number;
    completed: number;
    executionRate: number | null;
  };
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
  /** Tasks whose deadlines cannot be counted (a window recorded before dates had a range): not judged. */
  tasksWithoutDeadlines: TaskWithoutDeadlines[];
}
