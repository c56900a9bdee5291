import { listedEntities, resultKey } from '@app/domain';
import type { TaskRequest, TaskState, TaskSummary, WorkingDayDate } from '../tasks/task-types';
import { type Actor, mayDecide, teamMemberId } from '../tasks/task-view';

/** A task as the workbench reads it: its list entry (with the name) and its state. */
export interface WorkTask {
  summary: TaskSummary;
  state: TaskState;
}

export interface AwaitingResponse {
  task: TaskSummary;
  due: WorkingDayDate;
}

export interface ResultToEnter {
  task: TaskSummary;
  entityId: string;
  departmentId: string;
  /** The window's last day: the result is entered by then. */
  windowTo: string;
}

export interface PublicationWaiting {
  task: TaskSummary;
  entityId: string;
  entries: number;
}

export interface ApprovalWaiting {
  task: TaskSummary;
  requestId: string;
  request: TaskRequest;
}

/** What needs the user now, from the tasks their department leads or takes part in. */
export function workbenchItems(tasks: readonly WorkTask[], actor: Actor, today: string) {
  const awaitingResponses: AwaitingResponse[] = [];
  const resultsToEnter: ResultToEnter[] = [];
  const publicationsWaiting: PublicationWaiting[] = [];
  const approvalsWaiting: ApprovalWaiting[] = [];
  for (const { summary, state } of tasks) {
    if (state.status === 'cancelled') continue;
    const participant = state.participants.some((p) => p.departmentId === actor.departmentId);
    if (state.status === 'initiated' && participant && !state.responses[actor.departmentId]) {
      awaitingResponses.push({ task: summary, due: state.responseDue });
    }
    for (const [requestId, request] of Object.entries(state.requests)) {
      // The asker does not approve their own request: it waits for someone else.
      if (mayDecide(request, actor) && request.requesterId !== actor.userId) {
        approvalsWaiting.push({ task: summary, requestId, request });
      }
    }
    if (state.status !== 'locked') continue;
    const windowOpen = state.window.from <= today && today <= state.window.to;
    for (const entityId of listedEntities(state)) {
      const member = state.teams[entityId]?.members.find((m) => m.inspectorId === teamMemberId(actor));
      const key = resultKey(entityId, member?.departmentId ?? actor.departmentId);
      if (member && windowOpen && !state.entered[key] && !state.published[key]) {
        resultsToEnter.push({
          task: summary,
          entityId,
          departmentId: member.departmentId,
          windowTo: state.window.to,
        });
      }
      const ours = resultKey(entityId, actor.departmentId);
      if (state.entered[ours] && !state.published[ours]) {
        publicationsWaiting.push({ task: summary, entityId, entries: state.entered[ours].entries });
      }
    }
  }
  const byDue =
    <T>(due: (item: T) => string) =>
    (a: T, b: T) =>
      due(a).localeCompare(due(b));
  return {
    awaitingResponses: awaitingResponses.sort(byDue((i) => i.due.date)),
    resultsToEnter: resultsToEnter.sort(byDue((i) => i.windowTo)),
    publicationsWaiting: publicationsWaiting.sort(byDue((i) => i.task.window.to)),
    approvalsWaiting,
  };
}
