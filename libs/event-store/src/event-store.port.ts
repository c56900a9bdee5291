import type { EventData, RecordedEvent } from './recorded-event';

/**
 * What a writer expects of the stream before appending:
 * a revision number (the last event's revision), or one of the named states.
 */
export type ExpectedRevision = number | 'no_stream' | 'stream_exists' | 'any';

/** Where a stream actually is: the last event's revision, or 'no_stream'. */
export type CurrentRevision = number | 'no_stream';

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
  /**
   * The hash sealing the stream's event at `expectedRevision`, when the writer read it: a sealing
   * store (ChainingEventStore) chains onto it without reading it back. Other stores ignore it.
   */
  chainFrom?: { revision: number; hash: string };
}

export interface AppendResult {
  /** Revision of the last event appended: the expected revision for the next append. */
  nextExpectedRevision: number;
  /** Global position of the last event appended. */
  position: number;
  /** The hash sealing the last event appended (from a sealing store), the next append's `chainFrom`. */
  hash?: string;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  /** First revision to read (inclusive). Default: 'start' forwards, 'end' backwards. */
  fromRevision?: number | 'start' | 'end';
  maxCount?: number;
  direction?: Direction;
}

/**
 * Selects events by stream-name prefix (for example 'inspectionTask-') or by exact event type.
 * System events of the server are never delivered.
 */
export type EventFilter = { streamPrefixes: readonly string[] } | { eventTypes: readonly string[] };

export interface StreamsByPrefixOptions {
  /** The last log position read (inclusive). */
  maxPosition: number;
  eventTypes?: readonly string[];
  /**
   * A hint: only the streams with an event (of those read) whose stored data text contains one of
   * these strings are needed. A store may skip the others (the embedded store does, in SQL) or
   * ignore the hint, so a reader still decides on each event itself (a directed draw's verification
   * names its regions' codes: an entity never in them is never read).
   */
  mentioning?: readonly string[];
}

export interface ReadAllOptions {
  /** First position to read (inclusive). Default: 'start' forwards, 'end' backwards. */
  fromPosition?: number | 'start' | 'end';
  maxCount?: number;
  direction?: Direction;
  filter?: EventFilter;
}

export interface SubscribeToAllOptions {
  /**
   * A checkpoint: delivery starts with the first event after this position (exclusive),
   * or from the very first event with 'start'. Default: 'start'.
   */
  fromPosition?: number | 'start';
  filter?: EventFilter;
  /**
   * Called with a position up to which every event has been examined, even when the filter let
   * none through, so a consumer can move its checkpoint past long runs of other events.
   */
  onCheckpoint?: (position: number) => void | Promise<void>;
}

/** A catch-up subscription: history, then live events, in global order. Pull-based. */
export interface EventSubscription extends AsyncIterable<RecordedEvent> {
  /**
   * Optional: the same events a page at a time (what the store has at hand), for consumers that
   * apply events in batches; `onCheckpoint` for a page's end comes after the consumer asked for
   * the next page. Iterate either this or the subscription itself, not both.
   */
  pages?(): AsyncIterable<readonly RecordedEvent[]>;
  /** Stops delivery; a pending iteration ends. Idempotent. */
  close(): Promise<void>;
}

export interface EventStoreStatus {
  kind: 'embedded-sqlite' | 'eventstoredb' | 'postgresql';
  status: 'up' | 'down';
  /** Where the data lives: a file path or a server address without credentials. */
  location: string;
  detail?: string;
}

/** The one event-store port everything above it uses (docs/event-store.md). */
export interface EventStore {
  /** Appends atomically: all events or none. */
  appendToStream(stream: string, events: readonly EventData[], options: AppendOptions): Promise<AppendResult>;

  /** A missing stream reads as empty. */
  readStream(stream: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;

  /**
   * Optional: the events of several named streams in one read, stream after stream in the order
   * named, each stream's events in order (a missing stream reads as empty). Stores without it are
   * read a stream at a time (readManyStreams).
   */
  readStreams?(streams: readonly string[]): AsyncIterable<RecordedEvent>;

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;

  /**
   * The events of every stream whose name starts with `prefix` ('' for all), up to `maxPosition`: stream after
   * stream in ascending name order (UTF-8 bytes), each stream's events in order, optionally only
   * some types. A directory is folded one entity at a time this way, in the order of its ids.
   */
  readStreamsByPrefix(prefix: string, options: StreamsByPrefixOptions): AsyncIterable<RecordedEvent>;

  subscribeToAll(options?: SubscribeToAllOptions): EventSubscription;

  /** Position of the newest event in the log, or 0 when the log is empty. */
  headPosition(): Promise<number>;

  /**
   * How many events follow `position` in the log (a projection's lag), counting at most `cap`
   * (default 1,000,000): positions are not event counts in every store.
   */
  countAfter(position: number, cap?: number): Promise<number>;

  status(): Promise<EventStoreStatus>;

  close(): Promise<void>;
}
