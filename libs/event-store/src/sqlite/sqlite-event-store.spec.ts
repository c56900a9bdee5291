import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import type { RecordedEvent } from '../recorded-event';
import { collect, eventStoreContract, testEvent, testMetadata } from '../testing/event-store.contract';
import { eventually } from '../testing/eventually';
import { openSqliteDatabase } from './open-database';
import { SqliteEventStore } from './sqlite-event-store';

describe('SqliteEventStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-es-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const open = (file = 'events.sqlite', synchronous: 'FULL' | 'NORMAL' = 'NORMAL'): SqliteEventStore =>
    new SqliteEventStore(openSqliteDatabase(join(dir, file), { synchronous }), { pageSize: 3 });

  describe('contract', () => {
    // A page size of 3 makes every multi-page read path run in the contract.
    eventStoreContract({ open: () => Promise.resolve(open()) });
  });

  describe('reading streams by prefix', () => {
    const fill = async (store: SqliteEventStore) => {
      await store.appendToStream('entity-b', [testEvent('Registered', { regionCode: '320104' })], {
        expectedRevision: 'no_stream',
      });
      await store.appendToStream('entity-a', [testEvent('Registered', { regionCode: '320102' })], {
        expectedRevision: 'no_stream',
      });
      await store.appendToStream('entity-b', [testEvent('Updated', { changes: { regionCode: '320102' } })], {
        expectedRevision: 'any',
      });
      await store.appendToStream('entity-c', [testEvent('Registered', { regionCode: '320104' })], {
        expectedRevision: 'no_stream',
      });
    };
    const streamsOf = async (store: SqliteEventStore, mentioning?: string[]) =>
      (
        await collect(
          store.readStreamsByPrefix('entity-', {
            maxPosition: Number.MAX_SAFE_INTEGER,
            ...(mentioning ? { mentioning } : {}),
          }),
        )
      ).map((e) => `${e.stream} ${e.type}`);

    it('in a file, leaves out in SQL the streams that mention none of the hinted texts', async () => {
      const store = open();
      await fill(store);
      expect(await streamsOf(store, ['320102'])).toEqual([
        'entity-a Registered',
        'entity-b Registered',
        'entity-b Updated',
      ]);
      expect(await streamsOf(store)).toHaveLength(4);
    });

    it('in a file, reads on a connection of its own while appends go on', async () => {
      const store = open();
      await fill(store);
      const read: string[] = [];
      for await (const event of store.readStreamsByPrefix('entity-', { maxPosition: 3 })) {
        read.push(event.stream);
        await store.appendToStream(`entity-z${read.length}`, [testEvent('Registered')], {
          expectedRevision: 'no_stream',
        });
      }
      expect(read).toEqual(['entity-a', 'entity-b', 'entity-b']);
    });

    it('in memory, reads the same in pages (the hint ignored)', async () => {
      const store = new SqliteEventStore(openSqliteDatabase(':memory:', { synchronous: 'NORMAL' }), {
        pageSize: 3,
      });
      await fill(store);
      expect(await streamsOf(store, ['320102'])).toEqual([
        'entity-a Registered',
        'entity-b Registered',
        'entity-b Updated',
        'entity-c Registered',
      ]);
    });
  });

  it('keeps events and metadata across a close and reopen of the file', async () => {
    const store = open();
    const metadata = testMetadata({ actorId: 'op-9', causationId: 'cmd-1' });
    const id = randomUUID();
    const written = await store.appendToStream(
      'inspectionTask-1',
      [{ id, type: 'InspectionTaskInitiated', data: { name: '双随机' }, metadata }],
      { expectedRevision: 'no_stream' },
    );
    await store.close();

    const reopened = open();
    const [event] = await collect(reopened.readAll());
    expect(event).toMatchObject({ id, metadata, data: { name: '双随机' }, position: written.position });
    await expect(
      reopened.appendToStream('inspectionTask-1', [testEvent('Next')], { expectedRevision: 'no_stream' }),
    ).rejects.toBeInstanceOf(WrongExpectedRevision);
    const next = await reopened.appendToStream('inspectionTask-1', [testEvent('Next')], {
      expectedRevision: 0,
    });
    expect(next.position).toBeGreaterThan(written.position);
    await reopened.close();
  });

  it('commits concurrent appends together, refusing only those that break a rule', async () => {
    const store = open();
    await store.appendToStream('plan-0', [testEvent('Drafted')], { expectedRevision: 'no_stream' });
    const reused = randomUUID();
    await store.appendToStream('plan-x', [testEvent('A', {}, reused)], { expectedRevision: 'any' });
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 20 }, (_, i) =>
        store.appendToStream(`task-${i}`, [testEvent('Initiated'), testEvent('Responded')], {
          expectedRevision: 'no_stream',
        }),
      ),
      store.appendToStream('plan-0', [testEvent('Stale')], { expectedRevision: 5 }),
      store.appendToStream('plan-y', [testEvent('B'), testEvent('Reused', {}, reused)], {
        expectedRevision: 'any',
      }),
      store.appendToStream('plan-0', [testEvent('Published')], { expectedRevision: 0 }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      ...Array.from({ length: 20 }, () => 'fulfilled'),
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect((outcomes[20] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevision);
    expect((outcomes[21] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventId);
    const all = await collect(store.readAll());
    expect(all).toHaveLength(2 + 40 + 1);
    expect(all.map((e) => e.position)).toEqual(all.map((_, i) => i + 1));
    expect(await collect(store.readStream('plan-y'))).toEqual([]);
    expect((await collect(store.readStream('plan-0'))).map((e) => e.type)).toEqual(['Drafted', 'Published']);
    await store.close();
  });

  it('keeps metadata keys beyond the known ones', async () => {
    const store = open();
    const metadata = { ...testMetadata(), approverId: 'head-2', requestId: 'r-1' };
    await store.appendToStream('plan-1', [{ type: 'A', data: {}, metadata }], { expectedRevision: 'any' });
    const [event] = await collect(store.readStream('plan-1'));
    expect(event.metadata).toEqual(metadata);
    await store.close();
  });

  it('lets exactly one of two connections to the same file win a race for one revision', async () => {
    const one = open();
    const two = open();
    await one.appendToStream('plan-1', [testEvent('Drafted')], { expectedRevision: 'no_stream' });
    const outcomes = await Promise.allSettled([
      one.appendToStream('plan-1', [testEvent('Published')], { expectedRevision: 0 }),
      two.appendToStream('plan-1', [testEvent('Closed')], { expectedRevision: 0 }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await collect(two.readStream('plan-1'))).toHaveLength(2);
    await one.close();
    await two.close();
  });

  it('refuses event ids already used by a different append', async () => {
    const store = open();
    const id = randomUUID();
    await store.appendToStream('plan-1', [testEvent('A', {}, id)], { expectedRevision: 'any' });
    await expect(
      store.appendToStream('plan-2', [testEvent('A', {}, id)], { expectedRevision: 'any' }),
    ).rejects.toBeInstanceOf(DuplicateEventId);
    await expect(
      store.appendToStream('plan-1', [testEvent('B', {}, randomUUID()), testEvent('A', {}, id)], {
        expectedRevision: 'any',
      }),
    ).rejects.toBeInstanceOf(DuplicateEventId);
    expect(await collect(store.readAll())).toHaveLength(1);
    await store.close();
  });

  it('refuses stream names and event types reserved for the system', async () => {
    const store = open();
    await expect(store.appendToStream('$all', [testEvent('A')], { expectedRevision: 'any' })).rejects.toThrow(
      /Stream name/,
    );
    await expect(store.appendToStream('s-1', [testEvent('$A')], { expectedRevision: 'any' })).rejects.toThrow(
      /Event type/,
    );
    await expect(store.appendToStream('s-1', [], { expectedRevision: 'any' })).rejects.toThrow(
      /at least one/,
    );
    await expect(
      store.appendToStream('s-1', [testEvent('A', {}, 'not-a-uuid')], { expectedRevision: 'any' }),
    ).rejects.toThrow(/UUID/);
    await store.close();
  });

  it('reports checkpoints past events the filter skips, so consumers can advance', async () => {
    const store = open();
    for (let i = 0; i < 7; i += 1) {
      await store.appendToStream(`other-${i}`, [testEvent('Noise')], { expectedRevision: 'any' });
    }
    const checkpoints: number[] = [];
    const subscription = store.subscribeToAll({
      filter: { streamPrefixes: ['wanted-'] },
      onCheckpoint: (position) => {
        checkpoints.push(position);
      },
    });
    const iterator = subscription[Symbol.asyncIterator]();
    const pending = iterator.next();
    await store.appendToStream('wanted-1', [testEvent('Signal')], { expectedRevision: 'any' });
    const delivered = await pending;
    expect(delivered.done).toBe(false);
    expect((delivered.value as RecordedEvent).stream).toBe('wanted-1');
    // Each page of noise (page size 3) was reported as examined, up to the head, before the event.
    expect(checkpoints.slice(0, 2)).toEqual([3, 6]);
    expect(checkpoints.every((p) => p <= 7)).toBe(true);
    await subscription.close();
    await store.close();
  });

  it('reads ahead of a slow subscriber by at most one page (backpressure)', async () => {
    const store = open();
    for (let i = 0; i < 30; i += 1) {
      await store.appendToStream(`s-${i}`, [testEvent('E')], { expectedRevision: 'any' });
    }
    const checkpoints: number[] = [];
    const subscription = store.subscribeToAll({
      filter: { streamPrefixes: ['s-'] },
      onCheckpoint: (p) => {
        checkpoints.push(p);
      },
    });
    const iterator = subscription[Symbol.asyncIterator]();
    await iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Nothing beyond the first page (3 events) was examined while the consumer did not pull.
    expect(checkpoints.every((p) => p <= 3)).toBe(true);
    await subscription.close();
    await store.close();
  });

  it('hands each live subscription the events its filter passes, from far behind and at the head', async () => {
    // The default page size: windows from far behind are read by filtered queries, small ones
    // at the head once for every subscription.
    const store = new SqliteEventStore(
      openSqliteDatabase(join(dir, 'live.sqlite'), { synchronous: 'NORMAL' }),
    );
    const append = (stream: string, type: string) =>
      store.appendToStream(stream, [testEvent(type)], { expectedRevision: 'any' });
    for (let i = 0; i < 600; i += 1) await append(i % 2 ? `task-${i}` : `plan-${i}`, i % 3 ? 'A' : 'B');
    const received = (filter: Parameters<SqliteEventStore['subscribeToAll']>[0]) => {
      const seen: RecordedEvent[] = [];
      const subscription = store.subscribeToAll(filter);
      void (async () => {
        for await (const event of subscription) seen.push(event);
      })();
      return { seen, subscription };
    };
    const byType = received({ filter: { eventTypes: ['B'] } });
    const byStream = received({ filter: { streamPrefixes: ['task-'] } });
    const all = received({});
    for (let i = 600; i < 620; i += 1) await append(i % 2 ? `task-${i}` : `plan-${i}`, i % 3 ? 'A' : 'B');
    const expected = Array.from({ length: 620 }, (_, i) => ({
      stream: i % 2 ? `task-${i}` : `plan-${i}`,
      type: i % 3 ? 'A' : 'B',
    }));
    const reached = (seen: RecordedEvent[], count: number) => () => seen.length >= count;
    await eventually(reached(all.seen, 620), 'the unfiltered subscription to reach the head');
    await eventually(reached(byType.seen, expected.filter((e) => e.type === 'B').length), 'the type filter');
    await eventually(reached(byStream.seen, 310), 'the stream filter');
    const shape = (events: RecordedEvent[]) => events.map(({ stream, type }) => ({ stream, type }));
    expect(shape(all.seen)).toEqual(expected);
    expect(shape(byType.seen)).toEqual(expected.filter((e) => e.type === 'B'));
    expect(shape(byStream.seen)).toEqual(expected.filter((e) => e.stream.startsWith('task-')));
    // One decoding is shared by the subscriptions at the head, so nobody may change it.
    expect(Object.isFrozen(all.seen[619].data)).toBe(true);
    for (const { subscription } of [byType, byStream, all]) await subscription.close();
    await store.close();
  });

  it('closes its subscriptions when the store closes', async () => {
    const store = open();
    const subscription = store.subscribeToAll();
    const pending = subscription[Symbol.asyncIterator]().next();
    await store.close();
    await expect(pending).resolves.toMatchObject({ done: true });
  });

  it.each(['FULL', 'NORMAL'] as const)('opens in WAL mode with synchronous=%s', (synchronous) => {
    const db = openSqliteDatabase(join(dir, `s-${synchronous}.sqlite`), { synchronous });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(synchronous === 'FULL' ? 2 : 1);
    db.close();
  });
});
