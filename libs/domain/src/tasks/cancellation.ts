import type { InspectionTaskCommand } from './task-commands';
import type { DiscardedDraw, InspectionTaskEvent } from './task-events';
import {
  assertLead,
  isWindowInRange,
  listedEntities,
  liveTask,
  openTask,
  poolFrozen,
  reject,
} from './task-guards';
import type { InspectionTaskState, PendingRequest, TaskState } from './task-state';

type Command<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;

/**
 * Before the pool is frozen the lead cancels alone. After it, a plain cancellation is refused: a
 * draw could otherwise be discarded until one suits (抽取结果不理想), so it takes a request that
 * the lead's principal decides (requestCancellation, then DecideRequest).
 */
export function cancel(state: InspectionTaskState, command: Command<'CancelTask'>): InspectionTaskEvent[] {
  const live = liveTask(state, command.taskId);
  // A task recorded before windows had a range may be locked with deadlines that cannot be
  // counted (a window to 9999-12-31): its lead may still cancel it, freeing its entities.
  const stranded = live.status === 'locked' && !isWindowInRange(live.window);
  const task = stranded ? live : openTask(state, command.taskId);
  // The joint office that initiated the task may cancel it as its lead may (Gui'an 第39条).
  if (task.initiatedByOffice?.officeId !== command.by.departmentId) assertLead(task, command.by.departmentId);
  if (!stranded && poolFrozen(task)) {
    reject(
      'CANCELLATION_NEEDS_APPROVAL',
      'The pool of this task is frozen: it is cancelled only on a request its principal head approves',
    );
  }
  const entityIds = stranded ? { entityIds: listedEntities(task) } : {};
  return [
    {
      type: 'InspectionTaskCancelled',
      data: { taskId: command.taskId, reason: command.reason, ...entityIds },
    },
  ];
}

/** The lead department (operator or head) asks to cancel a task whose pool is frozen, saying why. */
export function requestCancellation(
  state: InspectionTaskState,
  command: Command<'RequestCancellation'>,
): InspectionTaskEvent[] {
  const task = openTask(state, command.taskId);
  assertLead(task, command.by.departmentId);
  if (!poolFrozen(task)) {
    reject(
      'CANCELLATION_NOT_NEEDED',
      'The pool of this task is not frozen yet: its lead cancels it directly',
    );
  }
  const asked = Object.entries(task.requests).find(
    ([, r]) => r.kind === 'cancellation' && r.status === 'pending',
  );
  if (asked) {
    reject('CANCELLATION_ALREADY_REQUESTED', `Cancellation request ${asked[0]} is still pending`, {
      requestId: asked[0],
    });
  }
  return [
    {
      type: 'CancellationRequested',
      data: {
        taskId: command.taskId,
        requestId: command.requestId,
        reason: command.reason,
        requesterId: command.by.actorId,
      },
    },
  ];
}

/** The approved cancellation: the reason, who asked and approved, and the draw it discards. */
export function approvedCancellation(
  task: TaskState,
  request: Extract<PendingRequest, { kind: 'cancellation' }>,
  base: { taskId: string; requestId: string; approverId: string },
): InspectionTaskEvent[] {
  // The task may have been locked since it was asked: a locked task keeps the rules of locked tasks.
  if (task.status === 'locked')
    reject('TASK_LOCKED', `Task ${base.taskId} is locked; its list and teams are frozen`);
  return [
    {
      type: 'InspectionTaskCancelled',
      data: {
        ...base,
        reason: request.reason,
        requesterId: request.requesterId,
        discardedDraw: discardedDrawOf(task),
      },
    },
  ];
}

/** What the task's draw record says of the draw a cancellation discards. */
export function discardedDrawOf(task: TaskState): DiscardedDraw {
  const record = task.draw?.record ?? {};
  const text = (key: string) => (typeof record[key] === 'string' ? { [key]: record[key] } : {});
  const count = (key: string) => (typeof record[key] === 'number' ? { [key]: record[key] } : {});
  const drawId = task.draw?.drawId ?? task.drawParts?.drawId;
  const parts = task.draw?.parts ?? (task.drawParts ? Object.keys(task.drawParts.parts).length : undefined);
  const listed = task.entityIds ?? [];
  return {
    ...(drawId ? { drawId } : {}),
    ...text('algorithm'),
    ...count('position'),
    // Frozen for a beacon but not drawn yet: the position the draw would have read.
    ...(typeof record.position !== 'number' && task.poolFrozen ? { position: task.poolFrozen.position } : {}),
    ...count('year'),
    ...text('poolDigest'),
    ...text('selectedDigest'),
    selectedCount: typeof record.selectedCount === 'number' ? record.selectedCount : listed.length,
    // A large draw's list stays in its parts; the cancellation stays a small append.
    ...(parts ? { parts } : { entityIds: listed }),
  };
}
