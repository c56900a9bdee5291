import {
  type AllStreamResolvedEvent,
  BACKWARDS,
  MaxAppendSizeExceededError,
  type ReadAllOptions,
  type SubscribeToAllOptions,
} from '@eventstore/db-client';
import { AppendTooLarge } from '../errors';
import type { RecordedEvent } from '../recorded-event';
import { EsdbEventStore } from './esdb-event-store';
import {
  fakeClient,
  fakeRead,
  fakeSubscription,
  hangingRead,
  resolvedEvent,
  type SubscriptionStep,
} from './fake-esdb-client';

const HEAD = 700;
const metadata = {
  actorId: 'u',
  actorRoles: [],
  departmentId: 'd',
  correlationId: 'c',
  causationId: 'c',
  occurredAt: '2026-01-01T00:00:00Z',
  schemaVersion: 1,
};

/** A client whose head is at 700 and whose filtered subscription plays `steps`. */
function storeWith(steps: SubscriptionStep[], log = { cancelled: 0, unsubscribed: 0 }) {
  const subscriptions: (SubscribeToAllOptions | undefined)[] = [];
  const forwardReads: (ReadAllOptions | undefined)[] = [];
  const client = fakeClient({
    readAll: (options?: ReadAllOptions) => {
      if (options?.direction === BACKWARDS) return fakeRead([resolvedEvent('$stats', 9, HEAD)], log);
      forwardReads.push(options);
      return fakeRead([resolvedEvent('task-3', 0, 300), resolvedEvent('task-4', 0, 400)], log);
    },
    subscribeToAll: (options) => {
      subscriptions.push(options);
      return fakeSubscription(options, steps, log);
    },
  });
  return { store: new EsdbEventStore(client), subscriptions, forwardReads, log };
}

async function all(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

describe('EsdbEventStore against a stand-in client (no server here)', () => {
  it('readStreamsByPrefix filters on the server by prefix, ends when caught up, in name order', async () => {
    const { store, subscriptions, log } = storeWith([
      { event: resolvedEvent('task-b', 0, 100) },
      { event: resolvedEvent('task-a', 0, 200) },
      'caughtUp',
      { event: resolvedEvent('task-a', 1, 800) },
    ]);
    const events = await all(store.readStreamsByPrefix('task-', { maxPosition: 10_000 }));
    expect(events.map((e) => `${e.stream}@${e.revision}`)).toEqual(['task-a@0', 'task-b@0']);
    expect(subscriptions[0]?.filter).toMatchObject({ filterOn: 'streamName', prefixes: ['task-'] });
    expect(log.unsubscribed).toBe(1);
    expect(log.cancelled).toBe(1); // the head read
  });

  it('a filtered readAll ends at a checkpoint past the head captured first, and keeps maxCount', async () => {
    const { store } = storeWith([
      { event: resolvedEvent('task-1', 0, 100) },
      { checkpoint: { commit: 701n, prepare: 701n } },
      { event: resolvedEvent('task-2', 0, 900) },
    ]);
    const events = await all(store.readAll({ filter: { eventTypes: ['Happened'] } }));
    expect(events.map((e) => e.position)).toEqual([100]);

    const { store: second, subscriptions } = storeWith([
      { event: resolvedEvent('task-1', 0, 100) },
      { event: resolvedEvent('task-1', 1, 200) },
    ]);
    expect((await all(second.readAll({ filter: { eventTypes: ['Happened'] }, maxCount: 1 }))).length).toBe(1);
    expect(subscriptions[0]?.filter).toMatchObject({ filterOn: 'eventType', regex: '^(?:Happened)$' });
  });

  it('a filtered readAll from p hands out the event at p itself, then subscribes after it', async () => {
    const { store, subscriptions, forwardReads } = storeWith([
      { event: resolvedEvent('task-5', 0, 500) },
      'caughtUp',
    ]);
    const events = await all(store.readAll({ fromPosition: 300, filter: { streamPrefixes: ['task-'] } }));
    expect(forwardReads[0]?.fromPosition).toEqual({ commit: 300n, prepare: 300n });
    expect(events.map((e) => e.position)).toEqual([300, 500]);
    expect(subscriptions[0]?.fromPosition).toEqual({ commit: 300n, prepare: 300n });
  });

  it('countAfter counts what the server lets through (no system events), at most cap', async () => {
    const steps: SubscriptionStep[] = [100, 200, 300, 400].map((p) => ({
      event: resolvedEvent('task-1', p, p),
    }));
    const { store, subscriptions } = storeWith([...steps, 'caughtUp']);
    expect(await store.countAfter(0)).toBe(4);
    expect(subscriptions[0]?.filter).toMatchObject({ filterOn: 'eventType', regex: '^[^$].*' });
    const { store: capped } = storeWith([...steps, 'caughtUp']);
    expect(await capped.countAfter(100, 2)).toBe(2);
  });

  it('an append over the server maximum is refused as AppendTooLarge', async () => {
    const store = new EsdbEventStore(
      fakeClient({
        appendToStream: () => Promise.reject(MaxAppendSizeExceededError.fromMaxAppendSize(1048576)),
      }),
    );
    const append = store.appendToStream('task-1', [{ type: 'Happened', data: {}, metadata }], {
      expectedRevision: 'any',
    });
    await expect(append).rejects.toBeInstanceOf(AppendTooLarge);
  });

  it('status() answers down when the server hangs, and cancels its read', async () => {
    const log = { cancelled: 0 };
    const store = new EsdbEventStore(fakeClient({ readAll: () => hangingRead(log) }), { statusTimeoutMs: 1 });
    const status = await store.status();
    expect(status).toMatchObject({ kind: 'eventstoredb', status: 'down' });
    expect(log.cancelled).toBe(1);
  });

  it('events that are not JSON are skipped, logged once each, and counted in the status', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const binary = resolvedEvent('task-1', 1, 200, { isJson: false });
    const log = { cancelled: 0 };
    const events: AllStreamResolvedEvent[] = [resolvedEvent('task-1', 0, 100), binary];
    const store = new EsdbEventStore(
      fakeClient({
        readStream: () => fakeRead(events, log),
        readAll: () => fakeRead(events, log),
      }),
    );
    expect((await all(store.readStream('task-1'))).map((e) => e.revision)).toEqual([0]);
    expect((await all(store.readStream('task-1'))).map((e) => e.revision)).toEqual([0]);
    expect(store.skippedNonJsonEvents).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect((await store.status()).detail).toMatch(/1 events are not JSON/);
    warn.mockRestore();
  });

  it('refuses throwOnAppendFailure=false (the client would answer a conflict with a wrong revision)', () => {
    expect(() => new EsdbEventStore('esdb://localhost:2113?tls=false&throwOnAppendFailure=false')).toThrow(
      /throwOnAppendFailure=false is not supported/,
    );
  });
});
