import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChainingEventStore } from '../chain/chaining-event-store';
import { firstBrokenLink } from '../chain/event-chain';
import { readManyStreams } from '../read-many-streams';
import { UpcasterRegistry, UpcastingEventStore } from '../upcasting';
import { collect, testEvent } from '../testing/event-store.contract';
import { openSqliteDatabase } from './open-database';
import { SqliteEventStore } from './sqlite-event-store';

describe('reading several streams at once', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-rs-'));
    store = new SqliteEventStore(openSqliteDatabase(join(dir, 'events.sqlite'), { synchronous: 'NORMAL' }));
    const chained = new ChainingEventStore(store);
    await chained.appendToStream('b-1', [testEvent('B', { n: 0 }), testEvent('B', { n: 1 })], {
      expectedRevision: 'no_stream',
    });
    await chained.appendToStream('a-1', [testEvent('A', { n: 0 })], { expectedRevision: 'no_stream' });
    await chained.appendToStream('b-1', [testEvent('B', { n: 2 })], { expectedRevision: 1 });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const seen = (events: { stream: string; revision: number }[]) =>
    events.map((e) => `${e.stream}@${e.revision}`);

  it('answers stream after stream in the order named, each in revision order, a missing one empty', async () => {
    const events = await collect(store.readStreams(['b-1', 'missing', 'a-1', 'b-1']));
    expect(seen(events)).toEqual(['b-1@0', 'b-1@1', 'b-1@2', 'a-1@0']);
    expect(events.map((e) => e.data)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 0 }]);
    expect(await firstBrokenLink(toIterable(events.slice(0, 3)))).toBeUndefined();
  });

  it('reads the same through the chain and the upcaster, and a stream at a time where a store has no such read', async () => {
    const layered = new UpcastingEventStore(new ChainingEventStore(store), new UpcasterRegistry());
    const direct = await collect(store.readStreams(['a-1', 'b-1']));
    expect(await collect(layered.readStreams(['a-1', 'b-1']))).toEqual(direct);
    const withoutIt = { readStream: store.readStream.bind(store) };
    expect(await collect(readManyStreams(withoutIt, ['a-1', 'b-1', 'a-1', 'none']))).toEqual(direct);
  });

  it('reads more streams than one query names', async () => {
    const names = Array.from({ length: 1200 }, (_, i) => (i === 1100 ? 'a-1' : `none-${i}`));
    expect(seen(await collect(store.readStreams(names)))).toEqual(['a-1@0']);
  });
});

async function* toIterable<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}
