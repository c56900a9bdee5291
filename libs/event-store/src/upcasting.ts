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
import { readManyStreams } from './read-many-streams';

/** An event union the registry is typed by: a `type` tag that narrows `data` (the domain's `AnyDomainEvent`). */
export interface UpcastableEvent {
  type: string;
  data: unknown;
}

/** The current `data` shape of one type of the union. */
export type CurrentData<E extends UpcastableEvent, T extends E['type']> = Extract<E, { type: T }>['data'];

/**
 * Lifts an event's data from one schema version to the next. Pure. It receives the data as the
 * previous step left it (JSON as stored); the author may name that shape as a type alias, hence
 * the method form, whose parameter TypeScript checks both ways.
 */
export type Upcast<Result = unknown> = {
  lift(data: EventPayload, event: RecordedEvent): Result;
}['lift'];

/** The steps of one type, oldest first: any number lifting to an older shape, then one to the current shape. */
export type UpcastSteps<Current> = [...Upcast[], Upcast<Current>];

/**
 * Registered upcasters, by event type and the version they lift from, typed by the event union:
 * only its types may be registered, and the last step must return the type's current `data`.
 * Events are stored as written, forever; readers see every event in its current shape
 * (docs/event-store.md, "Upcasting").
 */
export class UpcasterRegistry<E extends UpcastableEvent> {
  private readonly steps = new Map<string, Map<number, Upcast>>();

  /**
   * Registers the steps of one type from `fromVersion` up to its current version: the first lifts
   * `fromVersion` to `fromVersion + 1`, and so on. A type's steps are registered in one call, so
   * that the last one is always the step to the current shape.
   */
  register<T extends E['type']>(
    type: T,
    fromVersion: number,
    ...steps: UpcastSteps<CurrentData<E, T>>
  ): this {
    if (this.steps.has(type)) {
      throw new Error(
        `Upcasters for ${type} (v${fromVersion}) are registered already: give every step in one call`,
      );
    }
    this.steps.set(type, new Map(steps.map((step, i) => [fromVersion + i, step])));
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
      // A step's result is the next version's JSON, as a stored event's would be.
      data = step(data, event) as EventPayload;
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
    private readonly upcasters: Pick<UpcasterRegistry<UpcastableEvent>, 'upcast'>,
  ) {}

  /** Whether events of this type may be read in an older shape (unknown: yes). */
  private lifts(type: string): boolean {
    const registry = this.upcasters as Partial<Pick<UpcasterRegistry<UpcastableEvent>, 'currentVersion'>>;
    return registry.currentVersion ? registry.currentVersion(type) > 1 : true;
  }

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
    // An older shape's stored text need not hold what its current shape says: no hint then.
    const { mentioning, ...rest } = options;
    const kept = mentioning && options.eventTypes?.every((type) => !this.lifts(type)) ? options : rest;
    for await (const event of this.inner.readStreamsByPrefix(prefix, kept))
      yield this.upcasters.upcast(event);
  }

  async *readStreams(streams: readonly string[]): AsyncIterable<RecordedEvent> {
    for await (const event of readManyStreams(this.inner, streams)) yield this.upcasters.upcast(event);
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
