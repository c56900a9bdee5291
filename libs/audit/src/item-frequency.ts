import {
  DISCARDING_EVENT_TYPES,
  DRAW_RECORD_EVENT_TYPES,
  ITEM_FREQUENCY_EVENT_TYPES,
  ItemCheckCounter,
  registerStreams,
} from '@app/domain';
import type { EventStore } from '@app/event-store';

/**
 * The entities checked this year, up to `position`, as often as one of the given items allows
 * (its frequencyPerYear): what a draw leaves out and records (docs/draw.md §1.4; ADR 38). An
 * auditor folds the same log to check a recorded list.
 */
export async function entitiesAtItemFrequency(
  events: EventStore,
  inputs: {
    year: number;
    position: number;
    frequencies: Record<string, number>;
    discardedDrawsCount?: boolean;
  },
): Promise<string[]> {
  const counter = new ItemCheckCounter(inputs.year, inputs.frequencies, inputs.discardedDrawsCount ?? true);
  if (Object.keys(inputs.frequencies).length === 0) return [];
  for await (const event of events.readStreamsByPrefix(registerStreams.inspectionTask(''), {
    maxPosition: inputs.position,
    eventTypes: [...ITEM_FREQUENCY_EVENT_TYPES, ...DRAW_RECORD_EVENT_TYPES, ...DISCARDING_EVENT_TYPES],
  })) {
    counter.add(event);
  }
  return counter.atFrequency();
}
