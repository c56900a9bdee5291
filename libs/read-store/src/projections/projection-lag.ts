import type { EventStore } from '@app/event-store';
import type { AnyProjection } from './projection';

/**
 * A projection's lag, the one definition behind every status (the api's /api/projections, the
 * cli's status, the projector's log): how many events the log holds from the first one the
 * projection has still to apply after `examined`, and 0 when none of those it handles remains.
 * Counting every event after a stored checkpoint would report as lag the events the projection
 * does not handle (a checkpoint moves only when something is applied).
 */
export async function projectionLag(
  events: EventStore,
  projection: AnyProjection,
  examined: number,
): Promise<number> {
  const filter = projection.eventTypes === 'all' ? undefined : { eventTypes: projection.eventTypes };
  for await (const pending of events.readAll({ fromPosition: examined + 1, filter, maxCount: 1 })) {
    return 1 + (await events.countAfter(pending.position));
  }
  return 0;
}
