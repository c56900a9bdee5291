import { callApi } from '../../api/client';
import { mapLimit, readAllPages } from '../tasks/load';
import type { TaskState, TaskSummary } from '../tasks/task-types';
import { useLoad } from '../tasks/use-load';
import type { WorkTask } from './workbench-items';

/** The most recent tasks whose state the workbench reads (each is one call). */
export const WORKBENCH_TASK_LIMIT = 200;

/**
 * The tasks the department leads or takes part in, not cancelled, most recent first, each with
 * its state (the responses, teams, results and requests the workbench looks through).
 */
export function useWorkTasks(departmentId: string | undefined) {
  return useLoad(departmentId ? `work:${departmentId}` : undefined, async (token) => {
    const listed = await readAllPages<TaskSummary>(token, '/api/tasks', { departmentId }, 10);
    const live = listed.items
      .filter((task) => task.status !== 'cancelled')
      .sort((a, b) => b.initiatedAt.localeCompare(a.initiatedAt));
    const read = live.slice(0, WORKBENCH_TASK_LIMIT);
    const states = await mapLimit(read, 6, (summary) =>
      callApi<TaskState>('GET', `/api/tasks/${encodeURIComponent(summary.id)}`, { token }),
    );
    const tasks: WorkTask[] = read.map((summary, i) => ({ summary, state: states[i] }));
    return {
      tasks,
      truncated: listed.truncated || live.length > read.length,
      names: new Map(listed.items.map((t) => [t.id, t.name])),
    };
  });
}
