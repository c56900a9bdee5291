import {
  END,
  EventStoreDBClient,
  jsonEvent,
  StreamNotFoundError,
  WrongExpectedVersionError,
  BACKWARDS,
} from '@eventstore/db-client';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
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
  toEsdbReadRevision,
} from './esdb-mapping';
import type { EsdbClient } from './esdb-client';
import { toPortAppendError } from './esdb-errors';
import { readFiltered } from './esdb-filtered-read';
import { EsdbAllReads, lastPosition } from './esdb-read-all';
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
  private readonly all: EsdbAllReads;

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
    this.all = new EsdbAllReads(this.client, this.skipped);
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

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return this.all.readAll(options);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): EventSubscription {
    return resilientSubscription(this.client, options, this.skipped);
  }

  headPosition(): Promise<number> {
    return this.all.headPosition();
  }

  /** Counts only the events reads hand out (no system events), filtered on the server, up to `cap`. */
  async countAfter(position: number, cap = 1_000_000): Promise<number> {
    let count = 0;
    const upTo = await this.headPosition();
    const after = position === 0 ? 'start' : position;
    for await (const event of readFiltered(this.client, { after, upTo, skipped: this.skipped })) {
      if (event.position <= position) continue;
      count += 1;
      if (count >= cap) break;
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
