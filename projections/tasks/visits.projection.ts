import type { InspectionTaskEvent } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

export interface VisitTask {
  taskId: string;
  window: { from: string; to: string };
  departmentIds: string[];
  itemIds: string[];
}

/** One visit to an entity (进一次门、查多项事): every locked task whose window overlaps the others'. */
export interface Visit {
  /** When the visit can happen: the overlap of its tasks' windows. */
  from: string;
  to: string;
  tasks: VisitTask[];
  departmentIds: string[];
  itemIds: string[];
}

export interface EntityVisitsView extends ReadDocument {
  entityId: string;
  visits: Visit[];
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

function visitOf(tasks: VisitTask[]): Visit {
  return {
    from: tasks.map((t) => t.window.from).reduce((a, b) => (a > b ? a : b)),
    to: tasks.map((t) => t.window.to).reduce((a, b) => (a < b ? a : b)),
    tasks,
    departmentIds: tasks.reduce<string[]>((all, t) => union(all, t.departmentIds), []),
    itemIds: tasks.reduce<string[]>((all, t) => union(all, t.itemIds), []),
  };
}

/** Joins a task to the first visit whose window it overlaps, or opens a new visit. */
export function addToVisits(visits: readonly Visit[], task: VisitTask): Visit[] {
  const index = visits.findIndex((v) => task.window.from <= v.to && v.from <= task.window.to);
  if (index < 0) return [...visits, visitOf([task])];
  return visits.map((v, i) => (i === index ? visitOf([...v.tasks, task]) : v));
}

function removeFromVisits(visits: readonly Visit[], taskId: string): Visit[] {
  return visits
    .map((v) => v.tasks.filter((t) => t.taskId !== taskId))
    .filter((tasks) => tasks.length > 0)
    .map(visitOf);
}

/** Visits per entity, from locked tasks (a withdrawn entity, or a cancelled locked task, leaves its visit). */
export const visitsProjection: Projection<InspectionTaskEvent> = {
  name: 'visits',
  collections: [{ name: 'entityVisits', indexes: [['entityId']] }],
  eventTypes: ['InspectionTaskLocked', 'EntityWithdrawnWithApproval', 'InspectionTaskCancelled'],
  apply(event): DocumentChange[] {
    const leave = (taskId: string, entityId: string): DocumentChange<EntityVisitsView> => ({
      collection: 'entityVisits',
      id: entityId,
      update: (current) =>
        current ? { ...current, visits: removeFromVisits(current.visits, taskId) } : null,
    });
    if (event.type === 'EntityWithdrawnWithApproval') {
      const { taskId, entityId } = event.data;
      return [leave(taskId, entityId)];
    }
    if (event.type === 'InspectionTaskCancelled') {
      // Only a locked task's cancellation names entities (one whose window was out of range).
      const { taskId, entityIds = [] } = event.data;
      return entityIds.map((entityId) => leave(taskId, entityId));
    }
    if (event.type !== 'InspectionTaskLocked') return [];
    const d = event.data;
    const task: VisitTask = {
      taskId: d.taskId,
      window: d.window,
      departmentIds: d.departmentIds,
      itemIds: d.itemIds,
    };
    return d.entityIds.map((entityId) => ({
      collection: 'entityVisits',
      id: entityId,
      update: (current: EntityVisitsView | undefined) => {
        const visits = current?.visits ?? [];
        const view: EntityVisitsView = { id: entityId, entityId, visits: addToVisits(visits, task) };
        return view;
      },
    }));
  },
};
