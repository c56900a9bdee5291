import { deciderSpecification } from '../testing/decider-specification';
import { disabled, registered } from '../testing/user-fixtures';
import { userDecider } from './user';

const spec = deciderSpecification(userDecider);
const grant = (role: 'operator' | 'admin' | 'principal', actorId = 'admin-1') => ({
  kind: 'GrantRole' as const,
  userId: 'u1',
  role,
  requestId: 'r1',
  actorId,
});
const operatorGranted = {
  type: 'UserRoleGranted' as const,
  data: { userId: 'u1', role: 'operator' as const, grantedBy: 'admin-1' },
};
const adminRequested = {
  type: 'UserRoleRequested' as const,
  data: { userId: 'u1', requestId: 'r1', role: 'admin' as const, requesterId: 'admin-1' },
};
const approve = (actorId: string) => ({
  kind: 'ApproveRoleRequest' as const,
  userId: 'u1',
  requestId: 'r1',
  actorId,
});
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

describe('user: roles', () => {
  it('given registered, when an ordinary role is granted, then UserRoleGranted at once', () => {
    spec.given([registered]).when(grant('operator')).then([operatorGranted]);
  });

  it.each(['admin', 'principal'] as const)(
    'given registered, when %s is granted, then only requested',
    (role) => {
      spec
        .given([registered])
        .when(grant(role))
        .then([
          {
            type: 'UserRoleRequested',
            data: { userId: 'u1', requestId: 'r1', role, requesterId: 'admin-1' },
          },
        ]);
    },
  );

  it('given requested, when a second administrator approves, then UserRoleGranted naming both', () => {
    spec.given([registered, adminRequested]).when(approve('admin-2')).then([adminGranted]);
  });

  it('given requested, when the requester approves, then ROLE_APPROVER_IS_REQUESTER', () => {
    spec
      .given([registered, adminRequested])
      .when(approve('admin-1'))
      .thenRejects('ROLE_APPROVER_IS_REQUESTER');
  });

  it('given requested, when the user approves their own raise, then ROLE_REQUEST_FOR_SELF', () => {
    spec.given([registered, adminRequested]).when(approve('u1')).thenRejects('ROLE_REQUEST_FOR_SELF');
  });

  it('given a user, when they grant themselves a role, then ROLE_REQUEST_FOR_SELF', () => {
    spec.given([registered]).when(grant('operator', 'u1')).thenRejects('ROLE_REQUEST_FOR_SELF');
  });

  it('given granted, when granted again, then ROLE_ALREADY_HELD', () => {
    spec.given([registered, operatorGranted]).when(grant('operator')).thenRejects('ROLE_ALREADY_HELD');
    spec
      .given([registered, adminRequested, adminGranted])
      .when(grant('admin'))
      .thenRejects('ROLE_ALREADY_HELD');
  });

  it('given requested, when requested again, then ROLE_REQUEST_PENDING', () => {
    spec
      .given([registered, adminRequested])
      .when(grant('admin', 'admin-3'))
      .thenRejects('ROLE_REQUEST_PENDING');
  });

  it('given approved or rejected, when approved, then ROLE_REQUEST_NOT_FOUND', () => {
    spec
      .given([registered, adminRequested, adminGranted])
      .when(approve('admin-3'))
      .thenRejects('ROLE_REQUEST_NOT_FOUND');
    spec.given([registered]).when(approve('admin-2')).thenRejects('ROLE_REQUEST_NOT_FOUND');
  });

  it('given requested, when rejected, then UserRoleRequestRejected and the request is closed', () => {
    const reject = {
      kind: 'RejectRoleRequest' as const,
      userId: 'u1',
      requestId: 'r1',
      actorId: 'admin-2',
      reason: '不需要',
    };
    const rejected = {
      type: 'UserRoleRequestRejected' as const,
      data: {
        userId: 'u1',
        requestId: 'r1',
        role: 'admin' as const,
        rejecterId: 'admin-2',
        reason: '不需要',
      },
    };
    spec.given([registered, adminRequested]).when(reject).then([rejected]);
    spec.given([registered, adminRequested, rejected]).when(reject).thenRejects('ROLE_REQUEST_NOT_FOUND');
    spec
      .given([registered, adminRequested, rejected])
      .when(approve('admin-2'))
      .thenRejects('ROLE_REQUEST_NOT_FOUND');
  });

  it('given disabled, when a role is granted or approved, then USER_DISABLED', () => {
    spec.given([registered, disabled]).when(grant('operator')).thenRejects('USER_DISABLED');
    spec.given([registered, adminRequested, disabled]).when(approve('admin-2')).thenRejects('USER_DISABLED');
  });

  it('given granted, when revoked, then UserRoleRevoked; given not held, then ROLE_NOT_HELD', () => {
    const revoke = {
      kind: 'RevokeRole' as const,
      userId: 'u1',
      role: 'operator' as const,
      actorId: 'admin-1',
      reason: '调岗',
      otherActiveAdmins: 0,
    };
    const revoked = {
      type: 'UserRoleRevoked' as const,
      data: { userId: 'u1', role: 'operator' as const, revokedBy: 'admin-1', reason: '调岗' },
    };
    spec.given([registered, operatorGranted]).when(revoke).then([revoked]);
    spec.given([registered, operatorGranted, revoked]).when(revoke).thenRejects('ROLE_NOT_HELD');
    spec.given([registered, operatorGranted, revoked]).when(grant('operator')).then([operatorGranted]);
  });
});

describe('user: the first administrator, through the setup link', () => {
  it('given a registered official, when the setup link grants admin, then UserRoleGranted by the setup link', () => {
    spec
      .given([registered])
      .when({ kind: 'GrantFirstAdministrator', userId: 'u1' })
      .then([{ type: 'UserRoleGranted', data: { userId: 'u1', role: 'admin', grantedBy: 'setup-link' } }]);
  });

  it('given an administrator already, when the setup link grants admin again, then ROLE_ALREADY_HELD', () => {
    spec
      .given([
        registered,
        { type: 'UserRoleGranted', data: { userId: 'u1', role: 'admin', grantedBy: 'setup-link' } },
      ])
      .when({ kind: 'GrantFirstAdministrator', userId: 'u1' })
      .thenRejects('ROLE_ALREADY_HELD');
  });

  it('given no account, when the setup link grants admin, then USER_NOT_FOUND', () => {
    spec.given([]).when({ kind: 'GrantFirstAdministrator', userId: 'u1' }).thenRejects('USER_NOT_FOUND');
  });
});
