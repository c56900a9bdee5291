import type { StreamsByPrefixOptions } from '../event-store.port';
import type { RecordedEvent } from '../recorded-event';
import { byStreamName } from '../stream-name-order';

/** Events held in memory while grouping by stream; past this, only stream names are kept. */
export const GROUPING_BUDGET = 100_000;

export interface PrefixSources {
  /** The streams' events in log order up to maxPosition, filtered on the server by prefix. */
  inLogOrder(): AsyncIterable<RecordedEvent>;
  /** One stream forwards from its first event. */
  stream(name: string): AsyncIterable<RecordedEvent>;
}

/**
 * The port's order (stream name as UTF-8 bytes, then revision) from a read in log order. Up to
 * `budget` events are grouped in memory and handed out sorted; beyond that, only the names are
 * kept and each stream is read again on its own (one read per stream), so memory stays bounded
 * by the number of streams, not events.
 */
export async function* inStreamOrder(
  sources: PrefixSources,
  options: StreamsByPrefixOptions,
  budget = GROUPING_BUDGET,
): AsyncGenerator<RecordedEvent> {
  const wanted = (event: RecordedEvent): boolean =>
    event.position <= options.maxPosition && (!options.eventTypes || options.eventTypes.includes(event.type));
  let grouped: Map<string, RecordedEvent[]> | null = new Map();
  const names = new Set<string>();
  let held = 0;
  for await (const event of sources.inLogOrder()) {
    if (event.position > options.maxPosition) break;
    names.add(event.stream);
    if (!grouped || !wanted(event)) continue;
    if (held >= budget) {
      grouped = null;
      continue;
    }
    const list = grouped.get(event.stream);
    if (list) list.push(event);
    else grouped.set(event.stream, [event]);
    held += 1;
  }
  for (const name of byStreamName(names)) {
    if (grouped) {
      yield* grouped.get(name) ?? [];
      continue;
    }
    for await (const event of sources.stream(name)) {
      if (event.position > options.maxPosition) break;
      if (wanted(event)) yield event;
    }
  }
}
