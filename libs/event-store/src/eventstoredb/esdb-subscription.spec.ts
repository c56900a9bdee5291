import { convertToCommandError, type SubscribeToAllOptions } from '@eventstore/db-client';
import type { RecordedEvent } from '../recorded-event';
import { fakeClient, fakeSubscription, resolvedEvent, type SubscriptionStep } from './fake-esdb-client';
import { resilientSubscription } from './esdb-subscription';

/** What the client makes of the server's "Consumer too slow" (gRPC ABORTED = 10). */
function consumerTooSlow(): Error {
  const details = 'Consumer too slow to handle event while live. Client resubscription required.';
  return convertToCommandError(
    Object.assign(new Error(`10 ABORTED: ${details}`), {
      code: 10,
      details,
      metadata: { getMap: () => ({}) },
    }),
  );
}

describe('resilientSubscription (EventStoreDB)', () => {
  it('resubscribes after the server drops it as too slow, from the last event delivered', async () => {
    const calls: (SubscribeToAllOptions | undefined)[] = [];
    const plays: SubscriptionStep[][] = [
      [
        { event: resolvedEvent('task-1', 0, 100) },
        { event: resolvedEvent('task-1', 1, 200) },
        { error: consumerTooSlow() },
      ],
      [{ event: resolvedEvent('task-2', 0, 300) }],
    ];
    const log = { unsubscribed: 0 };
    const client = fakeClient({
      subscribeToAll: (options) => {
        calls.push(options);
        return fakeSubscription(options, plays[calls.length - 1] ?? [], log);
      },
    });
    const subscription = resilientSubscription(client, {});
    const seen: RecordedEvent[] = [];
    for await (const event of subscription) {
      seen.push(event);
      if (seen.length === 3) break;
    }
    await subscription.close();

    expect(seen.map((e) => e.position)).toEqual([100, 200, 300]);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.fromPosition).toEqual({ commit: 200n, prepare: 200n });
  });

  it('resumes from the last checkpoint when no event passed the filter since', async () => {
    const calls: (SubscribeToAllOptions | undefined)[] = [];
    const plays: SubscriptionStep[][] = [
      [{ checkpoint: { commit: 500n, prepare: 500n } }, { error: consumerTooSlow() }],
      [{ event: resolvedEvent('task-9', 0, 900) }],
    ];
    const checkpoints: number[] = [];
    const client = fakeClient({
      subscribeToAll: (options) => {
        calls.push(options);
        return fakeSubscription(options, plays[calls.length - 1] ?? [], { unsubscribed: 0 });
      },
    });
    const subscription = resilientSubscription(client, {
      filter: { streamPrefixes: ['task-'] },
      onCheckpoint: (p) => void checkpoints.push(p),
    });
    for await (const event of subscription) {
      expect(event.position).toBe(900);
      break;
    }
    await subscription.close();

    expect(checkpoints).toEqual([500]);
    expect(calls[1]?.fromPosition).toEqual({ commit: 500n, prepare: 500n });
  });

  it('ends with the error when the server refuses for good', async () => {
    const denied = convertToCommandError(
      Object.assign(new Error('7 PERMISSION_DENIED'), {
        code: 7,
        details: 'Access denied',
        metadata: { getMap: () => ({ exception: 'access-denied' }) },
      }),
    );
    const client = fakeClient({
      subscribeToAll: (options) => fakeSubscription(options, [{ error: denied }], { unsubscribed: 0 }),
    });
    const subscription = resilientSubscription(client, {});
    await expect(
      (async () => {
        for await (const _ of subscription) void _;
      })(),
    ).rejects.toBe(denied);
    await subscription.close();
  });
});
