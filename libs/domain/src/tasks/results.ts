import { EARLIEST_DATE, LATEST_DATE, isCalendarDateInRange } from '../calendar/calendar-date';
import { assertNotErased, assertResultSealed } from './personal-text';
import type { InspectionTaskCommand } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import { assertListed, lockedTask, reject } from './task-guards';
import { type InspectionTaskState, type TaskState, resultKey } from './task-state';
import type { InspectionResult } from './task-vocabulary';
import { pendingNonPublication } from './non-publication';

type Command<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;

/** The items a department inspects in this task: the lead's own, or those a participant confirmed. */
function itemsOf(task: TaskState, departmentId: string): string[] {
  return departmentId === task.leadDepartmentId
    ? task.itemIds
    : (task.responses[departmentId]?.itemIds ?? []);
}

export function assertResultFits(
  task: TaskState,
  departmentId: string,
  result: InspectionResult,
  today: string,
): void {
  if (result.method === undefined)
    reject('INSPECTION_METHOD_REQUIRED', "A result records how it was inspected (Gui'an 第十三条)");
  if (!isCalendarDateInRange(result.inspectedOn)) {
    reject(
      'INSPECTION_DATE_OUT_OF_RANGE',
      `Inspected on ${result.inspectedOn}: a real day from ${EARLIEST_DATE} to ${LATEST_DATE}`,
    );
  }
  if (result.inspectedOn < task.window.from || result.inspectedOn > task.window.to) {
    reject(
      'RESULT_OUTSIDE_WINDOW',
      `Inspected on ${result.inspectedOn}, outside ${task.window.from}–${task.window.to}`,
      { inspectedOn: result.inspectedOn, from: task.window.from, to: task.window.to },
    );
  }
  if (result.inspectedOn > today)
    reject('RESULT_IN_FUTURE', `Inspected on ${result.inspectedOn}: that is after today`);
  const itemIds = result.itemFindings.map((f) => f.itemId);
  const twice = itemIds.filter((id, index) => itemIds.indexOf(id) !== index);
  if (twice.length > 0) {
    reject(
      'FINDING_ITEM_TWICE',
      `Each item has one finding; given more than once: ${[...new Set(twice)].join(', ')}`,
      {
        itemIds: [...new Set(twice)],
      },
    );
  }
  const items = itemsOf(task, departmentId);
  const foreign = result.itemFindings.map((f) => f.itemId).filter((id) => !items.includes(id));
  if (foreign.length > 0) {
    reject('FINDING_ITEM_NOT_IN_TASK', `Not items of ${departmentId} in this task: ${foreign.join(', ')}`);
  }
}

/** "谁检查、谁录入、谁负责": a member of the entity's team enters their department's result. */
export function enterResult(
  state: InspectionTaskState,
  command: Command<'EnterResult'>,
): InspectionTaskEvent[] {
  const task = lockedTask(state, command.taskId);
  assertListed(task, command.entityId);
  const member = task.teams[command.entityId]?.members.find((m) => m.inspectorId === command.inspectorId);
  if (!member) reject('NOT_IN_TEAM', `You are not in the team that inspects ${command.entityId}`);
  const key = resultKey(command.entityId, member.departmentId);
  if (task.published[key]) {
    reject(
      'RESULT_ALREADY_PUBLISHED',
      'This result is published; it changes only through an approved correction',
    );
  }
  assertResultFits(task, member.departmentId, command.result, command.today);
  assertResultSealed(command.result);
  if (command.result.sealed) assertNotErased(task.personalTextErased, command.entityId);
  return [
    {
      type: 'ResultEntered',
      data: {
        taskId: command.taskId,
        entityId: command.entityId,
        departmentId: member.departmentId,
        inspectorId: command.inspectorId,
        result: command.result,
        entry: (task.entered[key]?.entries ?? 0) + 1,
      },
    },
  ];
}

export function publishResult(
  state: InspectionTaskState,
  command: Command<'PublishResult'>,
): InspectionTaskEvent[] {
  const task = lockedTask(state, command.taskId);
  assertListed(task, command.entityId);
  const key = resultKey(command.entityId, command.by.departmentId);
  const entered = task.entered[key];
  if (!entered)
    reject('RESULT_NOT_ENTERED', `No result of ${command.by.departmentId} for ${command.entityId} yet`);
  if (task.published[key]) reject('RESULT_ALREADY_PUBLISHED', 'This result is published already');
  if (task.notForPublication?.[key])
    reject('RESULT_NOT_FOR_PUBLICATION', 'This result is kept from publication, with approval');
  if (pendingNonPublication(task, command.entityId, command.by.departmentId))
    reject('NON_PUBLICATION_PENDING', 'A request to keep this result from publication awaits a decision');
  return [
    {
      type: 'ResultPublished',
      data: {
        taskId: command.taskId,
        entityId: command.entityId,
        departmentId: command.by.departmentId,
        result: entered.result,
        publishedOn: command.today,
        due: command.due,
        late: command.today > command.due.date,
      },
    },
  ];
}

/**
 * Withdraws a published result from public view on the entity's application, once it has been
 * public for the legal period (信用修复: 公示满法定期限后，检查对象可申请停止公示). Recorded; the
 * result itself stays in the log and in every non-public read model.
 */
export function stopPublicDisclosure(
  state: InspectionTaskState,
  command: Command<'StopPublicDisclosure'>,
): InspectionTaskEvent[] {
  const task = lockedTask(state, command.taskId);
  assertListed(task, command.entityId);
  const key = resultKey(command.entityId, command.by.departmentId);
  const publishedOn = task.publishedOn[key];
  if (!publishedOn)
    reject(
      'RESULT_NOT_PUBLISHED',
      `No published result of ${command.by.departmentId} for ${command.entityId}`,
    );
  if (task.disclosureStopped[key])
    reject('PUBLIC_DISCLOSURE_ALREADY_STOPPED', 'This result is withdrawn from public view already');
  const periodEnds = `${Number(publishedOn.slice(0, 4)) + command.periodYears}${publishedOn.slice(4)}`;
  if (command.today < periodEnds) {
    reject(
      'PUBLICATION_PERIOD_NOT_OVER',
      `Published on ${publishedOn}: it stays public until ${periodEnds}`,
      {
        publishedOn,
        periodEnds,
      },
    );
  }
  if (command.application.trim() === '')
    reject('APPLICATION_REQUIRED', "The entity's application is recorded");
  return [
    {
      type: 'PublicDisclosureStopped',
      data: {
        taskId: command.taskId,
        entityId: command.entityId,
        departmentId: command.by.departmentId,
        application: command.application,
        publishedOn,
        stoppedOn: command.today,
        approverId: command.by.actorId,
      },
    },
  ];
}

export function requestCorrection(
  state: InspectionTaskState,
  command: Command<'RequestCorrection'>,
): InspectionTaskEvent[] {
  const task = lockedTask(state, command.taskId);
  const departmentId = command.by.departmentId;
  if (!task.published[resultKey(command.entityId, departmentId)]) {
    reject(
      'RESULT_NOT_PUBLISHED',
      `No published result of ${departmentId} for ${command.entityId} to correct`,
    );
  }
  if (command.objectionId) {
    const objection = task.objections[command.objectionId];
    if (!objection || objection.entityId !== command.entityId || objection.departmentId !== departmentId) {
      reject('OBJECTION_NOT_FOUND', `No objection ${command.objectionId} about this result`);
    }
  }
  assertResultFits(task, departmentId, command.corrected, command.today);
  assertResultSealed(command.corrected);
  if (command.corrected.sealed) assertNotErased(task.personalTextErased, command.entityId);
  return [
    {
      type: 'CorrectionRequested',
      data: {
        taskId: command.taskId,
        requestId: command.requestId,
        entityId: command.entityId,
        departmentId,
        corrected: command.corrected,
        reason: command.reason,
        ...(command.objectionId ? { objectionId: command.objectionId } : {}),
        requesterId: command.by.actorId,
      },
    },
  ];
}
