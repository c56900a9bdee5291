import {
  type ReadPosition,
  END,
  EventStoreDBClient,
  jsonEvent,
  StreamNotFoundError,
  WrongExpectedVersionError,
  BACKWARDS,
} from '@eventstore/db-client';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import { matchesFilter } from '../event-filter';
import { byStreamName } from '../stream-name-order';
import type {
  AppendOptions,
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
import { toRecorded } from './esdb-recorded-event';
import { resilientSubscription } from './esdb-subscription';

/** The production event store: EventStoreDB through @eventstore/db-client (docs/event-store.md). */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly location: string;

  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
    this.location = redact(connectionString);
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
        // Only when the connection string sets throwOnAppendFailure=false.
        throw new WrongExpectedRevision(
          stream,
          options.expectedRevision,
          Number(result.nextExpectedRevision),
        );
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
      throw error;
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
        const event = toRecorded(resolved);
        if (event) yield event;
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return;
      throw error;
    } finally {
      await read.cancel();
    }
  }

  async *readStreamsByPrefix(prefix: string, options: StreamsByPrefixOptions): AsyncIterable<RecordedEvent> {
    // $all has no index by stream name: read the streams once, in log order, then hand them out
    // in name order. Memory grows with what is read; it serves audits, not request paths.
    const streams = new Map<string, RecordedEvent[]>();
    for await (const event of this.readAll({ filter: { streamPrefixes: [prefix] } })) {
      if (event.position > options.maxPosition) break;
      if (options.eventTypes && !options.eventTypes.includes(event.type)) continue;
      const list = streams.get(event.stream);
      if (list) list.push(event);
      else streams.set(event.stream, [event]);
    }
    for (const name of byStreamName(streams.keys())) yield* streams.get(name)!;
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    // The client's readAll has no server-side filter: system events and the filter apply here.
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
        const event = toRecorded(resolved);
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
    return resilientSubscription(this.client, options);
  }

  async headPosition(): Promise<number> {
    for await (const resolved of this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
    })) {
      return fromEsdbPosition(resolved.event?.position);
    }
    return 0;
  }

  async countAfter(position: number, cap = 1_000_000): Promise<number> {
    let count = 0;
    const from = position === 0 ? 'start' : position;
    for await (const event of this.readAll({ fromPosition: from })) {
      if (event.position <= position) continue;
      count += 1;
      if (count >= cap) break;
    }
    return count;
  }

  async status(): Promise<EventStoreStatus> {
    try {
      // The client reads with no deadline: a server that accepts but never answers would hang.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('EventStoreDB did not answer within 5 s')), 5000);
      });
      await Promise.race([this.headPosition(), timeout]).finally(() => clearTimeout(timer));
      return { kind: 'eventstoredb', status: 'up', location: this.location };
    } catch (error) {
      return {
        kind: 'eventstoredb',
        status: 'down',
        location: this.location,
        detail: (error as Error).message,
      };
    }
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

function redact(connectionString: string): string {
  return connectionString.replace(/\/\/[^@/]*@/, '//***@');
}
