import type { Page } from '@app/contract';
import type { TaskDepartmentView, TaskSummaryView } from '@app/projections';
import type { DocumentFilter } from '@app/read-store';
import type { Stores } from '@app/runtime';
import type { TaskQueryDto } from './dto';

export type TaskListView = TaskSummaryView;

/**
 * Tasks by plan and status; by department, those it leads or takes part in. The answer is kept
 * whole in the read cache (one lookup, serialised once) until the tasks projection commits.
 */
export function listTasks(stores: Stores, query: TaskQueryDto): Promise<Page<TaskListView>> {
  const { planId, status, departmentId, limit, cursor } = query;
  const key = JSON.stringify(['list', planId, status, departmentId, limit, cursor]);
  return stores.projections.cachedAnswer('tasks', key, () => readTasks(stores, query));
}

async function readTasks(stores: Stores, query: TaskQueryDto): Promise<Page<TaskListView>> {
  const tasks = stores.projections.collection<TaskSummaryView>('tasks', 'tasks');
  const filter: DocumentFilter = {};
  if (query.planId) filter.planId = query.planId;
  if (query.status) filter.status = query.status;
  if (!query.departmentId) return tasks.find({ filter, limit: query.limit, after: query.cursor });
  const page = await stores.projections
    .collection<TaskDepartmentView>('tasks', 'taskDepartments')
    .find({ filter: { departmentId: query.departmentId }, limit: query.limit, after: query.cursor });
  const ids = page.items.map((d) => d.taskId);
  const found = ids.length
    ? (await tasks.find({ filter: { ...filter, id: { $in: ids } }, limit: 1000 })).items
    : [];
  return { items: found, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}
