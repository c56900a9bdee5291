import { deciderSpecification } from '../testing/decider-specification';
import { disabled, profile, registered, sealed } from '../testing/user-fixtures';
import { userDecider } from './user';

const spec = deciderSpecification(userDecider);
const register = {
  kind: 'RegisterUser' as const,
  userId: 'u1',
  profile,
  personalData: sealed,
  personalDataChanged: false,
  departmentRegistered: true,
};
const erased = { type: 'UserPersonalDataErased' as const, data: { userId: 'u1', reason: '离职满期' } };

describe('user: the account', () => {
  it('given nothing, when registered, then UserRegistered with the sealed mobile number', () => {
    spec.given([]).when(register).then([registered]);
  });

  it('given nothing, when registered in an unknown department, then DEPARTMENT_NOT_REGISTERED', () => {
    spec
      .given([])
      .when({ ...register, departmentRegistered: false })
      .thenRejects('DEPARTMENT_NOT_REGISTERED');
  });

  it('given registered, when registered again alike, then nothing (a retry)', () => {
    spec.given([registered]).when(register).then([]);
  });

  it('given registered, when registered with another name or mobile, then USER_ALREADY_REGISTERED', () => {
    spec
      .given([registered])
      .when({ ...register, profile: { ...profile, name: '李四' } })
      .thenRejects('USER_ALREADY_REGISTERED');
    spec
      .given([registered])
      .when({ ...register, personalDataChanged: true })
      .thenRejects('USER_ALREADY_REGISTERED');
  });

  it('given nothing, when any other command, then USER_NOT_FOUND', () => {
    spec.given([]).when({ kind: 'EnableUser', userId: 'u1', actorId: 'a' }).thenRejects('USER_NOT_FOUND');
  });

  it('given active, when disabled by an administrator, then UserDisabled', () => {
    spec
      .given([registered])
      .when({ kind: 'DisableUser', userId: 'u1', actorId: 'admin-1', reason: '调离', otherActiveAdmins: 0 })
      .then([disabled]);
  });

  it('given active, when the user disables themselves, then USER_DISABLES_SELF', () => {
    spec
      .given([registered])
      .when({ kind: 'DisableUser', userId: 'u1', actorId: 'u1', reason: 'x', otherActiveAdmins: 0 })
      .thenRejects('USER_DISABLES_SELF');
  });

  it('given disabled, when disabled again, then USER_ALREADY_DISABLED', () => {
    spec
      .given([registered, disabled])
      .when({ kind: 'DisableUser', userId: 'u1', actorId: 'admin-1', reason: 'x', otherActiveAdmins: 0 })
      .thenRejects('USER_ALREADY_DISABLED');
  });

  it('given disabled, when enabled, then UserEnabled; given active, then USER_NOT_DISABLED', () => {
    const enable = { kind: 'EnableUser' as const, userId: 'u1', actorId: 'admin-2' };
    spec
      .given([registered, disabled])
      .when(enable)
      .then([{ type: 'UserEnabled', data: { userId: 'u1', enabledBy: 'admin-2' } }]);
    spec.given([registered]).when(enable).thenRejects('USER_NOT_DISABLED');
  });

  describe('linking an inspector', () => {
    const link = {
      kind: 'LinkInspector' as const,
      userId: 'u1',
      inspectorId: 'i1',
      inspector: { registered: true, departmentId: 'scjg' },
      actorId: 'admin-1',
    };
    const linked = {
      type: 'UserInspectorLinked' as const,
      data: { userId: 'u1', inspectorId: 'i1', linkedBy: 'admin-1' },
    };

    it('given registered, when linked to an inspector of its department, then UserInspectorLinked', () => {
      spec.given([registered]).when(link).then([linked]);
    });

    it('given linked, when linked to the same again, then nothing; to another, then the previous is named', () => {
      spec
        .given([registered, linked])
        .when({ ...link, inspector: { ...link.inspector, linkedUserId: 'u1' } })
        .then([]);
      spec
        .given([registered, linked])
        .when({ ...link, inspectorId: 'i2' })
        .then([
          {
            type: 'UserInspectorLinked',
            data: { userId: 'u1', inspectorId: 'i2', previousInspectorId: 'i1', linkedBy: 'admin-1' },
          },
        ]);
    });

    it('refuses an unknown inspector, one of another department, one linked to another user', () => {
      spec
        .given([registered])
        .when({ ...link, inspector: { registered: false } })
        .thenRejects('INSPECTOR_NOT_FOUND');
      spec
        .given([registered])
        .when({ ...link, inspector: { registered: true, departmentId: 'swj' } })
        .thenRejects('INSPECTOR_OF_OTHER_DEPARTMENT');
      spec
        .given([registered])
        .when({ ...link, inspector: { ...link.inspector, linkedUserId: 'u2' } })
        .thenRejects('INSPECTOR_ALREADY_LINKED');
    });
  });

  describe('erasing the personal data', () => {
    const erase = { kind: 'EraseUserPersonalData' as const, userId: 'u1', reason: '离职满期' };

    it('given disabled, when erased, then UserPersonalDataErased', () => {
      spec.given([registered, disabled]).when(erase).then([erased]);
    });

    it('given active, when erased, then USER_NOT_DISABLED', () => {
      spec.given([registered]).when(erase).thenRejects('USER_NOT_DISABLED');
    });

    it('given erased, when erased again or changed, then USER_ERASED', () => {
      spec.given([registered, disabled, erased]).when(erase).thenRejects('USER_ERASED');
      spec
        .given([registered, disabled, erased])
        .when({ kind: 'EnableUser', userId: 'u1', actorId: 'admin-1' })
        .thenRejects('USER_ERASED');
      spec.given([registered, disabled, erased]).when(register).thenRejects('USER_ALREADY_REGISTERED');
    });
  });
});
