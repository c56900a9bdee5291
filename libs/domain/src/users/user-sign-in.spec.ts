import { deciderSpecification } from '../testing/decider-specification';
import { disabled, registered } from '../testing/user-fixtures';
import { userDecider } from './user';
import { LOCK_AFTER_FAILURES } from './user-sign-in';
import { MAX_OPEN_SESSIONS } from './user-events';
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

describe('user: sessions', () => {
  const started = (sessionId: string): UserEvent => ({
    type: 'UserSignedIn',
    data: { userId: 'u1', method: 'password', sessionId },
  });
  const end = (actorId = 'u1', reason: 'signed-out' | 'refresh-reused' = 'signed-out') => ({
    kind: 'EndSession' as const,
    userId: 'u1',
    sessionId: 's1',
    actorId,
    reason,
  });

  it('given a session, when its user signs out, then UserSessionEnded naming who ended it', () => {
    spec
      .given([registered, started('s1')])
      .when(end())
      .then([
        {
          type: 'UserSessionEnded',
          data: { userId: 'u1', sessionId: 's1', endedBy: 'u1', reason: 'signed-out' },
        },
      ]);
  });

  it('given a session, when another official ends it, then SESSION_OF_ANOTHER_USER', () => {
    spec
      .given([registered, started('s1')])
      .when(end('u2'))
      .thenRejects('SESSION_OF_ANOTHER_USER');
  });

  it('given a reused refresh token, when the api ends the session for it, then it ends whoever presented it', () => {
    spec
      .given([registered, started('s1')])
      .when(end('someone', 'refresh-reused'))
      .then([
        {
          type: 'UserSessionEnded',
          data: { userId: 'u1', sessionId: 's1', endedBy: 'someone', reason: 'refresh-reused' },
        },
      ]);
  });

  it('given an ended session, when it is ended again, then SESSION_NOT_FOUND', () => {
    const ended: UserEvent = {
      type: 'UserSessionEnded',
      data: { userId: 'u1', sessionId: 's1', endedBy: 'u1', reason: 'signed-out' },
    };
    spec
      .given([registered, started('s1'), ended])
      .when(end())
      .thenRejects('SESSION_NOT_FOUND');
  });

  it('given two sessions, when an administrator resets the password, then both end with it', () => {
    spec
      .given([registered, started('s1'), started('s2')])
      .when({ kind: 'ResetPassword', userId: 'u1', actorId: 'a1' })
      .then([
        { type: 'UserPasswordReset', data: { userId: 'u1', resetBy: 'a1' } },
        ...['s1', 's2'].map((sessionId): UserEvent => ({
          type: 'UserSessionEnded',
          data: { userId: 'u1', sessionId, endedBy: 'a1', reason: 'password-reset' },
        })),
      ]);
  });

  it('given a session, when an administrator disables the account, then it ends with it', () => {
    spec
      .given([registered, started('s1')])
      .when({ kind: 'DisableUser', userId: 'u1', actorId: 'a1', reason: '调离', otherActiveAdmins: 1 })
      .then([
        { type: 'UserDisabled', data: { userId: 'u1', disabledBy: 'a1', reason: '调离' } },
        {
          type: 'UserSessionEnded',
          data: { userId: 'u1', sessionId: 's1', endedBy: 'a1', reason: 'user-disabled' },
        },
      ]);
  });

  it(`given ${MAX_OPEN_SESSIONS} open sessions, when the user signs in again, then the oldest ends (superseded)`, () => {
    const open = Array.from({ length: MAX_OPEN_SESSIONS }, (_, i) => started(`o${i}`));
    spec
      .given([registered, ...open])
      .when({ ...signIn(), sessionId: 'new' })
      .then([
        {
          type: 'UserSessionEnded',
          data: { userId: 'u1', sessionId: 'o0', endedBy: 'u1', reason: 'superseded' },
        },
        { type: 'UserSignedIn', data: { userId: 'u1', method: 'password', sessionId: 'new' } },
      ]);
  });

  it('given no such session, when it is ended, then SESSION_NOT_FOUND', () => {
    spec.given([registered]).when(end()).thenRejects('SESSION_NOT_FOUND');
  });

  it('given an unknown user, when a session is ended, then USER_NOT_FOUND', () => {
    spec.given([]).when(end()).thenRejects('USER_NOT_FOUND');
  });
});
