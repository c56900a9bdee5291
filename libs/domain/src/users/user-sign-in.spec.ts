import { deciderSpecification } from '../testing/decider-specification';
import { disabled, registered } from '../testing/user-fixtures';
import { userDecider } from './user';
import { LOCK_AFTER_FAILURES } from './user-sign-in';
import type { UserEvent } from './user-events';

const spec = deciderSpecification(userDecider);
const at = '2026-03-02T09:00:00.000Z';
const signIn = (when = at) => ({
  kind: 'RecordSignIn' as const,
  userId: 'u1',
  method: 'password' as const,
  sessionId: 's1',
  at: when,
});
const fail = (when = at) => ({
  kind: 'RecordSignInFailure' as const,
  userId: 'u1',
  method: 'password' as const,
  reason: 'wrong-password' as const,
  at: when,
});
const failed = (failures: number): UserEvent => ({
  type: 'UserSignInFailed',
  data: { userId: 'u1', method: 'password', reason: 'wrong-password', failures },
});
const fourFailures = [1, 2, 3, 4].map(failed);
const locked: UserEvent = {
  type: 'UserLocked',
  data: { userId: 'u1', failures: LOCK_AFTER_FAILURES, until: '2026-03-02T09:15:00.000Z' },
};

describe('user: passwords and sign-in', () => {
  it('given registered, when the user sets a password, then UserPasswordSet', () => {
    spec
      .given([registered])
      .when({ kind: 'SetPassword', userId: 'u1' })
      .then([{ type: 'UserPasswordSet', data: { userId: 'u1' } }]);
  });

  it('given disabled, when the user sets a password, then USER_DISABLED', () => {
    spec
      .given([registered, disabled])
      .when({ kind: 'SetPassword', userId: 'u1' })
      .thenRejects('USER_DISABLED');
  });

  it('given registered, when an administrator resets the password, then UserPasswordReset', () => {
    spec
      .given([registered])
      .when({ kind: 'ResetPassword', userId: 'u1', actorId: 'admin-1' })
      .then([{ type: 'UserPasswordReset', data: { userId: 'u1', resetBy: 'admin-1' } }]);
  });

  it('given registered, when signed in, then UserSignedIn', () => {
    spec
      .given([registered])
      .when(signIn())
      .then([{ type: 'UserSignedIn', data: { userId: 'u1', method: 'password', sessionId: 's1' } }]);
  });

  it('given disabled, when signed in, then USER_DISABLED', () => {
    spec.given([registered, disabled]).when(signIn()).thenRejects('USER_DISABLED');
  });

  it('given a failure, when failing again, then the consecutive failures are counted', () => {
    spec
      .given([registered, failed(1)])
      .when(fail())
      .then([failed(2)]);
  });

  it(`given ${LOCK_AFTER_FAILURES - 1} failures, when failing again, then UserLocked for 15 minutes`, () => {
    spec
      .given([registered, ...fourFailures])
      .when(fail())
      .then([failed(LOCK_AFTER_FAILURES), locked]);
  });

  it('given locked, when signing in before the lock ends, then USER_LOCKED; after it, signed in', () => {
    const history = [registered, ...fourFailures, failed(5), locked];
    spec.given(history).when(signIn('2026-03-02T09:14:59.000Z')).thenRejects('USER_LOCKED');
    spec
      .given(history)
      .when(signIn('2026-03-02T09:15:00.000Z'))
      .then([{ type: 'UserSignedIn', data: { userId: 'u1', method: 'password', sessionId: 's1' } }]);
  });

  it('given locked, when failing during the lock, then recorded as locked, not counted, no second lock', () => {
    spec
      .given([registered, ...fourFailures, failed(5), locked])
      .when(fail('2026-03-02T09:01:00.000Z'))
      .then([
        {
          type: 'UserSignInFailed',
          data: { userId: 'u1', method: 'password', reason: 'locked', failures: 0 },
        },
      ]);
  });

  it('given failures, when signed in, then the count starts again', () => {
    const signedIn: UserEvent = {
      type: 'UserSignedIn',
      data: { userId: 'u1', method: 'password', sessionId: 's1' },
    };
    spec
      .given([registered, ...fourFailures, signedIn])
      .when(fail())
      .then([failed(1)]);
  });

  it('given locked, when an administrator resets the password, then the lock ends', () => {
    const reset: UserEvent = { type: 'UserPasswordReset', data: { userId: 'u1', resetBy: 'admin-1' } };
    spec
      .given([registered, ...fourFailures, failed(5), locked, reset])
      .when(signIn('2026-03-02T09:01:00.000Z'))
      .then([{ type: 'UserSignedIn', data: { userId: 'u1', method: 'password', sessionId: 's1' } }]);
  });
});
