import { isCalendarDateInRange } from '../calendar/calendar-date';
import { DomainError } from '../domain-error';
import type { InspectionTaskState, TaskState } from './task-state';

export function reject(code: string, message: string, details: Record<string, unknown> = {}): never {
  throw new DomainError(code, message, details);
}

export function existingTask(state: InspectionTaskState, taskId: string): TaskState {
  if (state.status === 'absent') reject('TASK_NOT_FOUND', `No inspection task ${taskId}`);
  return state;
}

/** The task exists and is not cancelled. */
export function liveTask(state: InspectionTaskState, taskId: string): TaskState {
  const task = existingTask(state, taskId);
  if (task.status === 'cancelled') reject('TASK_CANCELLED', `Task ${taskId} was cancelled`);
  return task;
}

/** The task is live and not locked yet. */
export function openTask(state: InspectionTaskState, taskId: string): TaskState {
  const task = liveTask(state, taskId);
  if (task.status === 'locked')
    reject('TASK_LOCKED', `Task ${taskId} is locked; its list and teams are frozen`);
  return task;
}

/**
 * The pool the draw reads is fixed: from here on, cancelling needs a principal's approval. A
 * beacon task's PoolFrozen fixes it before the beacon; a draw (its parts or its EntitiesDrawn)
 * fixes any task's.
 */
export function poolFrozen(task: TaskState): boolean {
  return task.poolFrozen !== undefined || task.entityIds !== null || task.drawParts !== null;
}

export function lockedTask(state: InspectionTaskState, taskId: string): TaskState {
  const task = liveTask(state, taskId);
  if (task.status !== 'locked') reject('TASK_NOT_LOCKED', `Task ${taskId} is not locked yet`);
  return task;
}

export function assertLead(task: TaskState, departmentId: string): void {
  if (task.leadDepartmentId !== departmentId) {
    reject('NOT_THE_LEAD_DEPARTMENT', `Only the lead department ${task.leadDepartmentId} may do this`, {
      leadDepartmentId: task.leadDepartmentId,
    });
  }
}

/** Departments taking part: the lead and every participant that accepted (the console asks too). */
export function actingDepartments(
  task: Pick<TaskState, 'leadDepartmentId' | 'participants' | 'responses'>,
): string[] {
  return [
    task.leadDepartmentId,
    ...task.participants.map((p) => p.departmentId).filter((id) => task.responses[id]?.accepted),
  ];
}

/** Drawn entities still on the list (withdrawn ones left out). */
export function listedEntities(task: Pick<TaskState, 'entityIds' | 'withdrawnEntityIds'>): string[] {
  return (task.entityIds ?? []).filter((id) => !task.withdrawnEntityIds.includes(id));
}

export function assertListed(task: TaskState, entityId: string): void {
  if (!listedEntities(task).includes(entityId)) {
    reject('ENTITY_NOT_IN_TASK', `Entity ${entityId} is not on this task's drawn list`);
  }
}

/** Both ends of the window within the calendar's range (older tasks may lie outside it). */
export function isWindowInRange(window: { from: string; to: string }): boolean {
  return isCalendarDateInRange(window.from) && isCalendarDateInRange(window.to);
}
