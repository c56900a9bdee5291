/**
 * An aggregate as a decider: three pure functions and nothing else. Command handlers load the
 * stream, fold it with `evolve` from `initialState`, call `decide`, and append what it returns.
 */
export interface Decider<Command, Event, State> {
  initialState: () => State;
  evolve: (state: State, event: Event) => State;
  /** Returns the events the command causes, or throws a DomainError naming the broken rule. */
  decide: (command: Command, state: State) => readonly Event[];
}

/** Folds a history into the state it leaves. */
export function foldEvents<Command, Event, State>(
  decider: Decider<Command, Event, State>,
  events: Iterable<Event>,
): State {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}
