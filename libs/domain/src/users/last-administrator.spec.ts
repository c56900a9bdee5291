import { deciderSpecification } from '../testing/decider-specification';
import { disabled, registered } from '../testing/user-fixtures';
import { userDecider } from './user';

const spec = deciderSpecification(userDecider);
const adminGranted = {
  type: 'UserRoleGranted' as const,
  data: {
    userId: 'u1',
    role: 'admin' as const,
    grantedBy: 'admin-1',
    approvedBy: 'admin-2',
    requestId: 'r1',
  },
};
const operatorGranted = {
  type: 'UserRoleGranted' as const,
  data: { userId: 'u1', role: 'operator' as const, grantedBy: 'admin-1' },
};
const revoke = (role: 'admin' | 'operator', otherActiveAdmins: number) => ({
  kind: 'RevokeRole' as const,
  userId: 'u1',
  role,
  actorId: 'admin-2',
  reason: '调岗',
  otherActiveAdmins,
});
const disable = (otherActiveAdmins: number) => ({
  kind: 'DisableUser' as const,
  userId: 'u1',
  actorId: 'admin-2',
  reason: '调离',
  otherActiveAdmins,
});

describe('user: the last active administrator stays', () => {
  it('given the only active admin, when admin is revoked, then LAST_ADMINISTRATOR', () => {
    spec.given([registered, adminGranted]).when(revoke('admin', 0)).thenRejects('LAST_ADMINISTRATOR');
  });

  it('given another active admin, when admin is revoked, then UserRoleRevoked', () => {
    spec
      .given([registered, adminGranted])
      .when(revoke('admin', 1))
      .then([
        {
          type: 'UserRoleRevoked',
          data: { userId: 'u1', role: 'admin', revokedBy: 'admin-2', reason: '调岗' },
        },
      ]);
  });

  it('given the only active admin, when another role is revoked, then UserRoleRevoked', () => {
    spec
      .given([registered, adminGranted, operatorGranted])
      .when(revoke('operator', 0))
      .then([
        {
          type: 'UserRoleRevoked',
          data: { userId: 'u1', role: 'operator', revokedBy: 'admin-2', reason: '调岗' },
        },
      ]);
  });

  it('given the only active admin, when disabled, then LAST_ADMINISTRATOR', () => {
    spec.given([registered, adminGranted]).when(disable(0)).thenRejects('LAST_ADMINISTRATOR');
  });

  it('given another active admin, when disabled, then UserDisabled', () => {
    spec
      .given([registered, adminGranted])
      .when(disable(1))
      .then([{ type: 'UserDisabled', data: { userId: 'u1', disabledBy: 'admin-2', reason: '调离' } }]);
  });

  it('given a disabled admin (not active), when admin is revoked with no other, then UserRoleRevoked', () => {
    spec
      .given([registered, adminGranted, disabled])
      .when(revoke('admin', 0))
      .then([
        {
          type: 'UserRoleRevoked',
          data: { userId: 'u1', role: 'admin', revokedBy: 'admin-2', reason: '调岗' },
        },
      ]);
  });

  it('given a disabled admin, when erased, then erased: only a disabled account is erased, never an active one', () => {
    spec
      .given([registered, adminGranted, disabled])
      .when({ kind: 'EraseUserPersonalData', userId: 'u1', reason: '离职满期' })
      .then([{ type: 'UserPersonalDataErased', data: { userId: 'u1', reason: '离职满期' } }]);
  });
});
