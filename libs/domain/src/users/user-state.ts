import { DomainError } from '../domain-error';
import type { SealedPersonalData } from '../registers/vocabulary';
import type { Role } from '../roles';
import type { UserEvent, UserProfile, UserStatus } from './user-events';

export interface PendingRoleRequest {
  requestId: string;
  role: Role;
  requesterId: string;
}

export interface RegisteredUser {
  profile: UserProfile;
  /** The latest sealed mobile number (null once erased). */
  personalData: SealedPersonalData | null;
  roles: Role[];
  pending: PendingRoleRequest[];
  status: UserStatus;
  inspectorId?: string;
  erased: boolean;
  /** Consecutive failed sign-ins since the last success or lock. */
  failures: number;
  lockedUntil?: string;
  passwordSet: boolean;
  mustChangePassword: boolean;
  /** Sessions begun and not ended by an event, oldest first (at most MAX_OPEN_SESSIONS). */
  openSessions: string[];
}

export type UserState = { registered: false } | ({ registered: true } & RegisteredUser);

export function registeredUser(state: UserState, userId: string): RegisteredUser {
  if (!state.registered) throw new DomainError('USER_NOT_FOUND', `No user ${userId}`);
  return state;
}

/** A user whose account may still change: registered and not erased. */
export function changeableUser(state: UserState, userId: string): RegisteredUser {
  const user = registeredUser(state, userId);
  if (user.erased) throw new DomainError('USER_ERASED', `User ${userId}'s personal data was erased`);
  return user;
}

export function activeUser(state: UserState, userId: string): RegisteredUser {
  const user = changeableUser(state, userId);
  if (user.status === 'disabled') throw new DomainError('USER_DISABLED', `User ${userId} is disabled`);
  return user;
}

/** No change leaves the platform without an active administrator (ADR 25). */
export function assertNotLastAdministrator(user: RegisteredUser, otherActiveAdmins: number): void {
  if (user.status === 'active' && user.roles.includes('admin') && otherActiveAdmins < 1) {
    throw new DomainError(
      'LAST_ADMINISTRATOR',
      'This is the last active administrator: grant admin to another account first',
    );
  }
}

export function evolveUser(state: UserState, event: UserEvent): UserState {
  if (event.type === 'UserRegistered') {
    const { userId: _id, personalData, ...profile } = event.data;
    return {
      registered: true,
      profile,
      personalData,
      roles: [],
      pending: [],
      status: 'active',
      erased: false,
      failures: 0,
      passwordSet: false,
      mustChangePassword: true,
      openSessions: [],
    };
  }
  if (!state.registered) return state;
  const closing = (requestId: string) => state.pending.filter((p) => p.requestId !== requestId);
  switch (event.type) {
    case 'UserRoleRequested': {
      const { requestId, role, requesterId } = event.data;
      return { ...state, pending: [...state.pending, { requestId, role, requesterId }] };
    }
    case 'UserRoleRequestRejected':
      return { ...state, pending: closing(event.data.requestId) };
    case 'UserRoleGranted':
      return {
        ...state,
        roles: [...state.roles, event.data.role],
        pending: event.data.requestId ? closing(event.data.requestId) : state.pending,
      };
    case 'UserRoleRevoked':
      return { ...state, roles: state.roles.filter((r) => r !== event.data.role) };
    case 'UserDisabled':
      return { ...state, status: 'disabled' };
    case 'UserEnabled':
      return { ...state, status: 'active' };
    case 'UserInspectorLinked':
      return { ...state, inspectorId: event.data.inspectorId };
    case 'UserPasswordSet':
      return { ...state, passwordSet: true, mustChangePassword: false };
    case 'UserPasswordReset': {
      const { lockedUntil: _l, ...rest } = state;
      return { ...rest, passwordSet: true, mustChangePassword: true, failures: 0 };
    }
    case 'UserSignedIn': {
      const { lockedUntil: _l, ...rest } = state;
      return { ...rest, failures: 0, openSessions: [...state.openSessions, event.data.sessionId] };
    }
    case 'UserSessionEnded':
      return { ...state, openSessions: state.openSessions.filter((s) => s !== event.data.sessionId) };
    case 'UserSignInFailed':
      return { ...state, failures: event.data.failures };
    case 'UserLocked':
      return { ...state, failures: 0, lockedUntil: event.data.until };
    case 'UserPersonalDataErased':
      return { ...state, erased: true, personalData: null };
  }
}
