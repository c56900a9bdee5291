import type { InspectionTaskCommand } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import { approvedCancellation } from './cancellation';
import { approvedNonPublication } from './non-publication';
import { approvedPostponement } from './postponement';
import { approvedBeyondPlan } from './plan-binding';
import { assertLead, assertListed, existingTask, lockedTask, reject } from './task-guards';
import type { InspectionTaskState, TaskState } from './task-state';
import { assertCountsTowardTeam } from './experts';
import { assertEligible } from './teams';

type Command<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;
type DecideRequest = Command<'DecideRequest'>;

/**
 * Approval of a replacement, a withdrawal, a correction, a cancellation, a postponement or keeping a
 * result from publication: by the department's head (principal head for corrections and cancellations; roles
 * are checked at the API), never by the one who asked.
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
      // The newcomer counts toward the team's two as the one replaced did (Yiyuan 十九、二十).
      assertCountsTowardTeam(command.incoming!, task.window, command.enforcementRequired === true);
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
    case 'non_publication':
      return approvedNonPublication(task, request, base, command.today);
    case 'postponement':
      return approvedPostponement(task, request, base, command.today);
    case 'beyond_plan':
      return approvedBeyondPlan(request, base);
  }
}

export function requestReplacement(
  state: InspectionTaskState,
  command: Command<'RequestInspectorReplacement'>,
): InspectionTaskEvent[] {
  const task = openOrLocked(state, command.taskId);
  assertListed(task, command.entityId);
  const team = task.teams[command.entityId];
  const out = team?.members.find((m) => m.inspectorId === command.outInspectorId);
  if (!out)
    reject(
      'INSPECTOR_NOT_IN_TEAM',
      `Inspector ${command.outInspectorId} is not in the team for ${command.entityId}`,
    );
  if (out.departmentId !== command.by.departmentId) {
    reject('REPLACEMENT_OF_OTHER_DEPARTMENT', 'A department replaces only its own inspectors');
  }
  if (team.members.some((m) => m.inspectorId === command.inInspectorId)) {
    reject('INSPECTOR_ALREADY_IN_TEAM', `Inspector ${command.inInspectorId} is in the team already`);
  }
  assertEligible(command.incoming, command.inInspectorId, out.departmentId, command.entityId);
  assertCountsTowardTeam(command.incoming!, task.window, command.enforcementRequired === true);
  const pending = Object.values(task.requests).some(
    (r) =>
      r.kind === 'replacement' &&
      r.status === 'pending' &&
      r.entityId === command.entityId &&
      r.outInspectorId === command.outInspectorId,
  );
  if (pending)
    reject('REPLACEMENT_ALREADY_REQUESTED', 'A replacement of this inspector awaits approval already');
  return [
    {
      type: 'InspectorReplacementRequested',
      data: {
        taskId: command.taskId,
        requestId: command.requestId,
        entityId: command.entityId,
        outInspectorId: command.outInspectorId,
        inInspectorId: command.inInspectorId,
        departmentId: out.departmentId,
        reason: command.reason,
        note: command.note,
        requesterId: command.by.actorId,
      },
    },
  ];
}

export function requestWithdrawal(
  state: InspectionTaskState,
  command: Command<'RequestEntityWithdrawal'>,
): InspectionTaskEvent[] {
  const task = lockedTask(state, command.taskId);
  assertLead(task, command.by.departmentId);
  assertListed(task, command.entityId);
  if (command.reason === 'deregistered' && command.entityDeregistered === false) {
    reject('ENTITY_NOT_DEREGISTERED', `Entity ${command.entityId} is not deregistered in the directory`);
  }
  const pending = Object.values(task.requests).some(
    (r) => r.kind === 'withdrawal' && r.status === 'pending' && r.entityId === command.entityId,
  );
  if (pending) reject('WITHDRAWAL_ALREADY_REQUESTED', 'A withdrawal of this entity awaits approval already');
  return [
    {
      type: 'EntityWithdrawalRequested',
      data: {
        taskId: command.taskId,
        requestId: command.requestId,
        entityId: command.entityId,
        reason: command.reason,
        note: command.note,
        requesterId: command.by.actorId,
      },
    },
  ];
}

/** Live, and teams drawn: before or after lock. */
function openOrLocked(state: InspectionTaskState, taskId: string): TaskState {
  if (state.status === 'absent') reject('TASK_NOT_FOUND', `No inspection task ${taskId}`);
  if (state.status === 'cancelled') reject('TASK_CANCELLED', `Task ${taskId} was cancelled`);
  return state;
}
