import { isCalendarDateInRange } from '../calendar/calendar-date';
import type { InspectionTaskCommand } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import { actingDepartments, assertListed, lockedTask, reject } from './task-guards';
import { type InspectionTaskState, type TaskState, resultKey } from './task-state';

type Command<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;

/**
 * A 整改 follow-up result (Gui'an 第三十二条 (二): 责令整改, then 二次录入 to make sure it was put
 * right), linked to the department's published result: entered by a member of the entity's team
 * of that department, or by the department's operator.
 */
export function enterRectificationResult(
  state: InspectionTaskState,
  command: Command<'EnterRectificationResult'>,
): InspectionTaskEvent[] {
  const task = lockedTask(state, command.taskId);
  assertListed(task, command.entityId);
  const departmentId = command.by.departmentId;
  if (command.inspectorId !== undefined) {
    const member = task.teams[command.entityId]?.members.find(
      (m) => m.inspectorId === command.inspectorId && m.departmentId === departmentId,
    );
    if (!member) reject('NOT_IN_TEAM', `You are not in the team that inspects ${command.entityId}`);
  } else if (!actingDepartments(task).includes(departmentId)) {
    reject('DEPARTMENT_NOT_IN_TASK', `Department ${departmentId} does not take part in this task`, {
      departmentId,
    });
  }
  const key = resultKey(command.entityId, departmentId);
  const published = task.published[key];
  if (!published) {
    reject(
      'RESULT_NOT_PUBLISHED',
      `No published result of ${departmentId} for ${command.entityId}: a rectification follows publication`,
    );
  }
  if (!isCalendarDateInRange(command.rectifiedOn))
    reject('RECTIFICATION_DATE_OUT_OF_RANGE', `Rectified on ${command.rectifiedOn}: not a real day`);
  if (command.rectifiedOn < published.inspectedOn) {
    reject(
      'RECTIFICATION_BEFORE_INSPECTION',
      `Rectified on ${command.rectifiedOn}, before the inspection on ${published.inspectedOn}`,
      { inspectedOn: published.inspectedOn },
    );
  }
  if (command.rectifiedOn > command.today)
    reject('RECTIFICATION_IN_FUTURE', `Rectified on ${command.rectifiedOn}: that is after today`);
  if (command.findings.trim() === '')
    reject('RECTIFICATION_FINDINGS_REQUIRED', 'A rectification result says what was found');
  return [
    {
      type: 'RectificationResultEntered',
      data: {
        taskId: command.taskId,
        rectificationId: command.rectificationId,
        entityId: command.entityId,
        departmentId,
        ...(command.inspectorId !== undefined ? { inspectorId: command.inspectorId } : {}),
        enteredBy: command.by.actorId,
        rectified: command.rectified,
        findings: command.findings,
        rectifiedOn: command.rectifiedOn,
      },
    },
  ];
}

type Entered = Extract<InspectionTaskEvent, { type: 'RectificationResultEntered' }>['data'];

/** The state after a follow-up: appended to its result's list. */
export function withRectification(state: TaskState, d: Entered): TaskState {
  const key = resultKey(d.entityId, d.departmentId);
  const entry = {
    rectificationId: d.rectificationId,
    rectified: d.rectified,
    findings: d.findings,
    rectifiedOn: d.rectifiedOn,
    enteredBy: d.enteredBy,
  };
  return {
    ...state,
    rectifications: { ...state.rectifications, [key]: [...(state.rectifications?.[key] ?? []), entry] },
  };
}
