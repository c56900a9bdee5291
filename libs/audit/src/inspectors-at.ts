import {
  INSPECTOR_DIRECTORY_EVENT_TYPES,
  InspectorDirectoryReplay,
  entityDecider,
  registerStreams,
} from '@app/domain';
import type { EventStore } from '@app/event-store';

/** The inspector directory as of log position `position`, from the log. */
export async function inspectorsAt(events: EventStore, position: number): Promise<InspectorDirectoryReplay> {
  const replay = new InspectorDirectoryReplay();
  // Each inspector's events are in its own stream: read those streams, not the whole log.
  for await (const event of events.readStreamsByPrefix(registerStreams.inspector(''), {
    maxPosition: position,
    eventTypes: INSPECTOR_DIRECTORY_EVENT_TYPES,
  })) {
    replay.apply({ type: event.type, data: event.data });
  }
  return replay;
}

/** Each entity's region as of log position `position`, from its own stream. */
export async function entityRegionsAt(
  events: EventStore,
  entityIds: readonly string[],
  position: number,
): Promise<{ entityId: string; regionCode: string }[]> {
  const out: { entityId: string; regionCode: string }[] = [];
  for (const entityId of entityIds) {
    let state = entityDecider.initialState();
    for await (const event of events.readStream(registerStreams.entity(entityId))) {
      if (event.position > position) break;
      state = entityDecider.evolve(state, { type: event.type, data: event.data } as never);
    }
    if (state.status !== 'absent') out.push({ entityId, regionCode: state.profile.regionCode });
  }
  return out;
}
