import type { MessageKey } from '../../i18n/catalogue';
import type { TaskState } from './task-types';
import { type Actor, teamDepartmentOf, teamMemberId } from './task-view';

/** Why an act is not offered (or not yet possible): a message key of the tasks section and its values. */
export interface Reason {
  key: MessageKey;
  values?: Record<string, string>;
}

/**
 * The day a result is entered as inspected by default: today inside the window, its last day once
 * it has passed; before the window opens there is no valid day, and entry waits (`notBefore`).
 */
export function defaultInspectionDay(
  window: { from: string; to: string },
  today: string,
): { day: string } | { notBefore: string } {
  if (today < window.from) return { notBefore: window.from };
  return { day: today > window.to ? window.to : today };
}

/**
 * Why an inspector cannot enter this department's result for this entity: not in its team, in it
 * for another department, or the window has not opened. Nothing for those who are not inspectors.
 */
export function entryReason(
  task: TaskState,
  entityId: string,
  departmentId: string,
  actor: Actor,
  today: string,
): Reason | undefined {
  if (!actor.roles.includes('inspector') || task.status !== 'locked') return undefined;
  const teamDepartment = teamDepartmentOf(task, entityId, teamMemberId(actor));
  if (teamDepartment === undefined) return { key: 'tasks.whyNot.notInTeam' };
  if (teamDepartment !== departmentId) return { key: 'tasks.whyNot.otherDepartmentEnters' };
  if (today < task.window.from)
    return { key: 'tasks.whyNot.windowNotStarted', values: { from: task.window.from } };
  return undefined;
}

/** The departments whose response the lock waits for (PARTICIPANTS_NOT_ALL_RESPONDED). */
export function awaitedResponses(task: TaskState): string[] {
  return task.participants.map((p) => p.departmentId).filter((id) => !task.responses[id]);
}

/**
 * The departments whose inspector draw the lock waits for: the lead and each participant that
 * accepted, once the entities are drawn. Without it the api refuses the lock for the teams it
 * finds short (TEAM_TOO_SMALL), which does not tell the lead who is still to draw.
 */
export function awaitedInspectorDraws(task: TaskState): string[] {
  if (task.entityIds === null) return [];
  const accepting = task.participants
    .map((p) => p.departmentId)
    .filter((id) => task.responses[id]?.accepted === true);
  return [task.leadDepartmentId, ...accepting].filter((id) => !task.inspectorDrawsBy.includes(id));
}
