import { deciderSpecification } from '../testing/decider-specification';
import { type FeedSubscriberEvent, feedSubscriberDecider } from './feed-subscriber';

const spec = deciderSpecification(feedSubscriberDecider);
const reset: FeedSubscriberEvent = {
  type: 'FeedCursorReset',
  data: { subscriberId: 'gsxt', position: 10, previous: 40 },
};

describe('feedSubscriberDecider', () => {
  it('records a cursor reset with the position and the one before', () => {
    spec
      .given([])
      .when({ kind: 'ResetFeedCursor', subscriberId: 'gsxt', position: 10, previous: 40 })
      .then([reset]);
  });

  it('records a reset again after others: each act is its own event', () => {
    spec
      .given([reset])
      .when({ kind: 'ResetFeedCursor', subscriberId: 'gsxt', position: 0, previous: 10 })
      .then([{ type: 'FeedCursorReset', data: { subscriberId: 'gsxt', position: 0, previous: 10 } }]);
  });

  it('records a dead letter replay and whether it was delivered', () => {
    for (const delivered of [true, false])
      spec
        .given([reset])
        .when({ kind: 'ReplayFeedDeadLetter', subscriberId: 'gsxt', itemId: 'ev-1', position: 7, delivered })
        .then([
          {
            type: 'FeedDeadLetterReplayed',
            data: { subscriberId: 'gsxt', itemId: 'ev-1', position: 7, delivered },
          },
        ]);
  });

  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2])(
    'refuses a reset to position %p: FEED_POSITION_INVALID',
    (position) => {
      spec
        .given([])
        .when({ kind: 'ResetFeedCursor', subscriberId: 'gsxt', position, previous: 0 })
        .thenRejects('FEED_POSITION_INVALID');
    },
  );

  it('refuses a replay at a position that is not one: FEED_POSITION_INVALID', () => {
    spec
      .given([])
      .when({
        kind: 'ReplayFeedDeadLetter',
        subscriberId: 'gsxt',
        itemId: 'ev-1',
        position: -3,
        delivered: true,
      })
      .thenRejects('FEED_POSITION_INVALID');
  });

  it('evolves by counting the acts', () => {
    const state = [reset, reset].reduce(feedSubscriberDecider.evolve, feedSubscriberDecider.initialState());
    expect(state).toEqual({ acts: 2 });
  });
});
