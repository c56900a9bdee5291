import type { DomainEvent } from '../domain-event';
import type { SealedPersonalData } from '../registers/vocabulary';
import type { Role } from '../roles';

/** An official's account as the log keeps it. The mobile number is personal data: sealed. */
export interface UserProfile {
  departmentId: string;
  name: string;
  /** 职务: the official's post. */
  post: string;
  /** 工号: unique within the department. */
  employeeNumber: string;
}

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** Roles whose grant a second administrator approves (docs/security.md, "Accounts"). */
export const ROLES_NEEDING_APPROVAL: readonly Role[] = ['admin', 'principal'];

export const SIGN_IN_METHODS = ['password', 'oidc'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

export const SIGN_IN_FAILURES = ['wrong-password', 'disabled', 'locked', 'password-not-set'] as const;
export type SignInFailure = (typeof SIGN_IN_FAILURES)[number];

/**
 * Why a session ended before it ran out (docs/security.md, "Sessions"): the user signed out or
 * ended it from their sessions page, its refresh token was used twice, an administrator reset the
 * password or disabled the account, or a newer sign-in took the place of the oldest open one.
 */
export const SESSION_END_REASONS = [
  'signed-out',
  'ended-by-user',
  'refresh-reused',
  'password-reset',
  'user-disabled',
  'superseded',
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];
/** Reasons a user gives when ending their own session. */
export type OwnSessionEndReason = Extract<
  SessionEndReason,
  'signed-out' | 'ended-by-user' | 'refresh-reused'
>;

/** Open sessions an official may hold at once; a sign-in past it ends the oldest ('superseded'). */
export const MAX_OPEN_SESSIONS = 20;

export type UserEvent =
  | DomainEvent<'UserRegistered', { userId: string } & UserProfile & { personalData: SealedPersonalData }>
  | DomainEvent<'UserRoleRequested', { userId: string; requestId: string; role: Role; requesterId: string }>
  | DomainEvent<
      'UserRoleRequestRejected',
      { userId: string; requestId: string; role: Role; rejecterId: string; reason: string }
    >
  | DomainEvent<
      'UserRoleGranted',
      { userId: string; role: Role; grantedBy: string; approvedBy?: string; requestId?: string }
    >
  | DomainEvent<'UserRoleRevoked', { userId: string; role: Role; revokedBy: string; reason: string }>
  | DomainEvent<'UserDisabled', { userId: string; disabledBy: string; reason: string }>
  | DomainEvent<'UserEnabled', { userId: string; enabledBy: string }>
  | DomainEvent<
      'UserInspectorLinked',
      { userId: string; inspectorId: string; previousInspectorId?: string; linkedBy: string }
    >
  /** The user set their own password (the hash is kept outside the log). */
  | DomainEvent<'UserPasswordSet', { userId: string }>
  /** An administrator reset it: the user must set their own at the next sign-in. */
  | DomainEvent<'UserPasswordReset', { userId: string; resetBy: string }>
  | DomainEvent<'UserSignedIn', { userId: string; method: SignInMethod; sessionId: string }>
  | DomainEvent<
      'UserSignInFailed',
      { userId: string; method: SignInMethod; reason: SignInFailure; failures: number }
    >
  /** A session ended before it ran out: signed out, ended from the sessions page, or a refresh token reused. */
  | DomainEvent<
      'UserSessionEnded',
      { userId: string; sessionId: string; endedBy: string; reason: SessionEndReason }
    >
  | DomainEvent<'UserLocked', { userId: string; failures: number; until: string }>
  | DomainEvent<'UserPersonalDataErased', { userId: string; reason: string }>;
