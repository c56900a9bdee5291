import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventStoreStatus,
  EventSubscription,
  ReadAllOptions,
  StreamsByPrefixOptions,
  ReadStreamOptions,
  SubscribeToAllOptions,
} from './event-store.port';
import type { EventData, EventPayload, RecordedEvent } from './recorded-event';

/** Lifts an event's data from one schema version to the next. Pure. */
export type Upcast = (data: EventPayload, event: RecordedEvent) => EventPayload;

/**
 * Registered upcasters, by event type and the version they lift from. Events are stored as
 * written, forever; readers see every event in its current shape (docs/event-store.md).
 */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Map<number, Upcast>>();

  /** Registers the step from `fromVersion` to `fromVersion + 1` for one event type. */
  register(type: string, fromVersion: number, upcast: Upcast): this {
    const byVersion = this.steps.get(type) ?? new Map<number, Upcast>();
    if (byVersion.has(fromVersion)) {
      throw new Error(`An upcaster for ${type} v${fromVersion} is registered already`);
    }
    byVersion.set(fromVersion, upcast);
    this.steps.set(type, byVersion);
    return this;
  }

  /** The current version of a type: one past the last registered step (1 when none). */
  currentVersion(type: string): number {
    const byVersion = this.steps.get(type);
    return byVersion ? Math.max(...byVersion.keys()) + 1 : 1;
  }

  upcast(event: RecordedEvent): RecordedEvent {
    const byVersion = this.steps.get(event.type);
    if (!byVersion) return event;
    let version = event.metadata.schemaVersion;
    let data = event.data;
    for (let step = byVersion.get(version); step; step = byVersion.get(version)) {
      data = step(data, event);
      version += 1;
    }
    if (version === event.metadata.schemaVersion) return event;
    return {
      id: event.id,
      type: event.type,
      data,
      metadata: { ...event.metadata, schemaVersion: version },
      stream: event.stream,
      revision: event.revision,
      position: event.position,
      recordedAt: event.recordedAt,
    };
  }
}

/** The event store as readers should see it: every event read is upcast to its current version. */
export class UpcastingEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly upcasters: UpcasterRegistry,
  ) {}

  appendToStream(
    stream: string,
    events: readonly EventData[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    return this.inner.appendToStream(stream, events, options);
  }

  async *readStream(stream: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    for await (const event of this.inner.readStream(stream, options)) yield this.upcasters.upcast(event);
  }

  async *readStreamsByPrefix(prefix: string, options: StreamsByPrefixOptions): AsyncIterable<RecordedEvent> {
    for await (const event of this.inner.readStreamsByPrefix(prefix, options))
      yield this.upcasters.upcast(event);
  }

  async *readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    for await (const event of this.inner.readAll(options)) yield this.upcasters.upcast(event);
  }

  subscribeToAll(options?: SubscribeToAllOptions): EventSubscription {
    const inner = this.inner.subscribeToAll(options);
    const upcasters = this.upcasters;
    const events = async function* (): AsyncGenerator<RecordedEvent> {
      for await (const event of inner) yield upcasters.upcast(event);
    };
    const iterable = events();
    const pages = inner.pages?.bind(inner);
    return {
      [Symbol.asyncIterator]: () => iterable,
      ...(pages
        ? {
            pages: async function* (): AsyncGenerator<readonly RecordedEvent[]> {
              for await (const page of pages()) yield page.map((event) => upcasters.upcast(event));
            },
          }
        : {}),
      close: () => inner.close(),
    };
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  countAfter(position: number, cap?: number): Promise<number> {
    return this.inner.countAfter(position, cap);
  }

  status(): Promise<EventStoreStatus> {
    return this.inner.status();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
