import {
  type AllStreamResolvedEvent,
  type ReadPosition,
  type StreamingRead,
  END,
  EventStoreDBClient,
  jsonEvent,
  StreamNotFoundError,
  WrongExpectedVersionError,
  BACKWARDS,
} from '@eventstore/db-client';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import { matchesFilter } from '../event-filter';
import type {
  AppendOptions,
  EventFilter,
  AppendResult,
  EventStore,
  EventStoreStatus,
  EventSubscription,
  ReadAllOptions,
  ReadStreamOptions,
  StreamsByPrefixOptions,
  SubscribeToAllOptions,
} from '../event-store.port';
import type { EventData, RecordedEvent } from '../recorded-event';
import { validateAppend } from '../validate-append';
import {
  fromEsdbCurrentRevision,
  fromEsdbPosition,
  toEsdbDirection,
  toEsdbExpectedRevision,
  toEsdbPosition,
  toEsdbReadPosition,
  toEsdbReadRevision,
} from './esdb-mapping';
import type { EsdbClient } from './esdb-client';
import { toPortAppendError } from './esdb-errors';
import { readFiltered } from './esdb-filtered-read';
import { toRecorded } from './esdb-recorded-event';
import { SkippedEvents } from './esdb-skipped-events';
import { inStreamOrder } from './esdb-streams-by-prefix';
import { resilientSubscription } from './esdb-subscription';

export interface EsdbEventStoreOptions {
  /** How long status() waits for the server (default 5 s). */
  statusTimeoutMs?: number;
}

/** The production event store: EventStoreDB through @eventstore/db-client (docs/event-store.md). */
export class EsdbEventStore implements EventStore {
  private readonly client: EsdbClient;
  private readonly location: string;
  private readonly skipped = new SkippedEvents();
  private readonly statusTimeoutMs: number;

  /** A connection string, or (in unit tests only) a stand-in for the client. */
  constructor(connection: string | EsdbClient, options: EsdbEventStoreOptions = {}) {
    if (typeof connection === 'string') {
      refuseSilentAppendFailures(connection);
      this.client = EventStoreDBClient.connectionString(connection);
      this.location = redact(connection);
    } else {
      this.client = connection;
      this.location = 'esdb://(client given)';
    }
    this.statusTimeoutMs = options.statusTimeoutMs ?? 5000;
  }

  /** Events in the log that are not JSON and that reads therefore skipped (each logged once). */
  get skippedNonJsonEvents(): number {
    return this.skipped.count;
  }

  async appendToStream(
    stream: string,
    events: readonly EventData[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const identified = validateAppend(stream, events);
    try {
      const result = await this.client.appendToStream(
        stream,
        identified.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data, metadata: e.metadata })),
        { expectedRevision: toEsdbExpectedRevision(options.expectedRevision) },
      );
      if (!result.success) {
        // Only with throwOnAppendFailure=false, which the constructor refuses.
        throw new Error(`EventStoreDB reported a failed append to ${stream} without an error`);
      }
      return {
        nextExpectedRevision: Number(result.nextExpectedRevision),
        position: fromEsdbPosition(result.position),
      };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        // The server de-duplicates a retried append by event id; a mismatch here may still be
        // the retry of an append whose answer was lost: recognise it as the embedded store does.
        const original = await this.findRetriedAppend(
          stream,
          identified.map((e) => e.id),
        );
        if (original) return original;
        throw new WrongExpectedRevision(
          stream,
          options.expectedRevision,
          fromEsdbCurrentRevision(error.actualVersion),
        );
      }
      throw toPortAppendError(error, stream);
    }
  }

  private async findRetriedAppend(stream: string, ids: string[]): Promise<AppendResult | null> {
    const recent: RecordedEvent[] = [];
    for await (const event of this.readStream(stream, { direction: 'backwards', maxCount: 1000 })) {
      recent.unshift(event);
    }
    const start = recent.findIndex((e) => e.id === ids[0]);
    if (start < 0) return null;
    const appended = recent.slice(start, start + ids.length);
    if (appended.length !== ids.length || appended.some((e, i) => e.id !== ids[i])) {
      throw new DuplicateEventId(stream, ids[0]);
    }
    const last = appended[appended.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const read = this.client.readStream(stream, {
      fromRevision: toEsdbReadRevision(options.fromRevision, options.direction),
      direction: toEsdbDirection(options.direction),
      ...(options.maxCount === undefined ? {} : { maxCount: BigInt(options.maxCount) }),
    });
    try {
      for await (const resolved of read) {
        const event = toRecorded(resolved, this.skipped);
        if (event) yield event;
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return;
      throw error;
    } finally {
      await read.cancel();
    }
  }

  readStreamsByPrefix(prefix: string, options: StreamsByPrefixOptions): AsyncIterable<RecordedEvent> {
    // The server filters $all by prefix; the streams come in log order and are put in name
    // order here (esdb-streams-by-prefix.ts: bounded memory). ADR 45.
    return inStreamOrder(
      {
        inLogOrder: () =>
          this.readUpTo(prefix === '' ? undefined : { streamPrefixes: [prefix] }, options.maxPosition),
        stream: (name) => this.readStream(name),
      },
      options,
    );
  }

  private async *readUpTo(
    filter: EventFilter | undefined,
    maxPosition: number,
  ): AsyncGenerator<RecordedEvent> {
    const upTo = Math.min(maxPosition, await this.headPosition());
    yield* readFiltered(this.client, { filter, after: 'start', upTo, skipped: this.skipped });
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    if (options.filter && options.direction !== 'backwards') {
      yield* this.readAllFiltered(options.filter, options.fromPosition, options.maxCount);
      return;
    }
    // Unfiltered, or backwards (the client reads $all backwards without a server-side filter).
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (remaining <= 0) return;
    const backwards = options.direction === 'backwards';
    const from =
      backwards && typeof options.fromPosition === 'number'
        ? await this.backwardsFrom(options.fromPosition)
        : toEsdbReadPosition(options.fromPosition, options.direction);
    const read = this.client.readAll({ fromPosition: from, direction: toEsdbDirection(options.direction) });
    try {
      for await (const resolved of read) {
        const event = toRecorded(resolved, this.skipped);
        if (!event || !matchesFilter(options.filter, event.stream, event.type)) continue;
        if (backwards && typeof options.fromPosition === 'number' && event.position > options.fromPosition)
          continue;
        yield event;
        remaining -= 1;
        if (remaining <= 0) return;
      }
    } finally {
      await read.cancel();
    }
  }

  /**
   * Forwards with a filter: the server filters (ADR 45). A subscription starts after a position,
   * so an inclusive start p is found first: the first record at or after p, handed out itself if
   * it passes, and the subscription starts after it.
   */
  private async *readAllFiltered(
    filter: EventFilter,
    fromPosition: number | 'start' | 'end' | undefined,
    maxCount: number | undefined,
  ): AsyncGenerator<RecordedEvent> {
    if (fromPosition === 'end' || (maxCount ?? 1) <= 0) return;
    const upTo = await this.headPosition();
    let after: number | 'start' = 'start';
    let remaining = maxCount;
    if (typeof fromPosition === 'number') {
      const first = await this.firstRecordFrom(fromPosition);
      if (!first || first.position > upTo) return;
      after = first.position;
      if (first.event && matchesFilter(filter, first.event.stream, first.event.type)) {
        yield first.event;
        if (remaining !== undefined && --remaining <= 0) return;
      }
    }
    yield* readFiltered(this.client, { filter, after, upTo, maxCount: remaining, skipped: this.skipped });
  }

  /** The first record at or after p (any record, system ones too): its position, and the event if ours. */
  private async firstRecordFrom(
    p: number,
  ): Promise<{ position: number; event: RecordedEvent | null } | null> {
    const probe = this.client.readAll({ fromPosition: toEsdbPosition(p), maxCount: 2 });
    try {
      for await (const resolved of probe) {
        const commit = resolved.event?.position?.commit;
        if (commit === undefined || commit < BigInt(p)) continue;
        return {
          position: fromEsdbPosition(resolved.event?.position),
          event: toRecorded(resolved, this.skipped),
        };
      }
    } finally {
      await probe.cancel();
    }
    return null;
  }

  /**
   * The server reads $all backwards from a point after each record, so the event at p itself
   * would be left out: start at the first event after p instead (or the end).
   */
  private async backwardsFrom(p: number): Promise<ReadPosition> {
    const probe = this.client.readAll({ fromPosition: toEsdbPosition(p), maxCount: 2 });
    try {
      for await (const resolved of probe) {
        const commit = resolved.event?.position?.commit;
        if (commit !== undefined && commit > BigInt(p)) return { commit, prepare: commit };
      }
    } finally {
      await probe.cancel();
    }
    return END;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): EventSubscription {
    return resilientSubscription(this.client, options, this.skipped);
  }

  async headPosition(): Promise<number> {
    return lastPosition(this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }));
  }

  /** Counts only the events reads hand out (no system events), filtered on the server, up to `cap`. */
  async countAfter(position: number, cap = 1_000_000): Promise<number> {
    let count = 0;
    const upTo = await this.headPosition();
    const after = position === 0 ? 'start' : position;
    for await (const event of readFiltered(this.client, {
      after,
      upTo,
      maxCount: cap,
      skipped: this.skipped,
    })) {
      if (event.position > position) count += 1;
    }
    return count;
  }

  async status(): Promise<EventStoreStatus> {
    // The client reads with no deadline: a server that accepts but never answers would hang.
    // On time-out the read is cancelled, so no call is left running.
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`EventStoreDB did not answer within ${this.statusTimeoutMs / 1000} s`)),
        this.statusTimeoutMs,
      );
    });
    try {
      await Promise.race([lastPosition(read), timeout]);
      const skipped = this.skipped.count;
      return {
        kind: 'eventstoredb',
        status: 'up',
        location: this.location,
        ...(skipped > 0 ? { detail: `${skipped} events are not JSON and were skipped by reads` } : {}),
      };
    } catch (error) {
      return {
        kind: 'eventstoredb',
        status: 'down',
        location: this.location,
        detail: (error as Error).message,
      };
    } finally {
      clearTimeout(timer);
      await read.cancel().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

/** The position of the one event a backwards read of the head yields, or 0; the read is cancelled. */
async function lastPosition(read: StreamingRead<AllStreamResolvedEvent>): Promise<number> {
  try {
    for await (const resolved of read) return fromEsdbPosition(resolved.event?.position);
    return 0;
  } finally {
    await read.cancel();
  }
}

/**
 * throwOnAppendFailure=false makes the client answer a revision conflict with a result instead of
 * an error, and 6.2.1 fills in a wrong revision there (batchAppend: BigInt(has…())): refused.
 */
function refuseSilentAppendFailures(connectionString: string): void {
  const query = connectionString.split('?')[1] ?? '';
  for (const [key, value] of new URLSearchParams(query)) {
    if (key.toLowerCase() === 'throwonappendfailure' && value.toLowerCase() === 'false') {
      throw new Error('EVENTSTORE_URL: throwOnAppendFailure=false is not supported; remove it');
    }
  }
}

function redact(connectionString: string): string {
  return connectionString.replace(/\/\/[^@/]*@/, '//***@');
}
