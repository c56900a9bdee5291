import type { SealedPersonalData } from '../registers/vocabulary';
import type { Role } from '../roles';
import type { OwnSessionEndReason, SignInFailure, SignInMethod, UserProfile } from './user-events';

/** What the api knows of an inspector to link: the directory's entry and its current link. */
export interface InspectorToLink {
  registered: boolean;
  departmentId?: string;
  /** The user the inspector is linked to now, if any. */
  linkedUserId?: string;
}

/**
 * `actorId`: the official who acts (from the request's token). `otherActiveAdmins`: how many
 * active accounts other than this one hold `admin`, from the user directory (the decider sees
 * one account only).
 */
export type UserCommand =
  | {
      kind: 'RegisterUser';
      userId: string;
      profile: UserProfile;
      personalData: SealedPersonalData;
      /** The registration gives another mobile number than the one on record. */
      personalDataChanged: boolean;
      departmentRegistered: boolean;
    }
  | { kind: 'GrantRole'; userId: string; role: Role; requestId: string; actorId: string }
  /**
   * The deployment's first administrator, through the one-time setup link printed at first start:
   * the api sends it only with the link's code, once (no administrator exists to approve it).
   */
  | { kind: 'GrantFirstAdministrator'; userId: string }
  | { kind: 'ApproveRoleRequest'; userId: string; requestId: string; actorId: string }
  | { kind: 'RejectRoleRequest'; userId: string; requestId: string; actorId: string; reason: string }
  | {
      kind: 'RevokeRole';
      userId: string;
      role: Role;
      actorId: string;
      reason: string;
      otherActiveAdmins: number;
    }
  | { kind: 'DisableUser'; userId: string; actorId: string; reason: string; otherActiveAdmins: number }
  | { kind: 'EnableUser'; userId: string; actorId: string }
  | {
      kind: 'LinkInspector';
      userId: string;
      inspectorId: string;
      inspector: InspectorToLink;
      actorId: string;
    }
  | { kind: 'SetPassword'; userId: string }
  | { kind: 'ResetPassword'; userId: string; actorId: string }
  /** `at`: the instant of the sign-in (ISO 8601), from the api's clock. */
  | { kind: 'RecordSignIn'; userId: string; method: SignInMethod; sessionId: string; at: string }
  | {
      kind: 'RecordSignInFailure';
      userId: string;
      method: SignInMethod;
      reason: Exclude<SignInFailure, 'locked'>;
      at: string;
    }
  | { kind: 'EndSession'; userId: string; sessionId: string; actorId: string; reason: OwnSessionEndReason }
  | { kind: 'EraseUserPersonalData'; userId: string; reason: string };
