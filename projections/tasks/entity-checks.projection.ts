import { type InspectionTaskEvent, beijingYear, discardedIn, sharedCheckIn } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/** How often an entity was drawn for inspection in a (Beijing) year, and by which tasks. */
export interface EntityChecksView extends ReadDocument {
  entityId: string;
  year: number;
  count: number;
  taskIds: string[];
  /** Of those, tasks cancelled after their draw (whether they count is the deployment's policy). */
  discardedTaskIds?: string[];
  /** Tasks whose check was shared with another task's in one agreed visit (ADR 39): counted once. */
  sharedChecks?: { taskId: string; visitId: string; countedWith: string }[];
}

/**
 * The agreed visits that shared a check (ADR 39), each with its tasks (the one counted first): why
 * `count` is lower than the tasks that drew the entity.
 */
export function sharedVisits(
  shared: EntityChecksView['sharedChecks'],
): { visitId: string; taskIds: string[] }[] {
  const visits = new Map<string, string[]>();
  for (const { visitId, taskId, countedWith } of shared ?? []) {
    const taskIds = visits.get(visitId) ?? (countedWith ? [countedWith] : []);
    if (!taskIds.includes(taskId)) taskIds.push(taskId);
    visits.set(visitId, taskIds);
  }
  return [...visits].map(([visitId, taskIds]) => ({ visitId, taskIds }));
}

export const entityChecksId = (entityId: string, year: number): string => `${entityId}|${year}`;

/**
 * The per-entity yearly check counts (the yearly cap reads the same counts from the log at a
 * draw's position; this read model shows them). Parts of a large draw count when recorded.
 */
export const entityChecksProjection: Projection<
  Extract<
    InspectionTaskEvent,
    { type: 'EntitiesDrawn' | 'DrawnEntitiesListed' | 'InspectionTaskCancelled' | 'TaskJoinedVisit' }
  >
> = {
  name: 'entityChecks',
  collections: [{ name: 'checks', indexes: [['entityId', 'year'], ['year']] }],
  eventTypes: ['EntitiesDrawn', 'DrawnEntitiesListed', 'InspectionTaskCancelled', 'TaskJoinedVisit'],
  apply(event): DocumentChange[] {
    if (event.type === 'TaskJoinedVisit') {
      const shared = sharedCheckIn(event);
      if (!shared) return [];
      const { taskId, visitId, countedWith = '' } = event.data;
      return [
        {
          collection: 'checks',
          id: entityChecksId(shared.entityId, shared.year),
          update: (checks: EntityChecksView | undefined) =>
            checks
              ? {
                  ...checks,
                  count: Math.max(0, checks.count - 1),
                  sharedChecks: [...(checks.sharedChecks ?? []), { taskId, visitId, countedWith }],
                }
              : null,
        },
      ];
    }
    if (event.type === 'InspectionTaskCancelled') {
      const discarded = discardedIn(event);
      if (!discarded) return [];
      const { taskId } = event.data;
      return discarded.entityIds.map((entityId) => ({
        collection: 'checks',
        id: entityChecksId(entityId, discarded.year),
        update: (checks: EntityChecksView | undefined) =>
          checks ? { ...checks, discardedTaskIds: [...(checks.discardedTaskIds ?? []), taskId] } : null,
      }));
    }
    const { taskId, entityIds } = event.data;
    const year = beijingYear(event.metadata.occurredAt);
    return entityIds.map((entityId) => {
      const id = entityChecksId(entityId, year);
      return {
        collection: 'checks',
        id,
        update: (checks: EntityChecksView | undefined) => {
          const view: EntityChecksView = {
            ...checks,
            id,
            entityId,
            year,
            count: (checks?.count ?? 0) + 1,
            taskIds: checks?.taskIds.includes(taskId) ? checks.taskIds : [...(checks?.taskIds ?? []), taskId],
          };
          return view;
        },
      };
    });
  },
};
