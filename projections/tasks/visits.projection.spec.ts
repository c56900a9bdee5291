import { proposalsAfter, taskLeft, visitOfTask } from './agreed-visits';
import { addToVisits, visitsByWindows } from './visits.projection';

const task = (taskId: string, from: string, to: string, departmentIds: string[]) => ({
  taskId,
  window: { from, to },
  departmentIds,
  itemIds: departmentIds.map((d) => `item-${d}`),
});

describe('visits (进一次门、查多项事)', () => {
  it('groups tasks with overlapping windows into one visit, in the overlap, with every department and item', () => {
    const one = addToVisits([], task('t1', '2026-03-01', '2026-05-31', ['scjg']));
    const two = addToVisits(one, task('t2', '2026-05-01', '2026-06-30', ['xf', 'ws']));
    expect(two).toEqual([
      {
        from: '2026-05-01',
        to: '2026-05-31',
        tasks: [expect.objectContaining({ taskId: 't1' }), expect.objectContaining({ taskId: 't2' })],
        departmentIds: ['scjg', 'xf', 'ws'],
        itemIds: ['item-scjg', 'item-xf', 'item-ws'],
      },
    ]);
  });

  it('keeps a task whose window does not overlap as a visit of its own', () => {
    const visits = addToVisits(
      addToVisits([], task('t1', '2026-03-01', '2026-03-31', ['scjg'])),
      task('t2', '2026-09-01', '2026-09-30', ['xf']),
    );
    expect(visits.map((v) => v.tasks.map((t) => t.taskId))).toEqual([['t1'], ['t2']]);
  });
});

describe('visits as they stand (ADR 39)', () => {
  it('regroups by the windows as they stand: a postponed task leaves the overlap', () => {
    const visits = addToVisits(
      addToVisits([], task('t1', '2026-03-01', '2026-05-31', ['scjg'])),
      task('t2', '2026-05-01', '2026-06-30', ['xf']),
    );
    const moved = visitsByWindows(visits, (id) =>
      id === 't2' ? { from: '2026-09-01', to: '2026-09-30' } : undefined,
    );
    expect(moved.map((v) => v.tasks.map((t) => t.taskId))).toEqual([['t1'], ['t2']]);
  });

  it('records a proposal, its agreement with the team, and a task that leaves it', () => {
    const team = { members: [{ inspectorId: 'p1', departmentId: 'scjg' }] };
    const proposed = proposalsAfter([], {
      type: 'VisitProposed',
      data: {
        visitId: 'v1',
        entityId: 'e1',
        taskIds: ['t1', 't2'],
        date: '2026-05-20',
        proposedBy: 'u',
        departmentId: 'scjg',
        leads: {},
      },
    });
    expect(visitOfTask(proposed, 't2')).toBe('v1');
    const agreed = proposalsAfter(proposed, {
      type: 'VisitConfirmed',
      data: {
        visitId: 'v1',
        entityId: 'e1',
        taskIds: ['t1', 't2'],
        date: '2026-05-20',
        team,
        teamBasis: 'b',
      },
    });
    expect(agreed[0]).toMatchObject({ status: 'agreed', team });
    expect(taskLeft(agreed, 't2', 'cancelled')[0].left).toEqual([{ taskId: 't2', why: 'cancelled' }]);
    const declined = proposalsAfter(proposed, {
      type: 'VisitDeclined',
      data: {
        visitId: 'v1',
        entityId: 'e1',
        taskIds: ['t2'],
        departmentId: 'xf',
        declinedBy: 'u2',
        reason: '不便',
      },
    });
    expect(visitOfTask(declined, 't2')).toBeUndefined();
  });
});
