import { assertNotErased } from './personal-text';
import type { InspectionTaskEvent } from './task-events';
import { lockedTask, reject } from './task-guards';
import { type InspectionTaskState, resultKey } from './task-state';
import type { InspectionTaskCommand } from './task-commands';

type Command<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;

export function fileObjection(
  state: InspectionTaskState,
  command: Command<'FileObjection'>,
): InspectionTaskEvent[] {
  const task = lockedTask(state, command.taskId);
  if (!task.published[resultKey(command.entityId, command.departmentId)]) {
    reject('RESULT_NOT_PUBLISHED', `No published result of ${command.departmentId} for ${command.entityId}`);
  }
  if (task.objections[command.objectionId])
    reject('OBJECTION_EXISTS', `Objection ${command.objectionId} exists`);
  assertNotErased(task.personalTextErased, command.entityId);
  return [
    {
      type: 'ObjectionFiled',
      data: {
        taskId: command.taskId,
        objectionId: command.objectionId,
        entityId: command.entityId,
        departmentId: command.departmentId,
        sealed: command.sealed,
        receivedOn: command.today,
        reviewDue: command.reviewDue,
      },
    },
  ];
}

export function reviewObjection(
  state: InspectionTaskState,
  command: Command<'ReviewObjection'>,
): InspectionTaskEvent[] {
  const task = lockedTask(state, command.taskId);
  const objection = task.objections[command.objectionId];
  if (!objection) reject('OBJECTION_NOT_FOUND', `No objection ${command.objectionId}`);
  if (objection.status !== 'filed')
    reject('OBJECTION_ALREADY_REVIEWED', 'This objection was reviewed already');
  if (objection.departmentId !== command.by.departmentId) {
    reject('REVIEWER_OF_OTHER_DEPARTMENT', `The objection is reviewed by ${objection.departmentId}`, {
      departmentId: objection.departmentId,
    });
  }
  return [
    {
      type: 'ObjectionReviewed',
      data: {
        taskId: command.taskId,
        objectionId: command.objectionId,
        upheld: command.upheld,
        reply: command.reply,
        reviewedOn: command.today,
        late: command.today > objection.reviewDue.date,
        noticeDue: command.noticeDue,
      },
    },
  ];
}

/**
 * The business is told the outcome of the review (Yiyuan 二十七: within 15 working days of it). A
 * notice after its day is recorded and marked late; one before any review is refused.
 */
export function notifyObjectionOutcome(
  state: InspectionTaskState,
  command: Command<'NotifyObjectionOutcome'>,
): InspectionTaskEvent[] {
  const task = lockedTask(state, command.taskId);
  const objection = task.objections[command.objectionId];
  if (!objection) reject('OBJECTION_NOT_FOUND', `No objection ${command.objectionId}`);
  if (objection.status === 'filed') reject('OBJECTION_NOT_REVIEWED', 'The objection is not reviewed yet');
  if (objection.status === 'notified') {
    reject('OBJECTION_OUTCOME_ALREADY_NOTIFIED', 'The business was told the outcome already');
  }
  if (objection.departmentId !== command.by.departmentId) {
    reject('REVIEWER_OF_OTHER_DEPARTMENT', `The objection is answered by ${objection.departmentId}`, {
      departmentId: objection.departmentId,
    });
  }
  return [
    {
      type: 'ObjectionOutcomeNotified',
      data: {
        taskId: command.taskId,
        objectionId: command.objectionId,
        means: command.means,
        notifiedOn: command.today,
        late: objection.noticeDue !== undefined && command.today > objection.noticeDue.date,
      },
    },
  ];
}
