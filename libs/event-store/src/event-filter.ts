import type { EventFilter } from './event-store.port';

/** True when an event of this stream and type passes the filter (no filter passes all). */
export function matchesFilter(filter: EventFilter | undefined, stream: string, type: string): boolean {
  if (!filter) return true;
  if ('streamPrefixes' in filter) return filter.streamPrefixes.some((p) => stream.startsWith(p));
  return filter.eventTypes.includes(type);
}
