import { actingDepartments, assertListed, existingTask, reject } from './task-guards';
import { type InspectionTaskState, resultKey } from './task-state';

/** Whose free text is about to be sealed, as the command that will carry it names them. */
export type Sealer =
  /** A result entered: a member of the entity's team. */
  | { kind: 'team-member'; inspectorId: string }
  /** A follow-up: a department taking part in the task. */
  | { kind: 'acting-department'; departmentId: string }
  /** An objection to, or a correction of, the department's published result. */
  | { kind: 'published-result'; departmentId: string };

/**
 * Checked before the vault makes a key for the inspection (docs/events.md, "Personal data in free
 * text"): the task exists and the entity, and who writes, belong to it, as the command's own rules
 * will ask. A write to an unknown task or entity thus leaves no key behind; the command still
 * decides everything else.
 */
export function assertMaySeal(
  state: InspectionTaskState,
  taskId: string,
  entityId: string,
  sealer: Sealer,
): void {
  const task = existingTask(state, taskId);
  switch (sealer.kind) {
    case 'team-member':
      assertListed(task, entityId);
      if (!task.teams[entityId]?.members.some((m) => m.inspectorId === sealer.inspectorId)) {
        reject('NOT_IN_TEAM', `You are not in the team that inspects ${entityId}`);
      }
      return;
    case 'acting-department':
      assertListed(task, entityId);
      if (!actingDepartments(task).includes(sealer.departmentId)) {
        reject('DEPARTMENT_NOT_IN_TASK', `Department ${sealer.departmentId} does not take part in this task`);
      }
      return;
    case 'published-result':
      if (!task.published[resultKey(entityId, sealer.departmentId)]) {
        reject('RESULT_NOT_PUBLISHED', `No published result of ${sealer.departmentId} for ${entityId}`);
      }
      return;
  }
}
