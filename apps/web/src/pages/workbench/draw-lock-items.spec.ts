import { aTask } from '../tasks/task-fixture';
import type { TaskState, TaskSummary } from '../tasks/task-types';
import { drawLockItems } from './draw-lock-items';

const summaryOf = (state: TaskState): TaskSummary => ({
  id: state.id,
  name: `任务${state.id}`,
  planId: null,
  leadDepartmentId: state.leadDepartmentId,
  participantIds: state.participants.map((p) => p.departmentId),
  status: state.status,
  window: state.window,
  entityCount: state.entityIds?.length ?? 0,
  initiatedAt: '2026-02-01T00:00:00Z',
  updatedAt: '2026-02-01T00:00:00Z',
});
const work = (...states: TaskState[]) => states.map((state) => ({ summary: summaryOf(state), state }));
const steps = (department: string, ...states: TaskState[]) =>
  drawLockItems(work(...states), department).map((w) => `${w.task.id}:${w.step}`);

const answered = {
  p1: { accepted: true, itemIds: ['i-p1'], late: false },
  p2: { accepted: false, itemIds: [], late: false },
};

describe('tasks waiting for a draw or a lock', () => {
  it("tells the lead each task's next step, the lock first", () => {
    expect(
      steps(
        'lead',
        aTask({ id: 'a' }),
        aTask({ id: 'b', responses: answered }),
        aTask({ id: 'c', responses: answered, entityIds: ['e1'] }),
        aTask({ id: 'd', responses: answered, entityIds: ['e1'], inspectorDrawsBy: ['lead'] }),
        aTask({ id: 'e', responses: answered, entityIds: ['e1'], inspectorDrawsBy: ['lead', 'p1'] }),
        aTask({ id: 'f', status: 'locked', responses: answered, entityIds: ['e1'] }),
      ),
    ).toEqual([
      'e:toLock',
      'c:toDrawInspectors',
      'b:toDraw',
      'd:awaitingInspectorDraws',
      'a:awaitingResponses',
    ]);
  });

  it('asks an accepting participant for its inspector draw once the entities are drawn, and no one else', () => {
    const drawn = aTask({ id: 'g', responses: answered, entityIds: ['e1'] });
    expect(steps('p1', drawn, aTask({ id: 'h', responses: answered }))).toEqual(['g:toDrawInspectors']);
    expect(steps('p2', drawn)).toEqual([]);
    expect(steps('p1', { ...drawn, inspectorDrawsBy: ['p1'] })).toEqual([]);
    expect(steps('other', drawn)).toEqual([]);
  });
});
