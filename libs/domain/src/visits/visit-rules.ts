import { DomainError } from '../domain-error';
import type { DateWindow } from '../tasks/task-vocabulary';
import type { VisitTaskFacts } from './visit-events';

export const VISIT_MIN_TASKS = 2;
export const VISIT_MAX_TASKS = 5;

function reject(code: string, message: string, details: Record<string, unknown> = {}): never {
  throw new DomainError(code, message, details);
}

/** The overlap of the tasks' windows as they stand now, or a refusal when they have none. */
export function visitOverlap(tasks: readonly VisitTaskFacts[]): DateWindow {
  const from = tasks.map((t) => t.window.from).reduce((a, b) => (a > b ? a : b));
  const to = tasks.map((t) => t.window.to).reduce((a, b) => (a < b ? a : b));
  if (from > to) {
    reject('VISIT_WINDOWS_DO_NOT_OVERLAP', 'The tasks have no days in common', { from, to });
  }
  return { from, to };
}

/** Every task exists, is locked and not cancelled, drew the entity and keeps it, and is in no other visit. */
export function assertVisitTasks(tasks: readonly VisitTaskFacts[], entityId: string, visitId: string): void {
  const ids = new Set(tasks.map((t) => t.taskId));
  if (ids.size !== tasks.length || tasks.length < VISIT_MIN_TASKS || tasks.length > VISIT_MAX_TASKS) {
    reject('VISIT_TASK_COUNT', `A visit joins ${VISIT_MIN_TASKS} to ${VISIT_MAX_TASKS} distinct tasks`, {
      min: VISIT_MIN_TASKS,
      max: VISIT_MAX_TASKS,
    });
  }
  for (const task of tasks) {
    const { taskId } = task;
    if (task.status === 'absent') reject('TASK_NOT_FOUND', `No inspection task ${taskId}`, { taskId });
    if (task.status === 'cancelled') reject('TASK_CANCELLED', `Task ${taskId} was cancelled`, { taskId });
    if (task.status !== 'locked') reject('TASK_NOT_LOCKED', `Task ${taskId} is not locked yet`, { taskId });
    if (!task.entityIds.includes(entityId)) {
      reject('VISIT_ENTITY_NOT_IN_TASK', `Task ${taskId} does not (or no longer) inspect ${entityId}`, {
        taskId,
        entityId,
      });
    }
    if (task.inVisit && task.inVisit !== visitId) {
      reject('TASK_ALREADY_IN_VISIT', `Task ${taskId} is already in visit ${task.inVisit} for the entity`, {
        taskId,
        visitId: task.inVisit,
      });
    }
  }
}

/** The date lies inside the overlap, and is a working day when the calendar knows its year. */
export function assertVisitDate(date: string, overlap: DateWindow, workingDay: boolean | undefined): void {
  if (date < overlap.from || date > overlap.to) {
    reject('VISIT_DATE_OUTSIDE_OVERLAP', `The date ${date} is outside the tasks' common days`, {
      date,
      from: overlap.from,
      to: overlap.to,
    });
  }
  if (workingDay === false) {
    reject('VISIT_DATE_NOT_WORKING_DAY', `${date} is not a working day`, { date });
  }
}
