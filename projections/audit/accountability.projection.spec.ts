import type { EventPayload, RecordedEvent } from '@app/event-store';
import { testMetadata } from '@app/event-store/testing/event-store.contract';
import { accountabilityProjection, actId } from './accountability.projection';

function recorded(position: number, id: string, data: EventPayload = {}): RecordedEvent {
  return {
    id,
    type: 'EntityRegistered',
    data,
    metadata: testMetadata(),
    stream: 'entity-91320102MA0000001X',
    revision: 0,
    position,
    recordedAt: new Date('2026-12-08T00:00:00Z'),
  };
}

describe('accountability projection', () => {
  it('keys each act by its log position, so that id order is log order whatever the event ids', () => {
    const later = accountabilityProjection.apply(recorded(10, 'ffffffff-0000-7000-8000-000000000000'));
    const earlier = accountabilityProjection.apply(recorded(9, '00000000-0000-7000-8000-000000000000'));
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({ collection: 'acts', id: actId(10) });
    expect(earlier[0].id < later[0].id).toBe(true);
    expect(actId(9) < actId(10)).toBe(true);
    expect(actId(Number.MAX_SAFE_INTEGER)).toHaveLength(20);
  });

  it('names the event, its actor and what it answered for', () => {
    const [change] = accountabilityProjection.apply(
      recorded(3, '0190a1b2-0000-7000-8000-000000000003', { entityId: 'e-1', reason: 'moved away' }),
    );
    expect((change as { put: unknown }).put).toMatchObject({
      id: actId(3),
      eventId: '0190a1b2-0000-7000-8000-000000000003',
      act: 'EntityRegistered',
      position: 3,
      entityId: 'e-1',
      reason: 'moved away',
    });
  });
});
