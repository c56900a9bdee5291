import { DIRECTORY_EVENT_TYPES, DirectoryReplay } from '@app/domain';
import type { EventStore } from '@app/event-store';

/**
 * The entity directory and the yearly check counts as of log position `position`, rebuilt from
 * the event log itself (never from read models): what a draw at that position saw.
 */
export async function directoryAt(events: EventStore, position: number): Promise<DirectoryReplay> {
  const replay = new DirectoryReplay();
  for await (const event of events.readAll({ filter: { eventTypes: [...DIRECTORY_EVENT_TYPES] } })) {
    if (event.position > position) break;
    replay.apply(event);
  }
  return replay;
}
