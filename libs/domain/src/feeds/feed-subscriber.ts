import type { Decider } from '../decider';
import type { DomainEvent } from '../domain-event';
import { DomainError } from '../domain-error';

export type FeedSubscriberCommand =
  | { kind: 'ResetFeedCursor'; subscriberId: string; position: number; previous: number }
  | {
      kind: 'ReplayFeedDeadLetter';
      subscriberId: string;
      itemId: string;
      position: number;
      delivered: boolean;
    };

/** What an administrator did to a push subscriber of the public feed (docs/exchange.md), with who. */
export type FeedSubscriberEvent =
  | DomainEvent<'FeedCursorReset', { subscriberId: string; position: number; previous: number }>
  | DomainEvent<
      'FeedDeadLetterReplayed',
      { subscriberId: string; itemId: string; position: number; delivered: boolean }
    >;

const isPosition = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/** The stream `feedSubscriber-<id>`: the administrators' acts on one subscriber, for accountability. */
export const feedSubscriberDecider: Decider<FeedSubscriberCommand, FeedSubscriberEvent, { acts: number }> = {
  initialState: () => ({ acts: 0 }),
  evolve: (state) => ({ acts: state.acts + 1 }),
  decide(command) {
    if (!isPosition(command.position))
      throw new DomainError('FEED_POSITION_INVALID', 'A position in the log is a whole number, 0 or more');
    if (command.kind === 'ResetFeedCursor') {
      const { kind: _kind, ...data } = command;
      return [{ type: 'FeedCursorReset', data }];
    }
    const { kind: _kind, ...data } = command;
    return [{ type: 'FeedDeadLetterReplayed', data }];
  },
};
