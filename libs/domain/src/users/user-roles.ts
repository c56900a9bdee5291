import { DomainError } from '../domain-error';
import type { UserCommand } from './user-commands';
import { ROLES_NEEDING_APPROVAL, type UserEvent } from './user-events';
import { type UserState, activeUser, assertNotLastAdministrator, changeableUser } from './user-state';

type RoleCommand = Extract<
  UserCommand,
  {
    kind: 'GrantRole' | 'ApproveRoleRequest' | 'RejectRoleRequest' | 'RevokeRole' | 'GrantFirstAdministrator';
  }
>;

/** Who grants the first administrator: the setup link, not a person (ADR 25). */
export const SETUP_LINK_GRANTOR = 'setup-link';

/** No official raises their own roles, by granting or by approving (docs/security.md). */
function notForSelf(userId: string, actorId: string): void {
  if (userId === actorId) {
    throw new DomainError('ROLE_REQUEST_FOR_SELF', 'No one grants roles to themselves', { userId });
  }
}

/**
 * Grants, the two-step grants of `admin` and `principal` (requested by one administrator,
 * approved by another), and revocations.
 */
export function decideRoles(command: RoleCommand, state: UserState): UserEvent[] {
  if (command.kind === 'GrantFirstAdministrator') {
    const { userId } = command;
    if (activeUser(state, userId).roles.includes('admin')) {
      throw new DomainError('ROLE_ALREADY_HELD', `User ${userId} holds admin already`, { role: 'admin' });
    }
    return [{ type: 'UserRoleGranted', data: { userId, role: 'admin', grantedBy: SETUP_LINK_GRANTOR } }];
  }
  const { userId, actorId } = command;
  switch (command.kind) {
    case 'GrantRole': {
      notForSelf(userId, actorId);
      const user = activeUser(state, userId);
      const { role, requestId } = command;
      if (user.roles.includes(role)) {
        throw new DomainError('ROLE_ALREADY_HELD', `User ${userId} holds ${role} already`, { role });
      }
      if (!ROLES_NEEDING_APPROVAL.includes(role)) {
        return [{ type: 'UserRoleGranted', data: { userId, role, grantedBy: actorId } }];
      }
      const pending = user.pending.find((p) => p.role === role);
      if (pending) {
        throw new DomainError('ROLE_REQUEST_PENDING', `A grant of ${role} awaits approval already`, {
          role,
          requestId: pending.requestId,
        });
      }
      return [{ type: 'UserRoleRequested', data: { userId, requestId, role, requesterId: actorId } }];
    }
    case 'ApproveRoleRequest': {
      notForSelf(userId, actorId);
      const user = activeUser(state, userId);
      const request = user.pending.find((p) => p.requestId === command.requestId);
      if (!request) {
        throw new DomainError('ROLE_REQUEST_NOT_FOUND', `No pending role request ${command.requestId}`);
      }
      if (request.requesterId === actorId) {
        throw new DomainError(
          'ROLE_APPROVER_IS_REQUESTER',
          'A second administrator, not the one who asked, approves this grant',
          { role: request.role },
        );
      }
      const { requestId, role, requesterId } = request;
      return [
        {
          type: 'UserRoleGranted',
          data: { userId, role, grantedBy: requesterId, approvedBy: actorId, requestId },
        },
      ];
    }
    case 'RejectRoleRequest': {
      const user = changeableUser(state, userId);
      const request = user.pending.find((p) => p.requestId === command.requestId);
      if (!request) {
        throw new DomainError('ROLE_REQUEST_NOT_FOUND', `No pending role request ${command.requestId}`);
      }
      const { requestId, role } = request;
      return [
        {
          type: 'UserRoleRequestRejected',
          data: { userId, requestId, role, rejecterId: actorId, reason: command.reason },
        },
      ];
    }
    case 'RevokeRole': {
      const user = changeableUser(state, userId);
      const { role, reason } = command;
      if (!user.roles.includes(role)) {
        throw new DomainError('ROLE_NOT_HELD', `User ${userId} does not hold ${role}`, { role });
      }
      if (role === 'admin') assertNotLastAdministrator(user, command.otherActiveAdmins);
      return [{ type: 'UserRoleRevoked', data: { userId, role, revokedBy: actorId, reason } }];
    }
  }
}
