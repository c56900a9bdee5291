import { matchesFilter } from './event-filter';
import { byStreamName } from './stream-name-order';
import type {
  AppendResult,
  EventStore,
  EventStoreStatus,
  EventSubscription,
  ReadAllOptions,
  ReadStreamOptions,
  StreamsByPrefixOptions,
} from './event-store.port';
import type { RecordedEvent } from './recorded-event';

/**
 * A read-only event store over events already recorded elsewhere (an exported bundle), keeping
 * their streams, revisions and positions: the same reading code (a draw's verification, a fold)
 * runs on it offline. Appending and subscribing are refused.
 */
export class RecordedLog implements EventStore {
  private readonly byPosition: RecordedEvent[];
  private readonly streams = new Map<string, RecordedEvent[]>();

  constructor(events: readonly RecordedEvent[]) {
    this.byPosition = [...events].sort((a, b) => a.position - b.position);
    for (const event of this.byPosition) {
      const list = this.streams.get(event.stream);
      if (list) list.push(event);
      else this.streams.set(event.stream, [event]);
    }
    for (const list of this.streams.values()) list.sort((a, b) => a.revision - b.revision);
  }

  appendToStream(): Promise<AppendResult> {
    return Promise.reject(new Error('A recorded log is read-only'));
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    const events = this.streams.get(stream) ?? [];
    const ordered = backwards ? [...events].reverse() : events;
    const from = options.fromRevision;
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    for (const event of ordered) {
      if (remaining <= 0) return;
      if (typeof from === 'number' && (backwards ? event.revision > from : event.revision < from)) continue;
      yield event;
      remaining -= 1;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    const ordered = backwards ? [...this.byPosition].reverse() : this.byPosition;
    const from = options.fromPosition;
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    for (const event of ordered) {
      if (remaining <= 0) return;
      if (typeof from === 'number' && (backwards ? event.position > from : event.position < from)) continue;
      if (!matchesFilter(options.filter, event.stream, event.type)) continue;
      yield event;
      remaining -= 1;
    }
  }

  async *readStreamsByPrefix(prefix: string, options: StreamsByPrefixOptions): AsyncIterable<RecordedEvent> {
    const names = byStreamName([...this.streams.keys()].filter((name) => name.startsWith(prefix)));
    for (const name of names) {
      for (const event of this.streams.get(name)!) {
        if (event.position > options.maxPosition) continue;
        if (options.eventTypes && !options.eventTypes.includes(event.type)) continue;
        yield event;
      }
    }
  }

  subscribeToAll(): EventSubscription {
    throw new Error('A recorded log has no live events to subscribe to');
  }

  async headPosition(): Promise<number> {
    return this.byPosition.at(-1)?.position ?? 0;
  }

  async countAfter(position: number, cap = 1_000_000): Promise<number> {
    return Math.min(cap, this.byPosition.filter((e) => e.position > position).length);
  }

  async status(): Promise<EventStoreStatus> {
    return { kind: 'embedded-sqlite', status: 'up', location: 'recorded log (read-only, in memory)' };
  }

  async close(): Promise<void> {}
}
