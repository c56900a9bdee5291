import type { TaskState } from '../tasks/task-state';
import type { VisitJoin, VisitState } from './visit-events';

/**
 * A task's part in an agreed visit (ADR 39): joined when its history records the visit; else
 * left when the visit recorded it so; else missing, with why it can no longer join when it cannot
 * (cancelled, the entity withdrawn or handed over, or the task in another visit for the entity).
 */
export function visitJoinOf(
  visit: Pick<VisitState, 'entityId' | 'left'>,
  visitId: string,
  taskId: string,
  task: TaskState | undefined,
): VisitJoin {
  const inVisit = task?.visits?.[visit.entityId];
  if (inVisit === visitId) return { taskId, status: 'joined' };
  const recorded = visit.left?.[taskId];
  if (recorded) return { taskId, status: 'left', why: recorded };
  if (!task) return { taskId, status: 'missing' };
  if (task.status === 'cancelled') return { taskId, status: 'missing', why: 'cancelled' };
  if (inVisit) return { taskId, status: 'missing', why: 'otherVisit' };
  if (task.handOvers?.[visit.entityId]) return { taskId, status: 'missing', why: 'handedOver' };
  if (task.withdrawnEntityIds.includes(visit.entityId))
    return { taskId, status: 'missing', why: 'withdrawn' };
  return { taskId, status: 'missing' };
}
