import { type Decider, foldEvents } from './decider';
import { DomainError } from './domain-error';
import { FixedClock } from './clock';
import { deciderSpecification } from './testing/decider-specification';

// A two-state toy decider that exercises the machinery every aggregate uses.
type Command = { type: 'Open'; by: string } | { type: 'Close'; by: string };
type Event = { type: 'Opened'; by: string } | { type: 'Closed'; by: string };
type State = { status: 'none' | 'open' | 'closed'; history: string[] };

const toy: Decider<Command, Event, State> = {
  initialState: () => ({ status: 'none', history: [] }),
  evolve: (state, event) => ({
    status: event.type === 'Opened' ? 'open' : 'closed',
    history: [...state.history, `${event.type}:${event.by}`],
  }),
  decide: (command, state) => {
    if (command.type === 'Open') {
      if (state.status !== 'none') throw new DomainError('ALREADY_OPENED', 'opened once only');
      return [{ type: 'Opened', by: command.by }];
    }
    if (state.status !== 'open') throw new DomainError('NOT_OPEN', 'only an open thing closes');
    return [{ type: 'Closed', by: command.by }];
  },
};

describe('decider machinery', () => {
  const spec = deciderSpecification(toy);

  it('given no history, when opened, then Opened', () => {
    spec
      .given([])
      .when({ type: 'Open', by: 'a' })
      .then([{ type: 'Opened', by: 'a' }]);
  });

  it('given opened, when opened again, then the rule is named', () => {
    spec
      .given([{ type: 'Opened', by: 'a' }])
      .when({ type: 'Open', by: 'b' })
      .thenRejects('ALREADY_OPENED');
  });

  it('given nothing, when closed, then the rule is named', () => {
    spec.given([]).when({ type: 'Close', by: 'b' }).thenRejects('NOT_OPEN');
  });

  it('folds a history in order', () => {
    expect(
      foldEvents<Command, Event, State>(toy, [
        { type: 'Opened', by: 'a' },
        { type: 'Closed', by: 'b' },
      ]),
    ).toEqual({
      status: 'closed',
      history: ['Opened:a', 'Closed:b'],
    });
  });

  it('a fixed clock says only what it is told', () => {
    const clock = new FixedClock(new Date('2026-11-25T00:00:00Z'));
    const seen = clock.now();
    seen.setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2026-11-25T00:00:00.000Z');
    clock.set(new Date('2027-01-04T00:00:00Z'));
    expect(clock.now().toISOString()).toBe('2027-01-04T00:00:00.000Z');
  });
});
