import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from '../tasks/inspection-task';
import type { InspectionTaskEvent } from '../tasks/task-events';
import type { TaskState } from '../tasks/task-state';
import { LOCKED_TEAMS, TASK_ID, cancelled, entityWithdrawn, histories } from '../tasks/testing/task-fixtures';
import { visitDecider } from './visit';
import type { VisitCommand, VisitEvent, VisitJoin } from './visit-events';
import { visitJoinOf } from './visit-joins';

const spec = deciderSpecification(visitDecider);
const scjg = { actorId: 'u-scjg', departmentId: 'scjg' };
const ws = { actorId: 'u-ws', departmentId: 'ws' };
const team = { members: LOCKED_TEAMS.e1.members, leaderId: LOCKED_TEAMS.e1.leaderId };
const proposed: VisitEvent = {
  type: 'VisitProposed',
  data: {
    visitId: 'v1',
    entityId: 'e1',
    taskIds: ['task-0', TASK_ID],
    date: '2026-05-25',
    proposedBy: 'u-scjg',
    departmentId: 'scjg',
    leads: { 'task-0': 'scjg', [TASK_ID]: 'ws' },
  },
};
const confirmed: VisitEvent = {
  type: 'VisitConfirmed',
  data: {
    visitId: 'v1',
    entityId: 'e1',
    taskIds: ['task-0', TASK_ID],
    date: '2026-05-25',
    team,
    teamBasis: 'b',
  },
};
const record = (joins: VisitJoin[], by = scjg): VisitCommand => ({
  kind: 'RecordVisitJoins',
  visitId: 'v1',
  by,
  joins,
});
const left = (why: 'cancelled' | 'withdrawn' = 'cancelled'): VisitEvent => ({
  type: 'VisitTaskLeft',
  data: { visitId: 'v1', entityId: 'e1', taskId: TASK_ID, why, recordedBy: 'u-scjg' },
});
const taskAfter = (events: readonly InspectionTaskEvent[]): TaskState =>
  events.reduce(inspectionTaskDecider.evolve, inspectionTaskDecider.initialState()) as TaskState;
const joinedEvent: InspectionTaskEvent = {
  type: 'TaskJoinedVisit',
  data: {
    taskId: TASK_ID,
    visitId: 'v1',
    entityId: 'e1',
    date: '2026-05-25',
    team,
    taskIds: ['task-0', TASK_ID],
    year: 2026,
  },
};
const visit = { entityId: 'e1' };

describe('a task that can no longer join the agreed visit is recorded as left (ADR 39)', () => {
  it('a lead records it, once', () => {
    spec
      .given([proposed, confirmed])
      .when(
        record([
          { taskId: 'task-0', status: 'joined' },
          { taskId: TASK_ID, status: 'missing', why: 'cancelled' },
        ]),
      )
      .then([left()]);
    spec
      .given([proposed, confirmed, left()])
      .when(record([{ taskId: TASK_ID, status: 'missing', why: 'withdrawn' }], ws))
      .then([]);
  });

  it('a task that may still join, or not of the visit, records nothing', () => {
    spec
      .given([proposed, confirmed])
      .when(
        record([
          { taskId: TASK_ID, status: 'missing' },
          { taskId: 'task-9', status: 'missing', why: 'cancelled' },
        ]),
      )
      .then([]);
  });

  it('refuses a visit not agreed, unknown, or a department leading none of its tasks', () => {
    spec.given([proposed]).when(record([])).thenRejects('VISIT_NOT_AGREED');
    spec.given([]).when(record([])).thenRejects('VISIT_NOT_FOUND');
    spec
      .given([proposed, confirmed])
      .when(record([], { actorId: 'u-xf', departmentId: 'xf' }))
      .thenRejects('NOT_THE_LEAD_DEPARTMENT');
  });
});

describe('a task’s part in an agreed visit', () => {
  it('joined once its history records the visit, even if cancelled later', () => {
    const task = taskAfter([...histories.locked, joinedEvent, cancelled()]);
    expect(visitJoinOf(visit, 'v1', TASK_ID, task)).toEqual({ taskId: TASK_ID, status: 'joined' });
  });

  it('missing while it may still join; missing with why once it cannot; left once recorded', () => {
    expect(visitJoinOf(visit, 'v1', TASK_ID, taskAfter(histories.locked))).toEqual({
      taskId: TASK_ID,
      status: 'missing',
    });
    const gone = taskAfter([...histories.locked, cancelled()]);
    expect(visitJoinOf(visit, 'v1', TASK_ID, gone)).toMatchObject({ status: 'missing', why: 'cancelled' });
    const withdrawn = taskAfter([...histories.locked, entityWithdrawn({ entityId: 'e1' })]);
    expect(visitJoinOf(visit, 'v1', TASK_ID, withdrawn)).toMatchObject({ why: 'withdrawn' });
    const other = taskAfter([
      ...histories.locked,
      { ...joinedEvent, data: { ...joinedEvent.data, visitId: 'v2' } },
    ]);
    expect(visitJoinOf(visit, 'v1', TASK_ID, other)).toMatchObject({ why: 'otherVisit' });
    expect(visitJoinOf({ ...visit, left: { [TASK_ID]: 'cancelled' } }, 'v1', TASK_ID, gone)).toEqual({
      taskId: TASK_ID,
      status: 'left',
      why: 'cancelled',
    });
  });
});
