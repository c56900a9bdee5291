import type { EventStore } from './event-store.port';
import type { RecordedEvent } from './recorded-event';

/** Streams read at once where the store has no many-stream read (each a round trip to a server). */
const READS_AT_ONCE = 64;

/**
 * The events of several streams, stream after stream in the order named (each once): in one read
 * where the store can (EventStore.readStreams), otherwise READS_AT_ONCE streams read side by side.
 */
export async function* readManyStreams(
  store: Pick<EventStore, 'readStream' | 'readStreams'>,
  streams: readonly string[],
): AsyncIterable<RecordedEvent> {
  if (store.readStreams) {
    yield* store.readStreams(streams);
    return;
  }
  const names = [...new Set(streams)];
  for (let start = 0; start < names.length; start += READS_AT_ONCE) {
    const read = await Promise.all(names.slice(start, start + READS_AT_ONCE).map((s) => collect(store, s)));
    for (const events of read) yield* events;
  }
}

async function collect(store: Pick<EventStore, 'readStream'>, stream: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(stream)) events.push(event);
  return events;
}
