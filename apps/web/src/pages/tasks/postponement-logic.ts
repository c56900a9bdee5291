import type { TaskState } from './task-types';
import type { Actor } from './task-view';

/** A postponement of this task awaits its head's decision. */
export function postponementPending(task: TaskState): boolean {
  return Object.values(task.requests).some((r) => r.kind === 'postponement' && r.status === 'pending');
}

/** The lead's operator or head may ask to postpone a locked task, one request at a time. */
export function mayAskPostponement(task: TaskState, actor: Actor): boolean {
  const asks = actor.roles.includes('operator') || actor.roles.includes('head');
  return (
    task.status === 'locked' &&
    asks &&
    actor.departmentId === task.leadDepartmentId &&
    !postponementPending(task)
  );
}

/** The form's default: the same length of window, starting the day after the current one ends. */
export function suggestedWindow(window: { from: string; to: string }): { from: string; to: string } {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const length = (day(window.to) - day(window.from)) / 86_400_000;
  const from = new Date(day(window.to) + 86_400_000).toISOString().slice(0, 10);
  const to = new Date(day(from) + length * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

/** The body the api takes, or the fields still missing (the api checks the window's rules). */
export function postponementBody(
  from: string,
  to: string,
  reason: string,
): { body: { window: { from: string; to: string }; reason: string } } | { missing: string[] } {
  const missing = [
    ...(from ? [] : ['window.from']),
    ...(to ? [] : ['window.to']),
    ...(reason.trim() ? [] : ['reason']),
  ];
  return missing.length > 0 ? { missing } : { body: { window: { from, to }, reason: reason.trim() } };
}
