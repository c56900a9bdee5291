import { decodeCandidate, drawCandidatesProjection, encodeCandidate } from './draw-candidates.projection';

const profile = {
  kind: 'enterprise' as const,
  regionCode: '320106',
  industryCode: 'H6210',
  tags: [],
  scale: undefined,
  creditRisk: 'B' as const,
  abnormalList: false,
  seriousViolationList: false,
  complaintsThisYear: 0,
};

const cancelled = (discardedDraw?: object) =>
  ({
    type: 'InspectionTaskCancelled',
    stream: 'inspectionTask-t1',
    data: { taskId: 't1', reason: 'r', ...(discardedDraw ? { discardedDraw } : {}) },
    metadata: { occurredAt: '2026-05-01T02:00:00.000Z' },
  }) as never;

describe('drawCandidates: discarded draws kept apart from the checks', () => {
  it('reads a candidate written before discarded draws were kept (none), and writes none when there are none', () => {
    const older = JSON.stringify([1, 'enterprise', '320106', 'H6210', [], null, 'B', 0, 0, 0, { '2026': 1 }]);
    expect(decodeCandidate(older).discarded).toEqual({});
    expect(encodeCandidate({ ...decodeCandidate(older), discarded: {} })).toBe(older);
  });

  it('counts a cancellation after the freeze in the draw year of each entity it lists', () => {
    const [change] = drawCandidatesProjection.apply(
      cancelled({ year: 2026, selectedCount: 1, entityIds: ['e1'] }),
    ) as unknown as { update: (doc: unknown) => { candidate: string } }[];
    const view = {
      id: 'e1',
      candidate: encodeCandidate({ profile, registered: true, checks: { '2026': 1 }, discarded: {} }),
    };
    const after = decodeCandidate(change.update(view).candidate);
    expect(after).toMatchObject({ checks: { '2026': 1 }, discarded: { '2026': 1 } });
  });

  it('ignores a cancellation before the freeze and one of a large draw (no list)', () => {
    expect(drawCandidatesProjection.apply(cancelled())).toEqual([]);
    expect(drawCandidatesProjection.apply(cancelled({ year: 2026, selectedCount: 20000, parts: 2 }))).toEqual(
      [],
    );
  });
});
