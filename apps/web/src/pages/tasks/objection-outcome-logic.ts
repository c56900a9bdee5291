import type { Objection, TaskState } from './task-types';
import type { Actor } from './task-view';

/**
 * An operator or head of the result's department records that the business was told the outcome,
 * once, after the review (POST /api/tasks/:id/objections/:objectionId/outcome-notice).
 */
export function mayNotifyOutcome(task: TaskState, objection: Objection, actor: Actor): boolean {
  return (
    task.status === 'locked' &&
    objection.status === 'reviewed' &&
    objection.departmentId === actor.departmentId &&
    (actor.roles.includes('operator') || actor.roles.includes('head'))
  );
}
