import type { TaskState } from './task-types';
import type { Actor } from './task-view';

/**
 * The participants still silent after their response deadline (`today` is the api's): the lead
 * may go on without them (Gui'an 第四十条; POST /api/tasks/:id/non-responses).
 */
export function silentPastDeadline(task: TaskState, today: string): string[] {
  if (task.status !== 'initiated' || today <= task.responseDue.date) return [];
  return task.participants.map((p) => p.departmentId).filter((id) => !task.responses[id]);
}

/** Offered to an operator of the lead department, once a participant is silent past its deadline. */
export function mayGoOnWithout(task: TaskState, actor: Actor, today: string): boolean {
  return (
    actor.departmentId === task.leadDepartmentId &&
    actor.roles.includes('operator') &&
    silentPastDeadline(task, today).length > 0
  );
}

/** A participant the lead went on without: when that was recorded, or undefined. */
export function notAnsweringSince(task: TaskState, departmentId: string): string | undefined {
  return task.responses[departmentId]?.notAnswering?.recordedOn;
}
