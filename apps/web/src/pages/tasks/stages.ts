import { actingDepartments, listedEntities, resultKey } from '@app/domain';
import type { TaskState } from './task-types';

/** The task page's sections, in the order of the task's stages. */
export const STAGES = ['initiation', 'draw', 'teams', 'results', 'disclosure', 'followUp'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The stage the task stands at, for this user: the section the page opens first. A participant that
 * owes its response is at the start whatever the lead has done. Before the lock, the requests
 * (replacements) are decided in the teams' stage; after it, in the publication stage.
 */
export function currentStage(task: TaskState, owesResponse: boolean): Stage {
  if (task.status === 'cancelled' || owesResponse) return 'initiation';
  if (task.entityIds === null) return 'draw';
  if (task.status === 'initiated') return 'teams';
  // Locked: a request or an objection waiting for its answer comes first, then the results owed.
  const pending =
    Object.values(task.requests).some((r) => r.status === 'pending') ||
    Object.values(task.objections).some((o) => o.status === 'filed');
  if (pending) return 'disclosure';
  const keys = listedEntities(task).flatMap((e) => actingDepartments(task).map((d) => resultKey(e, d)));
  return keys.some((k) => !task.published[k] && !task.disclosureStopped[k]) ? 'results' : 'followUp';
}
