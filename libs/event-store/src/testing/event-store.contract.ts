import { randomUUID } from 'node:crypto';
import { WrongExpectedRevision } from '../errors';
import type { EventStore, ExpectedRevision } from '../event-store.port';
import type { EventData, EventMetadata, RecordedEvent } from '../recorded-event';

/** How a contract run gets a store: a fresh one for each test (or a shared server). */
export interface EventStoreFixture {
  open(): Promise<EventStore>;
}

export function testMetadata(overrides: Partial<EventMetadata> = {}): EventMetadata {
  return {
    actorId: 'user-1',
    actorRoles: ['operator'],
    departmentId: 'dept-market',
    correlationId: randomUUID(),
    causationId: randomUUID(),
    occurredAt: '2026-11-25T08:00:00.000Z',
    schemaVersion: 1,
    ...overrides,
  };
}

export function testEvent(type: string, data: EventData['data'] = {}, id?: string): EventData {
  return { id, type, data, metadata: testMetadata() };
}

export async function collect<T>(iterable: AsyncIterable<T>, limit = Infinity): Promise<T[]> {
  const out: T[] = [];
  if (limit <= 0) return out;
  for await (const item of iterable) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}

/** Takes `count` events from a live subscription, failing instead of hanging. */
async function take(
  iterator: AsyncIterator<RecordedEvent>,
  count: number,
  timeoutMs = 10_000,
): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  while (out.length < count) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`subscription delivered ${out.length}/${count} events`)),
        timeoutMs,
      );
    });
    const next = await Promise.race([iterator.next(), timeout]).finally(() => clearTimeout(timer));
    if (next.done) throw new Error(`subscription ended after ${out.length}/${count} events`);
    out.push(next.value);
  }
  return out;
}

async function expectWrongRevision(
  append: Promise<unknown>,
  expected: ExpectedRevision,
  actual: number | 'no_stream',
): Promise<void> {
  const error = await append.then(
    () => {
      throw new Error('append succeeded but should have been refused');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WrongExpectedRevision);
  expect(error).toMatchObject({ expectedRevision: expected, actualRevision: actual });
}

/**
 * The contract every EventStore adapter passes (docs/event-store.md). Streams are named with a
 * fresh prefix per test so the suite can run against a shared server holding other data.
 */
export function eventStoreContract(fixture: EventStoreFixture): void {
  let store: EventStore;
  let prefix: string;
  const streamName = (id: string): string => `${prefix}${id}`;
  const ours = (): { streamPrefixes: string[] } => ({ streamPrefixes: [prefix] });

  beforeEach(async () => {
    store = await fixture.open();
    // Category and id separated by one '-' (EventStoreDB's $ce- convention); unique per test.
    prefix = `contract${randomUUID().replace(/-/g, '')}-`;
  });
  afterEach(async () => {
    await store.close();
  });

  describe('append and read', () => {
    it('records every field of an appended event and reads it back', async () => {
      const stream = streamName('task1');
      const metadata = testMetadata({ actorId: 'op-7', actorRoles: ['operator', 'head'] });
      const id = randomUUID();
      const before = Date.now();
      const result = await store.appendToStream(
        stream,
        [
          {
            id,
            type: 'InspectionTaskInitiated',
            data: { name: '食品抽查', count: 3, tags: ['a'] },
            metadata,
          },
        ],
        { expectedRevision: 'no_stream' },
      );
      const [event] = await collect(store.readStream(stream));
      expect(event).toMatchObject({
        id,
        type: 'InspectionTaskInitiated',
        data: { name: '食品抽查', count: 3, tags: ['a'] },
        metadata,
        stream,
        revision: 0,
        position: result.position,
      });
      expect(result.nextExpectedRevision).toBe(0);
      expect(JSON.parse(JSON.stringify(event))).toMatchObject({ id, metadata, stream, revision: 0 });
      // A store that seals its streams (ChainingEventStore) adds the chain's two hashes.
      const {
        previousHash: _previous,
        hash: _hash,
        ...copied
      } = { ...event, metadata: event.metadata }.metadata;
      expect(copied).toEqual(metadata);
      expect(event.recordedAt).toBeInstanceOf(Date);
      expect(event.recordedAt.getTime()).toBeGreaterThanOrEqual(before - 60_000);
    });

    it('gives each event an id when the writer gives none', async () => {
      const stream = streamName('noid');
      await store.appendToStream(stream, [testEvent('A'), testEvent('B')], { expectedRevision: 'any' });
      const events = await collect(store.readStream(stream));
      expect(events.map((e) => e.id)).toEqual([
        expect.stringMatching(/^[0-9a-f-]{36}$/),
        expect.stringMatching(/^[0-9a-f-]{36}$/),
      ]);
      expect(events[0].id).not.toBe(events[1].id);
    });

    it('reads a stream that does not exist as empty', async () => {
      expect(await collect(store.readStream(streamName('missing')))).toEqual([]);
      expect(await collect(store.readStream(streamName('missing'), { direction: 'backwards' }))).toEqual([]);
    });

    it('counts the events after a position, up to a cap', async () => {
      const first = await store.appendToStream(streamName('c'), [testEvent('A'), testEvent('B')], {
        expectedRevision: 'any',
      });
      await store.appendToStream(streamName('c'), [testEvent('C')], { expectedRevision: 'any' });
      const [a] = await collect(store.readStream(streamName('c')), 1);
      expect(await store.countAfter(a.position)).toBe(2);
      expect(await store.countAfter(first.position)).toBe(1);
      expect(await store.countAfter(a.position, 1)).toBe(1);
      expect(await store.countAfter(await store.headPosition())).toBe(0);
    });

    it('reports a head position at or after the last append', async () => {
      const result = await store.appendToStream(streamName('h'), [testEvent('A')], {
        expectedRevision: 'any',
      });
      expect(await store.headPosition()).toBeGreaterThanOrEqual(result.position);
    });
  });

  describe('expected revision', () => {
    it("'no_stream' creates a stream and is refused once it exists", async () => {
      const stream = streamName('ns');
      await store.appendToStream(stream, [testEvent('A')], { expectedRevision: 'no_stream' });
      await expectWrongRevision(
        store.appendToStream(stream, [testEvent('B')], { expectedRevision: 'no_stream' }),
        'no_stream',
        0,
      );
    });

    it('a revision number must equal the last revision', async () => {
      const stream = streamName('num');
      await store.appendToStream(stream, [testEvent('A'), testEvent('B')], { expectedRevision: 'no_stream' });
      await expectWrongRevision(
        store.appendToStream(stream, [testEvent('C')], { expectedRevision: 0 }),
        0,
        1,
      );
      const ok = await store.appendToStream(stream, [testEvent('C')], { expectedRevision: 1 });
      expect(ok.nextExpectedRevision).toBe(2);
    });

    it('a revision number on a missing stream is refused with no_stream', async () => {
      await expectWrongRevision(
        store.appendToStream(streamName('gone'), [testEvent('A')], { expectedRevision: 0 }),
        0,
        'no_stream',
      );
    });

    it("'stream_exists' needs the stream to exist", async () => {
      const stream = streamName('se');
      await expectWrongRevision(
        store.appendToStream(stream, [testEvent('A')], { expectedRevision: 'stream_exists' }),
        'stream_exists',
        'no_stream',
      );
      await store.appendToStream(stream, [testEvent('A')], { expectedRevision: 'no_stream' });
      const ok = await store.appendToStream(stream, [testEvent('B')], { expectedRevision: 'stream_exists' });
      expect(ok.nextExpectedRevision).toBe(1);
    });

    it("'any' appends whatever the stream's state", async () => {
      const stream = streamName('any');
      await store.appendToStream(stream, [testEvent('A')], { expectedRevision: 'any' });
      const ok = await store.appendToStream(stream, [testEvent('B')], { expectedRevision: 'any' });
      expect(ok.nextExpectedRevision).toBe(1);
    });

    it('of two concurrent appenders expecting the same revision, exactly one wins', async () => {
      const stream = streamName('race');
      await store.appendToStream(stream, [testEvent('Start')], { expectedRevision: 'no_stream' });
      const outcomes = await Promise.allSettled([
        store.appendToStream(stream, [testEvent('First', { by: 'one' })], { expectedRevision: 0 }),
        store.appendToStream(stream, [testEvent('Second', { by: 'two' })], { expectedRevision: 0 }),
      ]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toBeInstanceOf(WrongExpectedRevision);
      const events = await collect(store.readStream(stream));
      expect(events).toHaveLength(2);
    });
  });

  describe('atomic appends', () => {
    it('appends several events with consecutive revisions and increasing positions', async () => {
      const stream = streamName('multi');
      const result = await store.appendToStream(stream, [testEvent('A'), testEvent('B'), testEvent('C')], {
        expectedRevision: 'no_stream',
      });
      const events = await collect(store.readStream(stream));
      expect(events.map((e) => [e.type, e.revision])).toEqual([
        ['A', 0],
        ['B', 1],
        ['C', 2],
      ]);
      expect(result).toMatchObject({ nextExpectedRevision: 2, position: events[2].position });
      for (let i = 1; i < events.length; i += 1) {
        expect(events[i].position).toBeGreaterThanOrEqual(events[i - 1].position);
      }
    });

    it('writes none of the events of a refused append', async () => {
      const stream = streamName('atomic');
      await store.appendToStream(stream, [testEvent('A')], { expectedRevision: 'no_stream' });
      await expect(
        store.appendToStream(stream, [testEvent('B'), testEvent('C')], { expectedRevision: 5 }),
      ).rejects.toBeInstanceOf(WrongExpectedRevision);
      const sameId = randomUUID();
      await expect(
        store.appendToStream(stream, [testEvent('D', {}, sameId), testEvent('E', {}, sameId)], {
          expectedRevision: 0,
        }),
      ).rejects.toThrow();
      expect((await collect(store.readStream(stream))).map((e) => e.type)).toEqual(['A']);
    });
  });

  describe('the global log', () => {
    it('keeps one order across streams, positions increasing with each append', async () => {
      const a = streamName('a');
      const b = streamName('b');
      const p1 = await store.appendToStream(a, [testEvent('A0')], { expectedRevision: 'no_stream' });
      const p2 = await store.appendToStream(b, [testEvent('B0')], { expectedRevision: 'no_stream' });
      const p3 = await store.appendToStream(a, [testEvent('A1')], { expectedRevision: 0 });
      expect(p2.position).toBeGreaterThan(p1.position);
      expect(p3.position).toBeGreaterThan(p2.position);
      const all = await collect(store.readAll({ filter: ours() }));
      expect(all.map((e) => [e.stream, e.type, e.position])).toEqual([
        [a, 'A0', p1.position],
        [b, 'B0', p2.position],
        [a, 'A1', p3.position],
      ]);
    });

    it('reads from a position (inclusive), with a maximum count', async () => {
      const positions: number[] = [];
      for (const n of [0, 1, 2, 3]) {
        const r = await store.appendToStream(streamName(`p${n}`), [testEvent(`E${n}`)], {
          expectedRevision: 'any',
        });
        positions.push(r.position);
      }
      const fromSecond = await collect(store.readAll({ fromPosition: positions[1], filter: ours() }));
      expect(fromSecond.map((e) => e.type)).toEqual(['E1', 'E2', 'E3']);
      const two = await collect(store.readAll({ fromPosition: positions[1], maxCount: 2, filter: ours() }));
      expect(two.map((e) => e.type)).toEqual(['E1', 'E2']);
    });

    it('reads the log backwards', async () => {
      const last = { position: 0 };
      for (const n of [0, 1, 2]) {
        last.position = (
          await store.appendToStream(streamName(`bk${n}`), [testEvent(`E${n}`)], { expectedRevision: 'any' })
        ).position;
      }
      const back = await collect(
        store.readAll({ direction: 'backwards', fromPosition: 'end', filter: ours() }),
      );
      expect(back.map((e) => e.type)).toEqual(['E2', 'E1', 'E0']);
      const fromLast = await collect(
        store.readAll({ direction: 'backwards', fromPosition: last.position, maxCount: 2, filter: ours() }),
      );
      expect(fromLast.map((e) => e.type)).toEqual(['E2', 'E1']);
    });

    it('filters by stream prefix and by event type', async () => {
      await store.appendToStream(streamName('x1'), [testEvent('Drawn'), testEvent('Locked')], {
        expectedRevision: 'any',
      });
      await store.appendToStream(streamName('y1'), [testEvent('Drawn')], { expectedRevision: 'any' });
      const byPrefix = await collect(store.readAll({ filter: { streamPrefixes: [streamName('x')] } }));
      expect(byPrefix.map((e) => e.type)).toEqual(['Drawn', 'Locked']);
      const byType = await collect(store.readAll({ filter: { eventTypes: ['Locked'] } }));
      expect(byType.filter((e) => e.stream.startsWith(prefix)).map((e) => e.stream)).toEqual([
        streamName('x1'),
      ]);
    });
  });

  describe('reading streams by name prefix', () => {
    it('hands out stream after stream in UTF-8 name order, up to a position, optionally some types', async () => {
      const append = (id: string, types: string[]) =>
        store.appendToStream(
          streamName(id),
          types.map((t) => testEvent(t)),
          { expectedRevision: 'any' },
        );
      await append('ent-b', ['Registered']);
      await append('ent-é', ['Registered']);
      await append('ent-a', ['Registered', 'Updated']);
      await append('entx', ['Registered']);
      const cut = await append('ent-b', ['Updated']);
      await append('ent-a', ['Deregistered']);
      await append('ent-c', ['Registered']);
      const read = await collect(
        store.readStreamsByPrefix(streamName('ent-'), { maxPosition: cut.position }),
      );
      expect(read.map((e) => [e.stream.slice(prefix.length), e.type])).toEqual([
        ['ent-a', 'Registered'],
        ['ent-a', 'Updated'],
        ['ent-b', 'Registered'],
        ['ent-b', 'Updated'],
        ['ent-é', 'Registered'],
      ]);
      const typed = await collect(
        store.readStreamsByPrefix(streamName('ent-'), {
          maxPosition: Number.MAX_SAFE_INTEGER,
          eventTypes: ['Updated'],
        }),
      );
      expect(typed.map((e) => e.stream.slice(prefix.length))).toEqual(['ent-a', 'ent-b']);
    });

    it('reads in full every stream with an event that mentions a hinted text (others it may skip)', async () => {
      const append = (id: string, events: [string, string][]) =>
        store.appendToStream(
          streamName(id),
          events.map(([type, regionCode]) => testEvent(type, { regionCode })),
          { expectedRevision: 'any' },
        );
      await append('hint-a', [['Registered', '320102']]);
      await append('hint-b', [
        ['Registered', '320104'],
        ['Updated', '320102'],
      ]);
      await append('hint-c', [['Registered', '320104']]);
      await append('hint-d', [
        ['Registered', '320104'],
        ['Noted', '320102'],
      ]);
      const read = await collect(
        store.readStreamsByPrefix(streamName('hint-'), {
          maxPosition: Number.MAX_SAFE_INTEGER,
          eventTypes: ['Registered', 'Updated'],
          mentioning: ['320102'],
        }),
      );
      const seen = read.map((e) => [e.stream.slice(prefix.length), e.type]);
      // hint-d mentions the code only in a type not read: like hint-c, it may be skipped.
      const needed = seen.filter(([stream]) => stream === 'hint-a' || stream === 'hint-b');
      expect(needed).toEqual([
        ['hint-a', 'Registered'],
        ['hint-b', 'Registered'],
        ['hint-b', 'Updated'],
      ]);
      expect(seen.map(([stream]) => stream)).toEqual([...seen.map(([stream]) => stream)].sort());
    });

    it('reads more streams than one page holds, each once, in order', async () => {
      const ids = Array.from({ length: 1_203 }, (_, i) => `many-${String(i).padStart(4, '0')}`);
      for (const id of [...ids].reverse()) {
        await store.appendToStream(streamName(id), [testEvent('Registered')], {
          expectedRevision: 'no_stream',
        });
      }
      const read = await collect(
        store.readStreamsByPrefix(streamName('many-'), { maxPosition: Number.MAX_SAFE_INTEGER }),
      );
      expect(read.map((e) => e.stream.slice(prefix.length))).toEqual(ids);
    });
  });

  describe('reading a stream', () => {
    it('reads from a revision (inclusive), with a maximum count, forwards and backwards', async () => {
      const stream = streamName('rev');
      await store.appendToStream(
        stream,
        ['A', 'B', 'C', 'D'].map((t) => testEvent(t)),
        {
          expectedRevision: 'no_stream',
        },
      );
      const types = async (options: Parameters<EventStore['readStream']>[1]): Promise<string[]> =>
        (await collect(store.readStream(stream, options))).map((e) => e.type);
      expect(await types({ fromRevision: 2 })).toEqual(['C', 'D']);
      expect(await types({ fromRevision: 1, maxCount: 2 })).toEqual(['B', 'C']);
      expect(await types({ direction: 'backwards' })).toEqual(['D', 'C', 'B', 'A']);
      expect(await types({ direction: 'backwards', fromRevision: 'end', maxCount: 1 })).toEqual(['D']);
      expect(await types({ direction: 'backwards', fromRevision: 1 })).toEqual(['B', 'A']);
    });
  });

  describe('idempotent appends', () => {
    it('a re-append of the same event ids records them once and answers as the first time', async () => {
      const stream = streamName('idem');
      await store.appendToStream(stream, [testEvent('Before')], { expectedRevision: 'no_stream' });
      const events = [testEvent('A', {}, randomUUID()), testEvent('B', {}, randomUUID())];
      const first = await store.appendToStream(stream, events, { expectedRevision: 0 });
      const again = await store.appendToStream(stream, events, { expectedRevision: 0 });
      expect(again).toEqual(first);
      const recorded = await collect(store.readStream(stream));
      expect(recorded.map((e) => e.type)).toEqual(['Before', 'A', 'B']);
    });
  });

  describe('catch-up subscription', () => {
    it('delivers history, then live events, then resumes from a checkpoint without gaps or duplicates', async () => {
      const stream = streamName('sub');
      await store.appendToStream(stream, [testEvent('H0'), testEvent('H1'), testEvent('H2')], {
        expectedRevision: 'no_stream',
      });
      const first = store.subscribeToAll({ filter: ours() });
      const iterator = first[Symbol.asyncIterator]();
      const history = await take(iterator, 3);
      expect(history.map((e) => e.type)).toEqual(['H0', 'H1', 'H2']);

      await store.appendToStream(stream, [testEvent('L3')], { expectedRevision: 2 });
      await store.appendToStream(streamName('other'), [testEvent('L4')], { expectedRevision: 'any' });
      const live = await take(iterator, 2);
      expect(live.map((e) => e.type)).toEqual(['L3', 'L4']);
      await first.close();

      const checkpoint = history[2].position;
      await store.appendToStream(stream, [testEvent('L5')], { expectedRevision: 3 });
      const resumed = store.subscribeToAll({ fromPosition: checkpoint, filter: ours() });
      const again = await take(resumed[Symbol.asyncIterator](), 3);
      await resumed.close();
      expect(again.map((e) => e.type)).toEqual(['L3', 'L4', 'L5']);
      const positions = [...history, ...again].map((e) => e.position);
      expect(new Set(positions).size).toBe(positions.length);
      expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    });

    it('delivers only what the filter selects, live as well', async () => {
      const subscription = store.subscribeToAll({ filter: { eventTypes: [`${prefix}Wanted`] } });
      const iterator = subscription[Symbol.asyncIterator]();
      await store.appendToStream(streamName('f'), [testEvent('Unwanted'), testEvent(`${prefix}Wanted`)], {
        expectedRevision: 'any',
      });
      const [event] = await take(iterator, 1);
      await subscription.close();
      expect(event.type).toBe(`${prefix}Wanted`);
    });

    it('ends a pending iteration when closed', async () => {
      const subscription = store.subscribeToAll({ filter: ours() });
      const pending = subscription[Symbol.asyncIterator]().next();
      await subscription.close();
      await expect(pending).resolves.toMatchObject({ done: true });
    });
  });
}
