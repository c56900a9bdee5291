import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type Position,
  START,
} from '@eventstore/db-client';
import { matchesFilter } from '../event-filter';
import type { EventFilter } from '../event-store.port';
import type { RecordedEvent } from '../recorded-event';
import type { EsdbClient } from './esdb-client';
import { toEsdbFilter, toEsdbPosition } from './esdb-mapping';
import { toRecorded } from './esdb-recorded-event';
import type { SkippedEvents } from './esdb-skipped-events';

export interface FilteredReadOptions {
  /** Stream-prefix or event-type filter applied by the server; none: every non-system event. */
  filter?: EventFilter;
  /** Read the events after this position (exclusive), or from the first. */
  after: number | 'start';
  /** The last position to read (inclusive): at most the head captured before the read began. */
  upTo: number;
  maxCount?: number;
  skipped?: SkippedEvents;
}

const MARK = Symbol('mark');
type Mark = { [MARK]: Position | 'caughtUp' };

/**
 * A forward read of $all filtered on the server (ADR 45): a filtered catch-up subscription that
 * ends at `upTo`. The server examines the log but sends only matching events, plus a checkpoint
 * every 32 search windows examined; the read ends at the first event or checkpoint past `upTo`, or
 * when the server says it caught up (EventStoreDB 23.10+), all events up to `upTo` having been
 * delivered before that (the head was captured first).
 */
export async function* readFiltered(
  client: EsdbClient,
  options: FilteredReadOptions,
): AsyncGenerator<RecordedEvent> {
  let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
  const after = options.after;
  if (remaining <= 0 || options.upTo <= 0 || (after !== 'start' && after >= options.upTo)) return;
  // Marks travel through the stream behind the events before them, so they end the read in order.
  const subscription = client.subscribeToAll({
    fromPosition: after === 'start' ? START : toEsdbPosition(after),
    filter: toEsdbFilter(options.filter, (sub, position) => sub.push({ [MARK]: position })),
  });
  subscription.on('caughtUp', () => subscription.push({ [MARK]: 'caughtUp' }));
  try {
    for await (const item of subscription as AsyncIterable<AllStreamResolvedEvent | Mark>) {
      if (MARK in item) {
        const mark = item[MARK];
        if (mark === 'caughtUp' || mark.commit >= BigInt(options.upTo)) return;
        continue;
      }
      const event = toRecorded(item, options.skipped);
      if (event && event.position > options.upTo) return;
      if (!event || !matchesFilter(options.filter, event.stream, event.type)) continue;
      yield event;
      remaining -= 1;
      if (remaining <= 0 || event.position === options.upTo) return;
    }
  } finally {
    await endSubscription(subscription);
  }
}

async function endSubscription(subscription: AllStreamSubscription): Promise<void> {
  try {
    await subscription.unsubscribe();
  } catch {
    // The call may not have started; destroying the stream is enough.
  }
  subscription.destroy();
}
