import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import { LOCKED_TEAMS, TASK_ID, entityWithdrawn, histories } from './testing/task-fixtures';
import type { JoinVisit } from './visit-joining';

const spec = deciderSpecification(inspectionTaskDecider);
const join = (more: Partial<JoinVisit> = {}): JoinVisit => ({
  kind: 'JoinVisit',
  taskId: TASK_ID,
  visitId: 'v1',
  entityId: 'e1',
  date: '2026-05-25',
  team: LOCKED_TEAMS.e1,
  taskIds: ['task-0', TASK_ID],
  ...more,
});
const { kind: _kind, ...joinedData } = join();
const joined = { type: 'TaskJoinedVisit' as const, data: { ...joinedData, countedWith: 'task-0' } };

describe('an agreed visit recorded in its task (ADR 39)', () => {
  it('records the visit, counted with the visit’s first task', () => {
    spec.given(histories.locked).when(join()).then([joined]);
  });

  it('the first task of the visit counts the check', () => {
    const { kind: _k, ...data } = join({ taskIds: [TASK_ID, 'task-0'] });
    spec
      .given(histories.locked)
      .when(join({ taskIds: [TASK_ID, 'task-0'] }))
      .then([{ type: 'TaskJoinedVisit', data }]);
  });

  it('the same visit again changes nothing', () => {
    spec
      .given([...histories.locked, joined])
      .when(join())
      .then([]);
  });

  it('refuses another visit for the same entity', () => {
    spec
      .given([...histories.locked, joined])
      .when(join({ visitId: 'v2' }))
      .thenRejects('TASK_ALREADY_IN_VISIT');
  });

  it('refuses a task not locked', () => {
    spec.given(histories.inspectorsDrawn).when(join()).thenRejects('TASK_NOT_LOCKED');
  });

  it('refuses an entity withdrawn from the task', () => {
    spec
      .given([...histories.locked, entityWithdrawn({ entityId: 'e1' })])
      .when(join())
      .thenRejects('VISIT_ENTITY_NOT_IN_TASK');
  });
});
