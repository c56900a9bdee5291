import type { DocumentChange } from '@app/read-store';
import { type EntityChecksView, entityChecksProjection, sharedVisits } from './entity-checks.projection';
import { drawCandidatesProjection } from './draw-candidates.projection';

const at = { occurredAt: '2026-05-01T02:00:00.000Z' };
const drawn = (taskId: string) =>
  ({
    type: 'EntitiesDrawn',
    stream: `inspectionTask-${taskId}`,
    data: { taskId, entityIds: ['e1'], draw: {} },
    metadata: at,
  }) as never;
const joined = (taskId: string, countedWith?: string) =>
  ({
    type: 'TaskJoinedVisit',
    stream: `inspectionTask-${taskId}`,
    data: {
      taskId,
      visitId: 'v1',
      entityId: 'e1',
      date: '2026-05-20',
      team: { members: [] },
      taskIds: ['t1', 't2'],
      year: 2026,
      ...(countedWith ? { countedWith } : {}),
    },
    metadata: at,
  }) as never;

function fold(events: unknown[]): EntityChecksView | undefined {
  let view: EntityChecksView | undefined;
  for (const event of events) {
    for (const change of entityChecksProjection.apply(event as never) as DocumentChange<EntityChecksView>[]) {
      if ('update' in change) view = change.update(view) ?? undefined;
    }
  }
  return view;
}

describe('entityChecks: a visit counts once (ADR 39)', () => {
  it('two tasks’ checks in one agreed visit are one check, and say which', () => {
    const view = fold([drawn('t1'), drawn('t2'), joined('t1'), joined('t2', 't1')]);
    expect(view).toMatchObject({ count: 1, taskIds: ['t1', 't2'] });
    expect(view?.sharedChecks).toEqual([{ taskId: 't2', visitId: 'v1', countedWith: 't1' }]);
    expect(sharedVisits(view?.sharedChecks)).toEqual([{ visitId: 'v1', taskIds: ['t1', 't2'] }]);
  });

  it('lists each visit once with all its tasks; none when no check was shared', () => {
    const shared = [
      { taskId: 't2', visitId: 'v1', countedWith: 't1' },
      { taskId: 't3', visitId: 'v1', countedWith: 't1' },
    ];
    expect(sharedVisits(shared)).toEqual([{ visitId: 'v1', taskIds: ['t1', 't2', 't3'] }]);
    expect(sharedVisits(undefined)).toEqual([]);
  });

  it('the draw candidates count one check less that year', () => {
    const changes = drawCandidatesProjection.apply(joined('t2', 't1'));
    expect(changes).toHaveLength(1);
    const change = changes[0] as Extract<DocumentChange, { update: unknown }>;
    expect(change.update({ id: 'e1', checks: { '2026': 2 } })).toMatchObject({
      checks: { '2026': 1 },
    });
    expect(drawCandidatesProjection.apply(joined('t1'))).toEqual([]);
  });
});
