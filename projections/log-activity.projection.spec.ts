import type { RecordedEvent } from '@app/event-store';
import { testMetadata } from '@app/event-store/testing/event-store.contract';
import { logActivity } from './log-activity.projection';

function recorded(type: string, position: number, at: string): RecordedEvent {
  return {
    id: `00000000-0000-7000-8000-${String(position).padStart(12, '0')}`,
    type,
    data: {},
    metadata: testMetadata(),
    stream: 'plan-1',
    revision: position - 1,
    position,
    recordedAt: new Date(at),
  };
}

describe('logActivity projection', () => {
  it('counts each type per day, keeping the first and last positions', () => {
    const [first] = logActivity.apply(recorded('PlanPublished', 7, '2026-11-25T23:59:59Z'));
    expect(first).toMatchObject({ collection: 'activity', id: '2026-11-25:PlanPublished' });
    const update = (first as { update: (d: unknown) => unknown }).update;
    const once = update(undefined);
    expect(once).toEqual({
      id: '2026-11-25:PlanPublished',
      date: '2026-11-25',
      type: 'PlanPublished',
      count: 1,
      firstPosition: 7,
      lastPosition: 7,
    });
    const [second] = logActivity.apply(recorded('PlanPublished', 9, '2026-11-25T08:00:00Z'));
    expect((second as { update: (d: unknown) => unknown }).update(once)).toMatchObject({
      count: 2,
      firstPosition: 7,
      lastPosition: 9,
    });
    const [nextDay] = logActivity.apply(recorded('PlanPublished', 10, '2026-11-26T00:00:00Z'));
    expect(nextDay.id).toBe('2026-11-26:PlanPublished');
  });
});
