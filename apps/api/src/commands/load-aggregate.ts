import type { Decider, DomainEvent } from '@app/domain';
import type { EventStore } from '@app/event-store';

/** The aggregate's state folded from its stream, and the revision it was read at. */
export async function loadAggregate<C, E extends DomainEvent, S>(
  events: EventStore,
  stream: string,
  decider: Decider<C, E, S>,
): Promise<{ state: S; revision: number }> {
  let state = decider.initialState();
  let revision = -1;
  for await (const recorded of events.readStream(stream)) {
    state = decider.evolve(state, { type: recorded.type, data: recorded.data } as unknown as E);
    revision = recorded.revision;
  }
  return { state, revision };
}
