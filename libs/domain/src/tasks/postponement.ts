import { assertTaskWindow } from './initiation';
import type { InspectionTaskCommand } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import { assertLead, lockedTask, reject } from './task-guards';
import type { InspectionTaskState, PendingRequest, TaskState } from './task-state';
import type { DateWindow } from './task-vocabulary';

type RequestPostponement = Extract<InspectionTaskCommand, { kind: 'RequestPostponement' }>;

/**
 * After its announcement a task may be delayed (延迟; Yuanqu 二(三)): the lead asks with the new
 * window and a reason, a head of the lead approves (ADR 36). Deadlines counted from the window's
 * end (results, publication) move with it; results already entered stay.
 */
export function requestPostponement(
  state: InspectionTaskState,
  command: RequestPostponement,
): InspectionTaskEvent[] {
  const task = lockedTask(state, command.taskId);
  assertLead(task, command.by.departmentId);
  assertTaskWindow(command.window);
  if (command.window.from === task.window.from && command.window.to === task.window.to) {
    reject('POSTPONEMENT_SAME_WINDOW', 'The new window is the window the task has', { window: task.window });
  }
  assertNotPassed(command.window, command.today);
  const asked = Object.entries(task.requests).find(
    ([, r]) => r.kind === 'postponement' && r.status === 'pending',
  );
  if (asked) {
    reject('POSTPONEMENT_ALREADY_REQUESTED', `Postponement request ${asked[0]} is still pending`, {
      requestId: asked[0],
    });
  }
  return [
    {
      type: 'PostponementRequested',
      data: {
        taskId: command.taskId,
        requestId: command.requestId,
        window: command.window,
        reason: command.reason,
        requesterId: command.by.actorId,
      },
    },
  ];
}

/** The approved postponement: the window moves, checked again against the day it is approved. */
export function approvedPostponement(
  task: TaskState,
  request: Extract<PendingRequest, { kind: 'postponement' }>,
  base: { taskId: string; requestId: string; approverId: string },
  today: string,
): InspectionTaskEvent[] {
  assertNotPassed(request.window, today);
  return [
    {
      type: 'InspectionTaskPostponed',
      data: {
        ...base,
        previousWindow: task.window,
        window: request.window,
        reason: request.reason,
        requesterId: request.requesterId,
        postponedOn: today,
      },
    },
  ];
}

/** A window that has ended already cannot be carried out: no postponement into the past. */
function assertNotPassed(window: DateWindow, today: string): void {
  if (window.to < today) {
    reject('POSTPONEMENT_WINDOW_PASSED', `The new window ends on ${window.to}, before today ${today}`, {
      windowTo: window.to,
      today,
    });
  }
}
