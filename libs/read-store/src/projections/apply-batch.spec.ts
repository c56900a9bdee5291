import type { RecordedEvent } from '@app/event-store';
import { testMetadata } from '@app/event-store/testing/event-store.contract';
import type { ReadDocument } from '../read-model';
import type { AnyProjection } from './projection';
import { tallyProjection } from '../testing/tally-projection';
import { type WorkingSet, applyChanges, changesOf } from './apply-batch';

function tallied(position: number, key = 'a'): RecordedEvent {
  return {
    id: `00000000-0000-7000-8000-${String(position).padStart(12, '0')}`,
    type: 'Tallied',
    data: { key, amount: 1 },
    metadata: testMetadata(),
    stream: `ledger-${key}`,
    revision: position,
    position,
    recordedAt: new Date(0),
  };
}

describe('applying a batch of changes', () => {
  const projection = tallyProjection();

  it('applies each event in order and writes each document once, with the last event that changed it', () => {
    const events = [tallied(1), tallied(2, 'b'), tallied(3)];
    const working: WorkingSet = new Map([['tallies', new Map<string, ReadDocument | null>()]]);
    const result = applyChanges(events, changesOf(projection, events).changes, working);
    expect(result.applied).toBe(3);
    expect(result.writes.map((w) => [w.id, w.position, w.document?.count])).toEqual([
      ['a', 3, 2],
      ['b', 2, 1],
    ]);
  });

  it('skips events a document already contains (a replay where the store has no transactions)', () => {
    const events = [tallied(8), tallied(10), tallied(12)];
    const stored = { id: 'a', key: 'a', count: 5, total: 5, lastPosition: 10 };
    const working: WorkingSet = new Map([['tallies', new Map<string, ReadDocument | null>([['a', stored]])]]);
    const applied = new Map([['tallies', new Map([['a', 10]])]]);
    const result = applyChanges(events, changesOf(projection, events).changes, working, applied);
    expect(result.writes.map((w) => [w.id, w.position, w.document?.count])).toEqual([['a', 12, 6]]);
    // The store's bookkeeping stays out of the document the projection sees and writes.
    expect(result.writes[0].document).not.toHaveProperty('_position');
  });

  it('skips events a deleted document already contains, so a replay cannot bring it back', () => {
    const events = [tallied(8), tallied(9)];
    const working: WorkingSet = new Map([['tallies', new Map<string, ReadDocument | null>([['a', null]])]]);
    const applied = new Map([['tallies', new Map([['a', 9]])]]);
    const result = applyChanges(events, changesOf(projection, events).changes, working, applied);
    expect(result.applied).toBe(2);
    expect(result.writes).toEqual([]);
  });

  it('stops at a change that throws, keeping the events before it, and none of that event', () => {
    const failing = tallyProjection({ failOn: (e) => e.position === 2 });
    const events = [tallied(1), tallied(2), tallied(3)];
    const { changes, failure } = changesOf(failing, events);
    expect(failure?.index).toBe(1);
    const result = applyChanges(events, changes, new Map());
    expect(result.applied).toBe(1);
    expect(result.writes).toHaveLength(1);
  });
  it('writes no document the batch leaves as it was loaded, even one changed and changed back', () => {
    const same: AnyProjection = {
      name: 'same',
      collections: [{ name: 'docs', indexes: [] }],
      eventTypes: 'all',
      apply: (event) => [
        { collection: 'docs', id: 'kept', update: (current) => current ?? null },
        { collection: 'docs', id: 'absent', remove: true },
        {
          collection: 'docs',
          id: 'count',
          update: (current) => ({ id: 'count', n: Number(current?.n ?? 0) + (event.position % 2 ? 1 : -1) }),
        },
        { collection: 'docs', id: 'put', put: { id: 'put', n: 1 } },
      ],
    };
    const events = [tallied(1), tallied(2)];
    const working: WorkingSet = new Map([
      [
        'docs',
        new Map<string, ReadDocument | null>([
          ['kept', { id: 'kept', n: 1 }],
          ['absent', null],
          ['count', { id: 'count', n: 5 }],
        ]),
      ],
    ]);
    const result = applyChanges(events, changesOf(same, events).changes, working);
    // "count" went 5 → 6 → 5: as loaded. "put" was not loaded, so it is written.
    expect(result.writes.map((w) => w.id)).toEqual(['put']);
    const once = [tallied(1)];
    const changed = applyChanges(
      once,
      changesOf(same, once).changes,
      new Map([['docs', new Map([['count', { id: 'count', n: 5 }]])]]),
    );
    expect(changed.writes.map((w) => [w.id, w.document])).toEqual([
      // Not loaded: what the batch makes of them is written.
      ['kept', null],
      ['absent', null],
      ['count', { id: 'count', n: 6 }],
      ['put', { id: 'put', n: 1 }],
    ]);
  });
});
