import type { Decider, DomainEvent } from '@app/domain';
import type { EventStore } from '@app/event-store';

/**
 * The aggregate's state folded from its stream, and the revision it was read at; from a state
 * already folded up to some revision, only the events after it are read.
 */
export async function loadAggregate<C, E extends DomainEvent, S>(
  events: EventStore,
  stream: string,
  decider: Decider<C, E, S>,
  from: { state: S; revision: number } = { state: decider.initialState(), revision: -1 },
): Promise<{ state: S; revision: number }> {
  let { state, revision } = from;
  for await (const recorded of events.readStream(stream, { fromRevision: revision + 1 })) {
    state = decider.evolve(state, { type: recorded.type, data: recorded.data } as unknown as E);
    revision = recorded.revision;
  }
  return { state, revision };
}
