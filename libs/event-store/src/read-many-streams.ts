import type { EventStore } from './event-store.port';
import type { RecordedEvent } from './recorded-event';

/**
 * The events of several streams, stream after stream in the order named: in one read where the
 * store can (EventStore.readStreams), otherwise a stream at a time.
 */
export async function* readManyStreams(
  store: Pick<EventStore, 'readStream' | 'readStreams'>,
  streams: readonly string[],
): AsyncIterable<RecordedEvent> {
  if (store.readStreams) {
    yield* store.readStreams(streams);
    return;
  }
  for (const stream of streams) yield* store.readStream(stream);
}
