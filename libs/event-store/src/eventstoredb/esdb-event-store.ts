import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type Position,
  START,
  UnavailableError,
  DeadlineExceededError,
  NotLeaderError,
  END,
  EventStoreDBClient,
  jsonEvent,
  type ResolvedEvent,
  StreamNotFoundError,
  WrongExpectedVersionError,
  BACKWARDS,
} from '@eventstore/db-client';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import { matchesFilter } from '../event-filter';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventStoreStatus,
  EventSubscription,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeToAllOptions,
} from '../event-store.port';
import type { EventData, EventMetadata, EventPayload, RecordedEvent } from '../recorded-event';
import { validateAppend } from '../validate-append';
import {
  fromEsdbCurrentRevision,
  fromEsdbExpectedRevision,
  fromEsdbPosition,
  toEsdbDirection,
  toEsdbExpectedRevision,
  toEsdbFilter,
  toEsdbPosition,
  toEsdbReadPosition,
  toEsdbReadRevision,
} from './esdb-mapping';

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
          fromEsdbExpectedRevision(error.expectedVersion),
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
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    // The client's readAll has no server-side filter: system events and the filter apply here.
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (remaining <= 0) return;
    const read = this.client.readAll({
      fromPosition: toEsdbReadPosition(options.fromPosition, options.direction),
      direction: toEsdbDirection(options.direction),
    });
    try {
      for await (const resolved of read) {
        const event = toRecorded(resolved);
        if (!event || !matchesFilter(options.filter, event.stream, event.type)) continue;
        yield event;
        remaining -= 1;
        if (remaining <= 0) return;
      }
    } finally {
      await read.cancel();
    }
  }

  /**
   * A catch-up subscription that survives dropped connections: it resubscribes with backoff from
   * the last position it delivered (or the last checkpoint the server reported).
   */
  subscribeToAll(options: SubscribeToAllOptions = {}): EventSubscription {
    const client = this.client;
    const state = { closed: false, current: undefined as AllStreamSubscription | undefined };
    let resumeAfter = options.fromPosition ?? 'start';
    const onCheckpoint = async (position: Position): Promise<void> => {
      const at = fromEsdbPosition(position);
      resumeAfter = at;
      await options.onCheckpoint?.(at);
    };
    const events = async function* (): AsyncGenerator<RecordedEvent> {
      let backoffMs = 100;
      while (!state.closed) {
        const from = resumeAfter;
        const subscription = client.subscribeToAll({
          fromPosition: from === 'start' ? START : toEsdbPosition(from),
          filter: toEsdbFilter(options.filter, onCheckpoint),
        });
        state.current = subscription;
        try {
          for await (const resolved of subscription) {
            const event = toRecorded(resolved);
            if (!event) continue;
            resumeAfter = event.position;
            backoffMs = 100;
            yield event;
          }
          if (state.closed) return;
        } catch (error) {
          if (state.closed) return;
          if (!isTransient(error)) throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, backoffMs));
        backoffMs = Math.min(backoffMs * 2, 5000);
      }
    };
    const iterable = events();
    return {
      [Symbol.asyncIterator]: () => iterable,
      close: async () => {
        state.closed = true;
        const current = state.current;
        if (current) {
          await current.unsubscribe();
          current.destroy();
        }
      },
    };
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

  async status(): Promise<EventStoreStatus> {
    try {
      await this.headPosition();
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

function toRecorded(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | null {
  const event = resolved.event;
  if (!event || !event.isJson || event.type.startsWith('$') || event.streamId.startsWith('$')) return null;
  const position =
    event.position ??
    (resolved.commitPosition === undefined
      ? undefined
      : {
          commit: resolved.commitPosition,
          prepare: resolved.commitPosition,
        });
  return {
    id: event.id,
    type: event.type,
    data: event.data as EventPayload,
    metadata: event.metadata as unknown as EventMetadata,
    stream: event.streamId,
    revision: Number(event.revision),
    position: fromEsdbPosition(position),
    recordedAt: event.created,
  };
}

/** Errors after which resubscribing can succeed: the server or the network went away. */
function isTransient(error: unknown): boolean {
  return (
    error instanceof UnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof NotLeaderError ||
    (error instanceof Error && /UNAVAILABLE|ECONNRESET|ECONNREFUSED|premature close/i.test(error.message))
  );
}

function redact(connectionString: string): string {
  return connectionString.replace(/\/\/[^@/]*@/, '//***@');
}
