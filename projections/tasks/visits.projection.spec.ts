import { addToVisits } from './visits.projection';

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
