import { DomainError } from '../domain-error';
import type { UserCommand } from './user-commands';
import { MAX_OPEN_SESSIONS, type SessionEndReason, type UserEvent } from './user-events';
import { type UserState, activeUser, changeableUser, registeredUser } from './user-state';

/** Consecutive failed sign-ins that lock the account (docs/security.md, "Accounts"). */
export const LOCK_AFTER_FAILURES = 5;
/** How long a lock lasts; an administrator's password reset ends it sooner. */
export const LOCK_MINUTES = 15;

type SignInCommand = Extract<
  UserCommand,
  { kind: 'SetPassword' | 'ResetPassword' | 'RecordSignIn' | 'RecordSignInFailure' | 'EndSession' }
>;

/** Ends each of the user's sessions named, for the reason given. */
export function endedSessions(
  userId: string,
  sessionIds: readonly string[],
  endedBy: string,
  reason: SessionEndReason,
): UserEvent[] {
  return sessionIds.map((sessionId) => ({
    type: 'UserSessionEnded',
    data: { userId, sessionId, endedBy, reason },
  }));
}

function lockedAt(lockedUntil: string | undefined, at: string): boolean {
  return lockedUntil !== undefined && Date.parse(at) < Date.parse(lockedUntil);
}

/** Passwords set and reset, sign-ins, failures and the lock they lead to. */
export function decideSignIn(command: SignInCommand, state: UserState): UserEvent[] {
  const { userId } = command;
  switch (command.kind) {
    case 'SetPassword':
      activeUser(state, userId);
      return [{ type: 'UserPasswordSet', data: { userId } }];
    case 'ResetPassword': {
      const user = changeableUser(state, userId);
      return [
        { type: 'UserPasswordReset', data: { userId, resetBy: command.actorId } },
        ...endedSessions(userId, user.openSessions, command.actorId, 'password-reset'),
      ];
    }
    case 'RecordSignIn': {
      const user = activeUser(state, userId);
      if (lockedAt(user.lockedUntil, command.at)) {
        throw new DomainError('USER_LOCKED', `User ${userId} is locked`, { until: user.lockedUntil });
      }
      const { method, sessionId } = command;
      const oldest = user.openSessions.slice(0, user.openSessions.length + 1 - MAX_OPEN_SESSIONS);
      return [
        ...endedSessions(userId, oldest, userId, 'superseded'),
        { type: 'UserSignedIn', data: { userId, method, sessionId } },
      ];
    }
    case 'EndSession': {
      const user = registeredUser(state, userId);
      const { sessionId, actorId, reason } = command;
      // Reuse of a refresh token ends its session whoever presents it; otherwise only the user ends theirs.
      if (reason !== 'refresh-reused' && actorId !== userId) {
        throw new DomainError('SESSION_OF_ANOTHER_USER', 'Only its user ends a session');
      }
      if (!user.openSessions.includes(sessionId)) {
        throw new DomainError('SESSION_NOT_FOUND', `No open session ${sessionId} of user ${userId}`);
      }
      return [{ type: 'UserSessionEnded', data: { userId, sessionId, endedBy: actorId, reason } }];
    }
    case 'RecordSignInFailure': {
      const user = changeableUser(state, userId);
      const { method, reason, at } = command;
      const locked = lockedAt(user.lockedUntil, at);
      const failures = locked ? user.failures : user.failures + 1;
      const failed: UserEvent = {
        type: 'UserSignInFailed',
        data: { userId, method, reason: locked ? 'locked' : reason, failures },
      };
      if (locked || failures < LOCK_AFTER_FAILURES) return [failed];
      const until = new Date(Date.parse(at) + LOCK_MINUTES * 60_000).toISOString();
      return [failed, { type: 'UserLocked', data: { userId, failures, until } }];
    }
  }
}
