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
  counted: { taskId: 'task-0', year: 2026 },
  ...more,
});
const { kind: _kind, counted: _c, ...joinedData } = join();
const joined = {
  type: 'TaskJoinedVisit' as const,
  data: { ...joinedData, year: 2026, countedWith: 'task-0' },
};

describe('an agreed visit recorded in its task (ADR 39)', () => {
  it('records the visit, counted with the visit’s first task', () => {
    spec.given(histories.locked).when(join()).then([joined]);
  });

  it.each([
    ['the first task of the visit', { taskId: TASK_ID, year: 2026 }],
    ['a task whose check is in another year than the first', { taskId: 'task-0', year: 2025 }],
  ])('%s counts its own check', (_what, counted) => {
    const command = join({ counted });
    const { kind: _k, counted: _c, ...data } = command;
    spec
      .given(histories.locked)
      .when(command)
      .then([{ type: 'TaskJoinedVisit', data: { ...data, year: 2026 } }]);
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
