import type { InspectionTaskCommand } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import { assertListed, lockedTask, reject } from './task-guards';
import { type InspectionTaskState, type PendingRequest, type TaskState, resultKey } from './task-state';

type Command<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;
type NonPublicationRequest = Extract<PendingRequest, { kind: 'non_publication' }>;

/** A pending request to keep this result from publication, if any. */
export function pendingNonPublication(task: TaskState, entityId: string, departmentId: string): boolean {
  return Object.values(task.requests).some(
    (r) =>
      r.kind === 'non_publication' &&
      r.status === 'pending' &&
      r.entityId === entityId &&
      r.departmentId === departmentId,
  );
}

/**
 * Asked in the result's department (Gui'an 第四十三、四十六条: results that are secret or unfit for
 * the public are not published), naming the legal ground; a head of the department decides.
 */
export function requestNonPublication(
  state: InspectionTaskState,
  command: Command<'RequestNonPublication'>,
): InspectionTaskEvent[] {
  const task = lockedTask(state, command.taskId);
  assertListed(task, command.entityId);
  const departmentId = command.by.departmentId;
  const key = resultKey(command.entityId, departmentId);
  if (!task.entered[key])
    reject('RESULT_NOT_ENTERED', `No result of ${departmentId} for ${command.entityId} yet`);
  if (task.published[key]) reject('RESULT_ALREADY_PUBLISHED', 'This result is published already');
  if (task.notForPublication?.[key])
    reject('RESULT_NOT_FOR_PUBLICATION', 'This result is kept from publication already');
  if (pendingNonPublication(task, command.entityId, departmentId))
    reject('NON_PUBLICATION_PENDING', 'A request to keep this result from publication awaits a decision');
  if (command.legalBasis.trim() === '')
    reject('LEGAL_BASIS_REQUIRED', 'The request names the legal provision it rests on');
  return [
    {
      type: 'NonPublicationRequested',
      data: {
        taskId: command.taskId,
        requestId: command.requestId,
        entityId: command.entityId,
        departmentId,
        ground: command.ground,
        legalBasis: command.legalBasis,
        requesterId: command.by.actorId,
      },
    },
  ];
}

/** The head's approval: checked again, as the result may have been published meanwhile. */
export function approvedNonPublication(
  task: TaskState,
  request: NonPublicationRequest,
  base: { taskId: string; requestId: string; approverId: string },
  today: string,
): InspectionTaskEvent[] {
  if (task.published[resultKey(request.entityId, request.departmentId)])
    reject('RESULT_ALREADY_PUBLISHED', 'This result is published already');
  return [
    {
      type: 'ResultWithheldFromPublication',
      data: {
        ...base,
        entityId: request.entityId,
        departmentId: request.departmentId,
        ground: request.ground,
        legalBasis: request.legalBasis,
        requesterId: request.requesterId,
        approvedOn: today,
      },
    },
  ];
}
