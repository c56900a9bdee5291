import { assertNotErased } from './personal-text';
import type { InspectionTaskEvent } from './task-events';
import { actingDepartments, assertListed, lockedTask, reject } from './task-guards';
import type { InspectionTaskState } from './task-state';
import type { InspectionTaskCommand } from './task-commands';

type Command<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;

export function recordFollowUp(
  state: InspectionTaskState,
  command: Command<'RecordFollowUp'>,
): InspectionTaskEvent[] {
  const task = lockedTask(state, command.taskId);
  assertListed(task, command.entityId);
  if (!actingDepartments(task).includes(command.by.departmentId)) {
    reject(
      'DEPARTMENT_NOT_IN_TASK',
      `Department ${command.by.departmentId} does not take part in this task`,
      {
        departmentId: command.by.departmentId,
      },
    );
  }
  if (command.followUp === 'referral' && !command.toDepartmentId) {
    reject('REFERRAL_NEEDS_DEPARTMENT', 'A referral names the department it goes to');
  }
  assertNotErased(task.personalTextErased, command.entityId);
  return [
    {
      type: 'FollowUpRecorded',
      data: {
        taskId: command.taskId,
        followUpId: command.followUpId,
        entityId: command.entityId,
        departmentId: command.by.departmentId,
        kind: command.followUp,
        sealed: command.sealed,
        ...(command.toDepartmentId ? { toDepartmentId: command.toDepartmentId } : {}),
      },
    },
  ];
}
