import type { TaskState } from './task-types';
import type { Actor } from './task-view';

/** Entities withdrawn from this task as moved away (approved): each may be handed over (Yiyuan 二十八). */
export function movedAwayEntities(task: TaskState): string[] {
  return Object.values(task.requests)
    .filter((r) => r.kind === 'withdrawal' && r.status === 'approved' && r.reason === 'moved_away')
    .map((r) => (r as { entityId: string }).entityId);
}

/** An operator or head of the lead hands a moved business over once (POST /api/tasks/:id/hand-overs). */
export function mayHandOver(task: TaskState, actor: Actor, entityId: string): boolean {
  return (
    task.status === 'locked' &&
    actor.departmentId === task.leadDepartmentId &&
    (actor.roles.includes('operator') || actor.roles.includes('head')) &&
    !task.handOvers?.[entityId]
  );
}
