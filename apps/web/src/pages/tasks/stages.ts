import type { TaskState } from './task-types';
import { actingDepartments, listedEntities, resultKey } from './task-view';

/** The task page's sections, in the order of the task's stages. */
export const STAGES = ['initiation', 'draw', 'teams', 'results', 'disclosure', 'followUp'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The stage the task stands at, for this user: the section the page opens first. A participant that
 * owes its response is at the start whatever the lead has done.
 */
export function currentStage(task: TaskState, owesResponse: boolean): Stage {
  if (task.status === 'cancelled' || owesResponse) return 'initiation';
  if (task.entityIds === null) return 'draw';
  if (task.status === 'initiated') return 'teams';
  const keys = listedEntities(task).flatMap((e) => actingDepartments(task).map((d) => resultKey(e, d)));
  if (keys.some((k) => !task.published[k] && !task.disclosureStopped[k])) return 'results';
  const pending =
    Object.values(task.requests).some((r) => r.status === 'pending') ||
    Object.values(task.objections).some((o) => o.status === 'filed');
  return pending ? 'disclosure' : 'followUp';
}
