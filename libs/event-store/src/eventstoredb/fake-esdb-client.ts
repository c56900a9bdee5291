import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  Position,
  StreamingRead,
  SubscribeToAllOptions,
} from '@eventstore/db-client';
import type { EsdbClient } from './esdb-client';

/**
 * A stand-in for the client's narrow interface (esdb-client.ts), for unit tests of what the
 * adapter does with the client's answers; no server can run here. Never a stand-in for a store.
 */
export type SubscriptionStep =
  { event: AllStreamResolvedEvent } | { checkpoint: Position } | 'caughtUp' | { error: Error };

export function resolvedEvent(
  stream: string,
  revision: number,
  position: number,
  options: { type?: string; isJson?: boolean } = {},
): AllStreamResolvedEvent {
  const at = { commit: BigInt(position), prepare: BigInt(position) };
  return {
    event: {
      streamId: stream,
      id: randomUUID(),
      revision: BigInt(revision),
      type: options.type ?? 'Happened',
      data: { n: revision },
      metadata: { actorId: 'u', schemaVersion: 1 },
      isJson: options.isJson ?? true,
      created: new Date(0),
      position: at,
    },
    commitPosition: BigInt(position),
  } as unknown as AllStreamResolvedEvent;
}

/** A finished read: the given events, and a count of cancel() calls. */
export function fakeRead(events: AllStreamResolvedEvent[], log: { cancelled: number }): StreamingRead<never> {
  return Object.assign(Readable.from(events), {
    cancel: () => {
      log.cancelled += 1;
      return Promise.resolve();
    },
  }) as unknown as StreamingRead<never>;
}

/** A read that never answers (a server that accepts and hangs); cancel() ends it. */
export function hangingRead(log: { cancelled: number }): StreamingRead<never> {
  const stream = new Readable({ objectMode: true, read: () => undefined });
  return Object.assign(stream, {
    cancel: () => {
      log.cancelled += 1;
      stream.destroy();
      return Promise.resolve();
    },
  }) as unknown as StreamingRead<never>;
}

/** A subscription that plays the steps in order, then stays open (live) until closed. */
export function fakeSubscription(
  options: SubscribeToAllOptions | undefined,
  steps: SubscriptionStep[],
  log: { unsubscribed: number },
): AllStreamSubscription {
  const stream = new Readable({ objectMode: true, read: () => undefined });
  const subscription = Object.assign(stream, {
    id: 'fake',
    unsubscribe: () => {
      log.unsubscribed += 1;
      return Promise.resolve();
    },
  }) as unknown as AllStreamSubscription;
  setImmediate(() => {
    for (const step of steps) {
      if (stream.destroyed) return;
      if (step === 'caughtUp') stream.emit('caughtUp');
      else if ('event' in step) stream.push(step.event);
      else if ('checkpoint' in step) void options?.filter?.checkpointReached?.(subscription, step.checkpoint);
      // As the client does (Subscription.initialize): an 'error' event, not destroy(), so what
      // was pushed before is still delivered.
      else stream.emit('error', step.error);
    }
  });
  return subscription;
}

/** Unused calls of the fake fail loudly. */
export function fakeClient(parts: Partial<EsdbClient>): EsdbClient {
  const missing = (name: string) => () => {
    throw new Error(`fake client: ${name} not expected`);
  };
  return {
    appendToStream: missing('appendToStream'),
    readStream: missing('readStream'),
    readAll: missing('readAll'),
    subscribeToAll: missing('subscribeToAll'),
    dispose: () => Promise.resolve(),
    ...parts,
  };
}
