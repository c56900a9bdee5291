import { InvalidAppend } from './errors';
import { newEventId } from './event-id';
import type { EventData } from './recorded-event';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event with its id settled: the caller's, or a new time-ordered one. */
export type IdentifiedEvent = EventData & { id: string };

/** Checks what every adapter must refuse alike, and gives each event an id. */
export function validateAppend(stream: string, events: readonly EventData[]): IdentifiedEvent[] {
  if (typeof stream !== 'string' || stream.length === 0 || stream.startsWith('$')) {
    throw new InvalidAppend(`Stream name must be a non-empty string not starting with '$': ${stream}`);
  }
  if (events.length === 0) {
    throw new InvalidAppend(`An append to ${stream} must carry at least one event`);
  }
  // Ids the store makes are valid and unique by construction; only given ones need checking.
  let given: Set<string> | undefined;
  return events.map((event) => {
    if (!event.type || event.type.startsWith('$')) {
      throw new InvalidAppend(`Event type must be non-empty and not start with '$': ${event.type}`);
    }
    if (event.id === undefined) {
      return { id: newEventId(), type: event.type, data: event.data, metadata: event.metadata };
    }
    const id = event.id.toLowerCase();
    if (!UUID.test(id)) throw new InvalidAppend(`Event id must be a UUID: ${event.id}`);
    given ??= new Set();
    if (given.has(id)) throw new InvalidAppend(`Event id ${id} appears twice in one append`);
    given.add(id);
    return { id, type: event.type, data: event.data, metadata: event.metadata };
  });
}
