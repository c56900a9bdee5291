import { Client } from 'pg';
import type { RecordedEvent } from '../recorded-event';
import { collect, testEvent } from '../testing/event-store.contract';
import { describePostgres } from '../testing/postgres-test-database';
import { LISTENER_NAME } from './append-notifications';
import { PostgresEventStore } from './postgres-event-store';

/** Takes `count` events from a subscription, failing instead of hanging. */
async function take(iterator: AsyncIterator<RecordedEvent>, count: number): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  while (out.length < count) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`delivered ${out.length}/${count}`)), 20_000);
    });
    const next = await Promise.race([iterator.next(), timeout]).finally(() => clearTimeout(timer));
    if (next.done) throw new Error(`subscription ended after ${out.length}/${count}`);
    out.push(next.value);
  }
  return out;
}

describePostgres('the global order on PostgreSQL', (database) => {
  const stores: PostgresEventStore[] = [];
  const open = async (pollIntervalMs = 60_000) => {
    const store = await PostgresEventStore.open(database().url, { pollIntervalMs, pageSize: 7, poolSize: 4 });
    stores.push(store);
    return store;
  };
  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: database().url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  afterAll(async () => {
    for (const store of stores) await store.close();
  });

  it('a subscriber sees every position, in order, while writers on other connections append at once', async () => {
    const writers = await Promise.all([open(), open(), open(), open()]);
    const reader = await open();
    const start = await reader.headPosition();
    const subscription = reader.subscribeToAll({ fromPosition: start });
    const iterator = subscription[Symbol.asyncIterator]();
    let total = 0;
    await Promise.all(
      writers.flatMap((writer, w) =>
        Array.from({ length: 40 }, (_, i) => {
          const events = Array.from({ length: 1 + (i % 3) }, (_, k) => testEvent('Noted', { w, i, k }));
          total += events.length;
          return writer.appendToStream(`order-${w}-${i % 5}`, events, { expectedRevision: 'any' });
        }),
      ),
    );
    const seen = await take(iterator, total);
    await subscription.close();
    const logged = await collect(reader.readAll({ fromPosition: start + 1 }));
    expect(seen.map((e) => e.position)).toEqual(logged.map((e) => e.position));
    expect(seen.every((e, i) => i === 0 || e.position > seen[i - 1].position)).toBe(true);
  });

  it('a later append waits for an earlier one to commit, so its position is never seen first', async () => {
    const store = await open();
    const subscription = store.subscribeToAll({ fromPosition: await store.headPosition() });
    const iterator = subscription[Symbol.asyncIterator]();
    const held = new Client({ connectionString: database().url });
    await held.connect();
    try {
      // An append left open: it holds the append lock and its position, uncommitted.
      await held.query('BEGIN');
      const [first] = (
        await held.query(
          `SELECT last_position FROM append_events('held-1', 'any', ARRAY[gen_random_uuid()], ARRAY['Held'],
             ARRAY['{}'], ARRAY['{"actorId":"u","actorRoles":[],"departmentId":"d","correlationId":"c",
             "causationId":"c","occurredAt":"2026-01-01T00:00:00Z","schemaVersion":1}'])`,
        )
      ).rows as { last_position: string }[];
      const later = store.appendToStream('later-1', [testEvent('Later')], { expectedRevision: 'any' });
      // Wait until the later append is queued behind the lock (an answer, not a sleep).
      for (;;) {
        const waiting = await sql<{ n: string }>(
          `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
        );
        if (Number(waiting[0].n) > 0) break;
      }
      await held.query('COMMIT');
      const result = await later;
      expect(result.position).toBeGreaterThan(Number(first.last_position));
      const [a, b] = await take(iterator, 2);
      expect([a.type, b.type]).toEqual(['Held', 'Later']);
    } finally {
      await held.end();
      await subscription.close();
    }
  });

  it('wakes a subscriber in another process by notification, and by polling when notifications are lost', async () => {
    const writer = await open();
    const listening = await open(60_000);
    const polling = await open(50);
    const from = await writer.headPosition();
    const woken = listening.subscribeToAll({ fromPosition: from });
    const polled = polling.subscribeToAll({ fromPosition: from });
    const [a, b] = [woken[Symbol.asyncIterator](), polled[Symbol.asyncIterator]()];
    await writer.appendToStream('wake-1', [testEvent('One')], { expectedRevision: 'any' });
    expect((await take(a, 1))[0].type).toBe('One');
    expect((await take(b, 1))[0].type).toBe('One');
    // Every listening connection dropped: notifications sent now are lost to them.
    await sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [
      LISTENER_NAME,
    ]);
    await writer.appendToStream('wake-1', [testEvent('Two')], { expectedRevision: 'any' });
    expect((await take(b, 1))[0].type).toBe('Two');
    expect((await take(a, 1))[0].type).toBe('Two');
    await woken.close();
    await polled.close();
  });

  it('a filtered subscription reads the log a few pages of positions at a time: every match once, in order, and its checkpoint at the head', async () => {
    // pageSize 7: a query spans at most 28 positions; the matches lie further apart than that.
    const store = await open();
    const from = await store.headPosition();
    for (let i = 0; i < 100; i += 1)
      await store.appendToStream(
        'span-1',
        [testEvent(i % 37 === 5 || i === 97 ? 'Wanted' : 'Other', { i })],
        {
          expectedRevision: 'any',
        },
      );
    const head = await store.headPosition();
    const checkpoints: number[] = [];
    let atHead!: () => void;
    const reachedHead = new Promise<void>((resolve) => (atHead = resolve));
    const subscription = store.subscribeToAll({
      fromPosition: from,
      filter: { eventTypes: ['Wanted'] },
      onCheckpoint: (position) => {
        checkpoints.push(position);
        if (position === head) atHead();
        return Promise.resolve();
      },
    });
    const iterator = subscription[Symbol.asyncIterator]();
    const seen = await take(iterator, 4);
    const more = iterator.next();
    await reachedHead;
    await subscription.close();
    await more;
    expect(seen.map((e) => (e.data as { i: number }).i)).toEqual([5, 42, 79, 97]);
    // The checkpoint moves at the head, not once per span of other events.
    expect(checkpoints).toEqual([head]);
  });
});
