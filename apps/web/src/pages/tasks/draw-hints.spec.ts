import { hintOf, hintsFromDraw } from './draw-hints';

const window = { from: '2026-03-01', to: '2026-03-31' };

describe('draw hints', () => {
  it('names the other tasks that checked the entity this year, and those visiting it at the same time', () => {
    const hint = hintOf(
      't1',
      window,
      { entityId: 'e1', year: 2026, count: 2, taskIds: ['t0', 't1'], cap: 2 },
      {
        entityId: 'e1',
        visits: [
          {
            from: '2026-03-10',
            to: '2026-03-20',
            tasks: [
              { taskId: 't1', window },
              { taskId: 't2', window: { from: '2026-03-10', to: '2026-04-20' } },
            ],
          },
          {
            from: '2026-06-01',
            to: '2026-06-30',
            tasks: [{ taskId: 't3', window: { from: '2026-06-01', to: '2026-06-30' } }],
          },
        ],
      },
    );
    expect(hint).toEqual({ checkedBy: ['t0'], cap: 2, overlapping: ['t2'] });
  });

  it('has nothing to say of an entity not checked elsewhere', () => {
    expect(hintOf('t1', window, undefined, undefined)).toEqual({ checkedBy: [], overlapping: [] });
  });

  it('reads the hints the draw answered', () => {
    const hints = hintsFromDraw({
      checkedThisYear: [{ entityId: 'e1', checks: 1 }],
      overlappingTasks: [
        { entityId: 'e1', taskIds: ['t2'] },
        { entityId: 'e2', taskIds: ['t3'] },
      ],
    });
    expect(hints.get('e1')).toEqual({ checks: 1, overlapping: ['t2'] });
    expect(hints.get('e2')).toEqual({ checks: 0, overlapping: ['t3'] });
    expect(hints.get('e3')).toBeUndefined();
  });
});
