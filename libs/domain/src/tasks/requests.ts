import type { InspectionTaskCommand } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import { approvedCancellation } from './cancellation';
import { existingTask, reject } from './task-guards';
import type { InspectionTaskState } from './task-state';
import { assertEligible } from './teams';

type DecideRequest = Extract<InspectionTaskCommand, { kind: 'DecideRequest' }>;

/**
 * Approval of a replacement, a withdrawal, a correction or a cancellation: by the department's head
 * (principal head for corrections and cancellations; roles are checked at the API), never by the
 * one who asked.
 */
export function decideRequest(state: InspectionTaskState, command: DecideRequest): InspectionTaskEvent[] {
  const task = existingTask(state, command.taskId);
  if (task.status === 'cancelled') reject('TASK_CANCELLED', `Task ${command.taskId} was cancelled`);
  const request = task.requests[command.requestId];
  if (!request || (command.expectedKind && request.kind !== command.expectedKind)) {
    reject('REQUEST_NOT_FOUND', `No ${command.expectedKind ?? ''} request ${command.requestId} on this task`);
  }
  if (request.status !== 'pending')
    reject('REQUEST_ALREADY_DECIDED', `Request ${command.requestId} was ${request.status}`);
  if (request.departmentId !== command.by.departmentId) {
    reject(
      'APPROVER_OF_OTHER_DEPARTMENT',
      `Request ${command.requestId} is decided in ${request.departmentId}`,
      { departmentId: request.departmentId },
    );
  }
  if (request.requesterId === command.by.actorId) {
    reject('APPROVER_IS_REQUESTER', 'The one who asked does not approve their own request');
  }
  const base = { taskId: command.taskId, requestId: command.requestId, approverId: command.by.actorId };
  if (!command.approve) return [{ type: 'RequestRejected', data: { ...base, reply: command.reply } }];
  switch (request.kind) {
    case 'replacement': {
      const team = task.teams[request.entityId];
      if (!team?.members.some((m) => m.inspectorId === request.outInspectorId)) {
        reject('INSPECTOR_NOT_IN_TEAM', `Inspector ${request.outInspectorId} is no longer in the team`);
      }
      if (team.members.some((m) => m.inspectorId === request.inInspectorId)) {
        reject('INSPECTOR_ALREADY_IN_TEAM', `Inspector ${request.inInspectorId} is in the team already`);
      }
      assertEligible(command.incoming, request.inInspectorId, request.departmentId, request.entityId);
      // A replaced leader hands leadership to the newcomer (of the same, lead, department).
      const leaderId = team.leaderId === request.outInspectorId ? request.inInspectorId : team.leaderId;
      return [
        {
          type: 'InspectorReplacedWithApproval',
          data: {
            ...base,
            entityId: request.entityId,
            outInspectorId: request.outInspectorId,
            inInspectorId: request.inInspectorId,
            departmentId: request.departmentId,
            reason: request.reason,
            requesterId: request.requesterId,
            ...(leaderId ? { leaderId } : {}),
          },
        },
      ];
    }
    case 'withdrawal':
      return [
        {
          type: 'EntityWithdrawnWithApproval',
          data: {
            ...base,
            entityId: request.entityId,
            reason: request.reason,
            requesterId: request.requesterId,
          },
        },
      ];
    case 'correction':
      return [
        {
          type: 'ResultCorrected',
          data: {
            ...base,
            entityId: request.entityId,
            departmentId: request.departmentId,
            corrected: request.corrected,
            reason: request.reason,
            ...(request.objectionId ? { objectionId: request.objectionId } : {}),
            requesterId: request.requesterId,
            publishedOn: command.today,
          },
        },
      ];
    case 'cancellation':
      return approvedCancellation(task, request, base);
  }
}
