import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type Position,
  START,
} from '@eventstore/db-client';
import type { EventSubscription, SubscribeToAllOptions } from '../event-store.port';
import type { RecordedEvent } from '../recorded-event';
import type { EsdbClient } from './esdb-client';
import { isTransient } from './esdb-errors';
import { toRecorded } from './esdb-recorded-event';
import type { SkippedEvents } from './esdb-skipped-events';
import { fromEsdbPosition, toEsdbFilter, toEsdbPosition } from './esdb-mapping';

const CHECKPOINT = Symbol('checkpoint');
type CheckpointItem = { [CHECKPOINT]: Position };

/**
 * A catch-up subscription that survives dropped connections and the server dropping it as too
 * slow while live (esdb-errors.ts, isTransient): it resubscribes with backoff from the last
 * position it delivered (or the last checkpoint the server reported).
 */
export function resilientSubscription(
  client: EsdbClient,
  options: SubscribeToAllOptions,
  skipped?: SkippedEvents,
): EventSubscription {
  const stop = new AbortController();
  const state = { current: undefined as AllStreamSubscription | undefined };
  let resumeAfter = options.fromPosition ?? 'start';
  // Checkpoints travel through the stream, behind the events examined before them, so a
  // consumer never stores a checkpoint past an event it has not seen yet.
  const checkpointInStream = (subscription: AllStreamSubscription, position: Position): void => {
    subscription.push({ [CHECKPOINT]: position });
  };
  const events = async function* (): AsyncGenerator<RecordedEvent> {
    let backoffMs = 100;
    while (!stop.signal.aborted) {
      const subscription = client.subscribeToAll({
        fromPosition: resumeAfter === 'start' ? START : toEsdbPosition(resumeAfter),
        filter: toEsdbFilter(options.filter, options.onCheckpoint ? checkpointInStream : undefined),
      });
      state.current = subscription;
      try {
        for await (const item of subscription as AsyncIterable<AllStreamResolvedEvent | CheckpointItem>) {
          if (CHECKPOINT in item) {
            const position = item[CHECKPOINT];
            // (X, 0)-style checkpoints name where the next record will land, not an event
            // examined: resuming from them could skip that record, so they are not used.
            if (position.prepare !== position.commit) continue;
            resumeAfter = fromEsdbPosition(position);
            await options.onCheckpoint?.(resumeAfter);
            continue;
          }
          const event = toRecorded(item, skipped);
          if (!event) continue;
          resumeAfter = event.position;
          backoffMs = 100;
          yield event;
        }
        if (stop.signal.aborted) return;
      } catch (error) {
        if (stop.signal.aborted) return;
        if (!isTransient(error)) throw error;
      }
      await abortableSleep(backoffMs, stop.signal);
      backoffMs = Math.min(backoffMs * 2, 5000);
    }
  };
  const iterable = events();
  return {
    [Symbol.asyncIterator]: () => iterable,
    close: async () => {
      stop.abort();
      const current = state.current;
      if (!current) return;
      try {
        await current.unsubscribe();
      } catch {
        // The call may not have started; destroying the stream is enough.
      }
      current.destroy();
    },
  };
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
