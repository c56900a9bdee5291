import type { InspectionTaskEvent, VisitEvent } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';
import { type ProposedVisit, proposalsAfter, taskLeft } from './agreed-visits';

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
  /** The possible visits: overlaps of the locked tasks' windows as locked (the api regroups them by the windows as they stand). */
  visits: Visit[];
  /** Visits proposed, agreed or declined by the leads (ADR 39). */
  proposals?: ProposedVisit[];
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

/** Regroups the possible visits by the tasks' windows as they stand now (a postponed task's new one). */
export function visitsByWindows(
  visits: readonly Visit[],
  windowOf: (taskId: string) => { from: string; to: string } | undefined,
): Visit[] {
  return visits
    .flatMap((v) => v.tasks)
    .map((t) => ({ ...t, window: windowOf(t.taskId) ?? t.window }))
    .reduce<Visit[]>(addToVisits, []);
}

type Handled = InspectionTaskEvent | VisitEvent;

/** Visits per entity, from locked tasks (a withdrawn entity, or a cancelled locked task, leaves its visit). */
export const visitsProjection: Projection<Handled> = {
  name: 'visits',
  collections: [{ name: 'entityVisits', indexes: [['entityId']] }],
  eventTypes: [
    'InspectionTaskLocked',
    'EntityWithdrawnWithApproval',
    'InspectionTaskCancelled',
    'VisitProposed',
    'VisitDeclined',
    'VisitConfirmed',
    'VisitTaskLeft',
  ],
  apply(event): DocumentChange[] {
    const leave = (
      taskId: string,
      entityId: string,
      why: 'cancelled' | 'withdrawn',
    ): DocumentChange<EntityVisitsView> => ({
      collection: 'entityVisits',
      id: entityId,
      update: (current) =>
        current
          ? {
              ...current,
              visits: removeFromVisits(current.visits, taskId),
              ...(current.proposals ? { proposals: taskLeft(current.proposals, taskId, why) } : {}),
            }
          : null,
    });
    if (
      event.type === 'VisitProposed' ||
      event.type === 'VisitDeclined' ||
      event.type === 'VisitConfirmed' ||
      event.type === 'VisitTaskLeft'
    ) {
      const { entityId } = event.data;
      return [
        {
          collection: 'entityVisits',
          id: entityId,
          update: (current: EntityVisitsView | undefined) => ({
            id: entityId,
            entityId,
            visits: current?.visits ?? [],
            proposals: proposalsAfter(current?.proposals ?? [], event),
          }),
        },
      ];
    }
    if (event.type === 'EntityWithdrawnWithApproval') {
      const { taskId, entityId } = event.data;
      return [leave(taskId, entityId, 'withdrawn')];
    }
    if (event.type === 'InspectionTaskCancelled') {
      // A locked task's cancellation names its entities: out of range, or in the draw it discards.
      const { taskId, entityIds = [], discardedDraw } = event.data;
      const named = [...new Set([...entityIds, ...(discardedDraw?.entityIds ?? [])])];
      return named.map((entityId) => leave(taskId, entityId, 'cancelled'));
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
        const view: EntityVisitsView = {
          ...current,
          id: entityId,
          entityId,
          visits: addToVisits(visits, task),
        };
        return view;
      },
    }));
  },
};
