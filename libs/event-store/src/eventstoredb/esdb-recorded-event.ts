import type { AllStreamResolvedEvent, ResolvedEvent } from '@eventstore/db-client';
import type { EventMetadata, EventPayload, RecordedEvent } from '../recorded-event';
import { fromEsdbPosition } from './esdb-mapping';
import type { SkippedEvents } from './esdb-skipped-events';

const NO_POSITION = 2n ** 64n - 1n;

/**
 * The port's event from the client's; null for system events and for events that are not JSON
 * (those are noted in `skipped`: logged once and counted).
 */
export function toRecorded(
  resolved: ResolvedEvent | AllStreamResolvedEvent,
  skipped?: SkippedEvents,
): RecordedEvent | null {
  const event = resolved.event;
  if (!event || event.type.startsWith('$') || event.streamId.startsWith('$')) return null;
  if (!event.isJson) {
    skipped?.note(event);
    return null;
  }
  // The client fills a missing position with 0, and old transactional writes carry 2^64-1.
  const known = event.position && event.position.commit > 0n && event.position.commit < NO_POSITION;
  const position = known
    ? event.position
    : resolved.commitPosition === undefined
      ? undefined
      : { commit: resolved.commitPosition, prepare: resolved.commitPosition };
  return {
    id: event.id,
    type: event.type,
    data: event.data as EventPayload,
    metadata: event.metadata as unknown as EventMetadata,
    stream: event.streamId,
    revision: Number(event.revision),
    position: fromEsdbPosition(position),
    recordedAt: event.created,
  };
}
