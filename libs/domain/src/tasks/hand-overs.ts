import type { InspectionTaskCommand } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import { assertLead, existingTask, lockedTask, reject } from './task-guards';
import type { InspectionTaskState } from './task-state';

type Command<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;

/**
 * A business that moved away during the task is inspected where it moved to (Yiyuan 二十八): once
 * its withdrawal for `moved_away` is approved, the lead hands it over to the department of its new
 * region, which takes it into a task of its own or declines, saying why.
 */
export function handOverEntity(
  state: InspectionTaskState,
  command: Command<'HandOverEntity'>,
): InspectionTaskEvent[] {
  const task = lockedTask(state, command.taskId);
  assertLead(task, command.by.departmentId);
  const movedAway = Object.values(task.requests).some(
    (r) =>
      r.kind === 'withdrawal' &&
      r.status === 'approved' &&
      r.reason === 'moved_away' &&
      r.entityId === command.entityId,
  );
  if (!movedAway) {
    reject(
      'HAND_OVER_NOT_MOVED_AWAY',
      `Entity ${command.entityId} was not withdrawn from this task as moved away`,
    );
  }
  if (command.toDepartmentId === task.leadDepartmentId) {
    reject('HAND_OVER_TO_ITSELF', 'A department does not hand a business over to itself');
  }
  if (task.handOvers?.[command.entityId]) {
    reject('HAND_OVER_EXISTS', `Entity ${command.entityId} was handed over already`, {
      toDepartmentId: task.handOvers[command.entityId].toDepartmentId,
    });
  }
  return [
    {
      type: 'EntityHandedOver',
      data: {
        taskId: command.taskId,
        entityId: command.entityId,
        fromDepartmentId: task.leadDepartmentId,
        toDepartmentId: command.toDepartmentId,
        toRegionCode: command.toRegionCode,
        note: command.note,
      },
    },
  ];
}

/** The receiving department's answer: taken into one of its own live tasks, or declined with a reason. */
export function answerHandOver(
  state: InspectionTaskState,
  command: Command<'AnswerHandOver'>,
): InspectionTaskEvent[] {
  const task = existingTask(state, command.taskId);
  const handOver = task.handOvers?.[command.entityId];
  if (!handOver)
    reject('HAND_OVER_NOT_FOUND', `Entity ${command.entityId} was not handed over from this task`);
  if (handOver.toDepartmentId !== command.by.departmentId) {
    reject('HAND_OVER_OF_OTHER_DEPARTMENT', 'Only the receiving department answers a hand-over', {
      departmentId: handOver.toDepartmentId,
    });
  }
  if (handOver.status !== 'awaiting') {
    reject('HAND_OVER_ANSWERED', `This hand-over was ${handOver.status} already`);
  }
  const base = {
    taskId: command.taskId,
    entityId: command.entityId,
    toDepartmentId: handOver.toDepartmentId,
  };
  if (!command.taken) return [{ type: 'HandOverDeclined', data: { ...base, reason: command.reason ?? '' } }];
  const into = command.intoTask;
  const ours =
    into !== undefined &&
    (into.leadDepartmentId === command.by.departmentId ||
      into.participantIds.includes(command.by.departmentId));
  if (
    !command.intoTaskId ||
    !into ||
    !ours ||
    into.status === 'cancelled' ||
    command.intoTaskId === command.taskId
  ) {
    reject(
      'HAND_OVER_TASK_NOT_OURS',
      `Task ${command.intoTaskId ?? ''} is not a live task of the receiving department`,
      {
        intoTaskId: command.intoTaskId,
      },
    );
  }
  return [{ type: 'HandOverTaken', data: { ...base, intoTaskId: command.intoTaskId } }];
}
