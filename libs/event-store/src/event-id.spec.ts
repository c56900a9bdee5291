import { deterministicEventId, newEventId } from './event-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('event ids', () => {
  it('are UUIDv7 carrying the time, strictly increasing within one process', () => {
    const ids = Array.from({ length: 10_000 }, () => newEventId(1_764_000_000_000));
    for (const id of ids) expect(id).toMatch(UUID);
    expect(ids[0].slice(14, 15)).toBe('7');
    expect(ids[0].replace(/-/g, '').slice(0, 12)).toBe((1_764_000_000_000).toString(16).padStart(12, '0'));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never go backwards when the clock does', () => {
    const later = newEventId(1_900_000_000_000);
    const earlier = newEventId(1_800_000_000_000);
    expect(earlier > later).toBe(true);
  });

  it('derive the same id from the same command and index, and different ids otherwise', () => {
    const command = newEventId();
    expect(deterministicEventId(command, 0)).toBe(deterministicEventId(command, 0));
    expect(deterministicEventId(command, 0)).not.toBe(deterministicEventId(command, 1));
    expect(deterministicEventId('other', 0)).not.toBe(deterministicEventId(command, 0));
    expect(deterministicEventId(command, 3)).toMatch(UUID);
    expect(deterministicEventId('not-a-uuid', 3)).toMatch(UUID);
  });

  it('keep the time order of a UUIDv7 command id', () => {
    // Later than any clock reading above: this process's ids never go backwards.
    const first = newEventId(2_000_000_000_000);
    const second = newEventId(2_000_000_100_000);
    expect(deterministicEventId(first, 9) < deterministicEventId(second, 0)).toBe(true);
  });
});
