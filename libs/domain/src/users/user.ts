import type { Decider } from '../decider';
import { DomainError } from '../domain-error';
import type { UserCommand } from './user-commands';
import type { UserEvent } from './user-events';
import { decideRoles } from './user-roles';
import { decideSignIn, endedSessions } from './user-sign-in';
import {
  type UserState,
  assertNotLastAdministrator,
  changeableUser,
  evolveUser,
  registeredUser,
} from './user-state';

type AccountCommand = Exclude<
  UserCommand,
  {
    kind:
      | 'GrantRole'
      | 'GrantFirstAdministrator'
      | 'ApproveRoleRequest'
      | 'RejectRoleRequest'
      | 'RevokeRole'
      | 'SetPassword'
      | 'ResetPassword'
      | 'RecordSignIn'
      | 'RecordSignInFailure'
      | 'EndSession';
  }
>;

function decideAccount(command: AccountCommand, state: UserState): UserEvent[] {
  const { userId } = command;
  switch (command.kind) {
    case 'RegisterUser': {
      const { profile, personalData } = command;
      if (state.registered) {
        const same = (Object.keys(profile) as (keyof typeof profile)[]).every(
          (field) => state.profile[field] === profile[field],
        );
        // The same registration again is a retry and changes nothing.
        if (same && !command.personalDataChanged && !state.erased) return [];
        throw new DomainError(
          'USER_ALREADY_REGISTERED',
          'This employee number is registered for this department with other details',
          { userId },
        );
      }
      if (!command.departmentRegistered) {
        throw new DomainError(
          'DEPARTMENT_NOT_REGISTERED',
          `Department ${profile.departmentId} is not registered`,
        );
      }
      return [{ type: 'UserRegistered', data: { userId, ...profile, personalData } }];
    }
    case 'DisableUser': {
      if (userId === command.actorId) {
        throw new DomainError('USER_DISABLES_SELF', 'No one disables their own account');
      }
      const user = changeableUser(state, userId);
      if (user.status === 'disabled') {
        throw new DomainError('USER_ALREADY_DISABLED', `User ${userId} is disabled already`);
      }
      assertNotLastAdministrator(user, command.otherActiveAdmins);
      return [
        { type: 'UserDisabled', data: { userId, disabledBy: command.actorId, reason: command.reason } },
        ...endedSessions(userId, user.openSessions, command.actorId, 'user-disabled'),
      ];
    }
    case 'EnableUser': {
      const user = changeableUser(state, userId);
      if (user.status !== 'disabled') {
        throw new DomainError('USER_NOT_DISABLED', `User ${userId} is not disabled`);
      }
      return [{ type: 'UserEnabled', data: { userId, enabledBy: command.actorId } }];
    }
    case 'LinkInspector': {
      const user = changeableUser(state, userId);
      const { inspectorId, inspector, actorId } = command;
      if (!inspector.registered) throw new DomainError('INSPECTOR_NOT_FOUND', `No inspector ${inspectorId}`);
      if (inspector.departmentId !== user.profile.departmentId) {
        throw new DomainError(
          'INSPECTOR_OF_OTHER_DEPARTMENT',
          "A user is linked to an inspector of the user's own department",
          { departmentId: inspector.departmentId },
        );
      }
      if (inspector.linkedUserId !== undefined && inspector.linkedUserId !== userId) {
        throw new DomainError(
          'INSPECTOR_ALREADY_LINKED',
          `Inspector ${inspectorId} is linked to another user`,
        );
      }
      if (user.inspectorId === inspectorId) return [];
      return [
        {
          type: 'UserInspectorLinked',
          data: {
            userId,
            inspectorId,
            ...(user.inspectorId ? { previousInspectorId: user.inspectorId } : {}),
            linkedBy: actorId,
          },
        },
      ];
    }
    case 'EraseUserPersonalData': {
      const user = registeredUser(state, userId);
      if (user.erased) throw new DomainError('USER_ERASED', `User ${userId} is already erased`);
      if (user.status !== 'disabled') {
        throw new DomainError('USER_NOT_DISABLED', 'Only the personal data of a disabled account is erased');
      }
      return [{ type: 'UserPersonalDataErased', data: { userId, reason: command.reason } }];
    }
  }
}

/**
 * An official's account (stream `user-<id>`): who they are, their roles (admin and principal
 * granted in two steps by two administrators), whether they may sign in, and each sign-in.
 */
export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  initialState: () => ({ registered: false }),
  evolve: evolveUser,
  decide(command, state) {
    switch (command.kind) {
      case 'GrantRole':
      case 'GrantFirstAdministrator':
      case 'ApproveRoleRequest':
      case 'RejectRoleRequest':
      case 'RevokeRole':
        return decideRoles(command, state);
      case 'SetPassword':
      case 'ResetPassword':
      case 'RecordSignIn':
      case 'RecordSignInFailure':
      case 'EndSession':
        return decideSignIn(command, state);
      default:
        return decideAccount(command, state);
    }
  },
};
