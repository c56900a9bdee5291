import type { InspectionTaskEvent } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/** A task as lists show it; `GET /api/tasks/:id` folds the stream for the full state. */
export interface TaskSummaryView extends ReadDocument {
  name: string;
  planId: string | null;
  leadDepartmentId: string;
  participantIds: string[];
  status: 'initiated' | 'locked' | 'cancelled';
  window: { from: string; to: string };
  entityCount: number;
  initiatedAt: string;
  updatedAt: string;
}

/** One document per (task, department taking part): tasks are listed by department. */
export interface TaskDepartmentView extends ReadDocument {
  taskId: string;
  departmentId: string;
}

const departmentDoc = (taskId: string, departmentId: string): DocumentChange => ({
  collection: 'taskDepartments',
  id: `${taskId}|${departmentId}`,
  put: { id: `${taskId}|${departmentId}`, taskId, departmentId } satisfies TaskDepartmentView,
});

export const tasksProjection: Projection<InspectionTaskEvent> = {
  name: 'tasks',
  collections: [
    { name: 'tasks', indexes: [['planId'], ['leadDepartmentId'], ['status']] },
    { name: 'taskDepartments', indexes: [['departmentId'], ['taskId']] },
  ],
  eventTypes: [
    'InspectionTaskInitiated',
    'DrawnEntitiesListed',
    'EntitiesDrawn',
    'InspectionTaskLocked',
    'InspectionTaskCancelled',
    'InspectionTaskPostponed',
  ],
  apply(event): DocumentChange[] {
    const at = event.metadata.occurredAt;
    const { taskId } = event.data;
    const patch = (fields: Partial<TaskSummaryView>): DocumentChange<TaskSummaryView> => ({
      collection: 'tasks',
      id: taskId,
      update: (current) => (current ? { ...current, ...fields, updatedAt: at } : null),
    });
    switch (event.type) {
      case 'InspectionTaskInitiated': {
        const d = event.data;
        const participantIds = d.participants.map((p) => p.departmentId);
        const view: TaskSummaryView = {
          id: taskId,
          name: d.name,
          planId: d.planId ?? null,
          leadDepartmentId: d.leadDepartmentId,
          participantIds,
          status: 'initiated',
          window: d.window,
          entityCount: 0,
          initiatedAt: at,
          updatedAt: at,
        };
        return [
          { collection: 'tasks', id: taskId, put: view },
          ...[d.leadDepartmentId, ...participantIds].map((id) => departmentDoc(taskId, id)),
        ];
      }
      case 'DrawnEntitiesListed':
      case 'EntitiesDrawn': {
        // Parts of a large draw come first; each adds its ids.
        const added = event.data.entityIds.length;
        return [
          {
            collection: 'tasks',
            id: taskId,
            update: (current: TaskSummaryView | undefined) =>
              current ? { ...current, entityCount: current.entityCount + added, updatedAt: at } : null,
          },
        ];
      }
      case 'InspectionTaskLocked':
        return [patch({ status: 'locked', entityCount: event.data.entityIds.length })];
      case 'InspectionTaskCancelled':
        return [patch({ status: 'cancelled' })];
      case 'InspectionTaskPostponed':
        return [patch({ window: event.data.window })];
      default:
        return [];
    }
  },
};
