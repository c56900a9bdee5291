import type { TaskState, TaskSummary } from '../tasks/task-types';
import type { WorkTask } from './workbench-items';

/** What a task not yet locked waits for from the user's department. */
export type DrawLockStep =
  'awaitingResponses' | 'toDraw' | 'toDrawInspectors' | 'awaitingInspectorDraws' | 'toLock';

export interface DrawLockWaiting {
  task: TaskSummary;
  step: DrawLockStep;
}

/** The departments that draw inspectors: the lead and each participant that accepted. */
function drawingDepartments(state: TaskState): string[] {
  return [
    state.leadDepartmentId,
    ...state.participants
      .map((p) => p.departmentId)
      .filter((departmentId) => state.responses[departmentId]?.accepted === true),
  ];
}

/**
 * The tasks before their lock that wait on the user's department (待抽取、待锁定): as the lead,
 * the entity draw, its own inspector draw and the lock (or, before them, the participants'
 * answers); as an accepting participant, its own inspector draw once the entities are drawn.
 */
export function drawLockItems(tasks: readonly WorkTask[], departmentId: string): DrawLockWaiting[] {
  const waiting: DrawLockWaiting[] = [];
  for (const { summary, state } of tasks) {
    if (state.status !== 'initiated') continue;
    const drawn = state.entityIds !== null;
    const inspectorsDrawn = state.inspectorDrawsBy.includes(departmentId);
    if (state.leadDepartmentId === departmentId) {
      const allAnswered = state.participants.every((p) => state.responses[p.departmentId] !== undefined);
      const step: DrawLockStep = !allAnswered
        ? 'awaitingResponses'
        : !drawn
          ? 'toDraw'
          : !inspectorsDrawn
            ? 'toDrawInspectors'
            : drawingDepartments(state).every((d) => state.inspectorDrawsBy.includes(d))
              ? 'toLock'
              : 'awaitingInspectorDraws';
      waiting.push({ task: summary, step });
      continue;
    }
    if (drawn && !inspectorsDrawn && drawingDepartments(state).includes(departmentId)) {
      waiting.push({ task: summary, step: 'toDrawInspectors' });
    }
  }
  const order: DrawLockStep[] = [
    'toLock',
    'toDrawInspectors',
    'toDraw',
    'awaitingInspectorDraws',
    'awaitingResponses',
  ];
  return waiting.sort((a, b) => order.indexOf(a.step) - order.indexOf(b.step));
}
