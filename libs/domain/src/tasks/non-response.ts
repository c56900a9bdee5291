import type { InspectionTaskCommand } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import { assertLead, openTask, reject } from './task-guards';
import type { InspectionTaskState } from './task-state';

type Command = Extract<InspectionTaskCommand, { kind: 'RecordNonResponse' }>;

/**
 * After the response deadline the lead goes on without a participant that never answered
 * (Gui'an 第四十条: a late answer is a matter for 通报 by the joint office, not a veto; 第四十八条:
 * no participant may hold the task up). The participant is recorded as not answering: it takes
 * no part (no items, no inspectors), the lock no longer waits for it, and its later answer is refused.
 */
export function recordNonResponse(state: InspectionTaskState, command: Command): InspectionTaskEvent[] {
  const task = openTask(state, command.taskId);
  assertLead(task, command.by.departmentId);
  const named = [...new Set(command.departmentIds)];
  if (named.length === 0) reject('NON_RESPONSE_NAMES_NO_PARTICIPANT', 'Name the participants not answering');
  const deadline = task.responseDue.date;
  if (command.today <= deadline) {
    reject(
      'RESPONSE_DEADLINE_NOT_PASSED',
      `Participants may answer until ${deadline} (Gui'an 第四十条); the lead waits until then`,
      { responseDue: deadline },
    );
  }
  for (const departmentId of named) {
    if (!task.participants.some((p) => p.departmentId === departmentId)) {
      reject('DEPARTMENT_NOT_A_PARTICIPANT', `${departmentId} is not a participant of this task`, {
        departmentId,
      });
    }
    const response = task.responses[departmentId];
    if (response?.notAnswering) {
      reject('RECORDED_AS_NOT_ANSWERING', `${departmentId} is recorded as not answering already`, {
        departmentId,
        recordedOn: response.notAnswering.recordedOn,
      });
    }
    if (response) reject('ALREADY_RESPONDED', `${departmentId} has responded`, { departmentId });
  }
  return named.map((departmentId) => ({
    type: 'ParticipantRecordedAsNotAnswering',
    data: {
      taskId: command.taskId,
      departmentId,
      deadline,
      recordedOn: command.today,
      recordedBy: command.by.actorId,
    },
  }));
}
