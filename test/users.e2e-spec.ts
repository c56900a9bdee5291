import { idCardCheckCharacter } from '@app/domain';
import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';

interface User {
  id: string;
  name: string;
  departmentId: string;
  post: string;
  roles: string[];
  pendingRoleRequests: { requestId: string; role: string; requesterId: string }[];
  status: string;
  inspectorId: string | null;
  erased: boolean;
  mobile?: string | null;
}
interface Grant {
  status: 'granted' | 'requested';
  requestId?: string;
  user: User;
}

const MOBILE = '13912345678';
const secondAdmin: Caller = { sub: 'admin-2', department: 'system', roles: ['admin'] };

function idCard(sequence: number): string {
  const first17 = `11010519800101${String(sequence).padStart(3, '0')}`;
  return first17 + idCardCheckCharacter(first17);
}

describe('users over HTTP: officials are accounts kept in the log', () => {
  const api = new ApiHarness();
  const person = (extra: Record<string, unknown> = {}) => ({
    departmentId: 'dept-a',
    name: '张三',
    post: '科员',
    employeeNumber: 'E001',
    mobile: MOBILE,
    ...extra,
  });
  const register = async (extra: Record<string, unknown> = {}): Promise<string> => {
    const answer = await api.call<{ id: string }>('POST', '/api/users', { as: admin, body: person(extra) });
    expect(answer.status).toBe(201);
    return answer.body.id;
  };

  beforeAll(async () => {
    await api.start();
    for (const id of ['dept-a', 'dept-b']) {
      const answer = await api.call('POST', '/api/departments', {
        as: admin,
        body: { id, name: `部门 ${id}`, regionCode: '320102' },
      });
      expect(answer.status).toBe(201);
    }
  });
  afterAll(() => api.stop());

  describe('registration', () => {
    it('registers an account once per department and employee number; the same again is a retry', async () => {
      const id = await register();
      expect(await register()).toBe(id);
      const other = await api.call<ErrorAnswer>('POST', '/api/users', {
        as: admin,
        body: person({ name: '李四' }),
      });
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('USER_ALREADY_REGISTERED');
      const got = await api.call<User>('GET', `/api/users/${id}`, { as: admin });
      expect(got.body).toMatchObject({
        id,
        name: '张三',
        post: '科员',
        roles: [],
        status: 'active',
        mobile: MOBILE,
      });
    });

    it('keeps the mobile number out of the log and out of the lists', async () => {
      await register({ employeeNumber: 'E002', mobile: '13700000002' });
      const log = JSON.stringify(await api.allEvents());
      expect(log).toContain('UserRegistered');
      expect(log).not.toContain('13700000002');
      const list = await api.call<{ items: User[] }>('GET', '/api/users?departmentId=dept-a', { as: admin });
      expect(list.body.items.length).toBeGreaterThanOrEqual(2);
      expect(JSON.stringify(list.body)).not.toContain('13700000002');
    });

    it('refuses bad input with the field, an unknown department with 409, and anyone but an administrator', async () => {
      const bad = await api.call<ErrorAnswer>('POST', '/api/users', {
        as: admin,
        body: person({ mobile: '1391234567', departmentId: 'a b' }),
      });
      expect(bad.status).toBe(400);
      const fields = (bad.body.details as { field: string }[]).map((d) => d.field).sort();
      expect(fields).toEqual(['departmentId', 'mobile']);
      expect(JSON.stringify(bad.body)).not.toContain('1391234567');
      const unknown = await api.call<ErrorAnswer>('POST', '/api/users', {
        as: admin,
        body: person({ departmentId: 'nowhere', employeeNumber: 'E900' }),
      });
      expect([unknown.status, unknown.body.code]).toEqual([409, 'DEPARTMENT_NOT_REGISTERED']);
      const operator = await api.call<ErrorAnswer>('POST', '/api/users', {
        as: staff('dept-a', ['operator']),
        body: person(),
      });
      expect(operator.status).toBe(403);
      expect((await api.call('GET', '/api/users/nobody', { as: admin })).status).toBe(404);
    });
  });

  describe('roles', () => {
    it('grants an ordinary role at once, and admin only when a second administrator approves', async () => {
      const id = await register({ employeeNumber: 'E010' });
      const operator = await api.call<Grant>('POST', `/api/users/${id}/roles`, {
        as: admin,
        body: { role: 'operator' },
      });
      expect(operator.status).toBe(201);
      expect(operator.body).toMatchObject({ status: 'granted', user: { roles: ['operator'] } });

      const asked = await api.call<Grant>('POST', `/api/users/${id}/roles`, {
        as: admin,
        body: { role: 'admin' },
      });
      expect(asked.body.status).toBe('requested');
      expect(asked.body.user.roles).toEqual(['operator']);
      const requestId = asked.body.requestId!;
      expect(asked.body.user.pendingRoleRequests).toEqual([
        expect.objectContaining({ requestId, role: 'admin', requesterId: 'admin-1' }),
      ]);

      const again = await api.call<ErrorAnswer>('POST', `/api/users/${id}/roles`, {
        as: secondAdmin,
        body: { role: 'admin' },
      });
      expect([again.status, again.body.code]).toEqual([409, 'ROLE_REQUEST_PENDING']);

      const approve = `/api/users/${id}/role-requests/${requestId}/approve`;
      const byRequester = await api.call<ErrorAnswer>('POST', approve, { as: admin });
      expect([byRequester.status, byRequester.body.code]).toEqual([403, 'ROLE_APPROVER_IS_REQUESTER']);
      const approved = await api.call<User>('POST', approve, { as: secondAdmin });
      expect(approved.status).toBe(200);
      expect(approved.body.roles).toEqual(['operator', 'admin']);
      expect(approved.body.pendingRoleRequests).toEqual([]);

      const events = await api.streamEvents(`user-${id}`);
      const granted = events.filter((e) => e.type === 'UserRoleGranted').map((e) => e.data);
      expect(granted).toEqual([
        { userId: id, role: 'operator', grantedBy: 'admin-1' },
        { userId: id, role: 'admin', grantedBy: 'admin-1', approvedBy: 'admin-2', requestId },
      ]);
      const twice = await api.call<ErrorAnswer>('POST', approve, { as: secondAdmin });
      expect([twice.status, twice.body.code]).toEqual([404, 'ROLE_REQUEST_NOT_FOUND']);
    });

    it('refuses with 403 an official raising their own roles', async () => {
      const id = await register({ employeeNumber: 'E011' });
      const self: Caller = { sub: id, department: 'dept-a', roles: ['admin'] };
      const own = await api.call<ErrorAnswer>('POST', `/api/users/${id}/roles`, {
        as: self,
        body: { role: 'principal' },
      });
      expect([own.status, own.body.code]).toEqual([403, 'ROLE_REQUEST_FOR_SELF']);
      const asked = await api.call<Grant>('POST', `/api/users/${id}/roles`, {
        as: admin,
        body: { role: 'principal' },
      });
      const approve = `/api/users/${id}/role-requests/${asked.body.requestId}/approve`;
      const ownApproval = await api.call<ErrorAnswer>('POST', approve, { as: self });
      expect([ownApproval.status, ownApproval.body.code]).toEqual([403, 'ROLE_REQUEST_FOR_SELF']);
    });

    it('rejects a request, revokes a role, and refuses what is not so', async () => {
      const id = await register({ employeeNumber: 'E012' });
      const asked = await api.call<Grant>('POST', `/api/users/${id}/roles`, {
        as: admin,
        body: { role: 'principal' },
      });
      const reject = `/api/users/${id}/role-requests/${asked.body.requestId}/reject`;
      expect((await api.call<ErrorAnswer>('POST', reject, { as: secondAdmin, body: {} })).status).toBe(400);
      const rejected = await api.call<User>('POST', reject, { as: secondAdmin, body: { reason: '不需要' } });
      expect([rejected.status, rejected.body.pendingRoleRequests]).toEqual([200, []]);

      await api.call('POST', `/api/users/${id}/roles`, { as: admin, body: { role: 'inspector' } });
      const held = await api.call<ErrorAnswer>('POST', `/api/users/${id}/roles`, {
        as: admin,
        body: { role: 'inspector' },
      });
      expect([held.status, held.body.code]).toEqual([409, 'ROLE_ALREADY_HELD']);
      const badRole = await api.call<ErrorAnswer>('POST', `/api/users/${id}/roles`, {
        as: admin,
        body: { role: 'king' },
      });
      expect(badRole.status).toBe(400);

      const revoke = (role: string, reason = '调岗') =>
        api.call<User & ErrorAnswer>('DELETE', `/api/users/${id}/roles/${role}`, {
          as: admin,
          body: { reason },
        });
      const revoked = await revoke('inspector');
      expect([revoked.status, revoked.body.roles]).toEqual([200, []]);
      const notHeld = await revoke('inspector');
      expect([notHeld.status, notHeld.body.code]).toEqual([409, 'ROLE_NOT_HELD']);
      const unknownRole = await revoke('king');
      expect(unknownRole.status).toBe(400);
      expect(unknownRole.body.details).toEqual([expect.objectContaining({ field: 'role' })]);
    });
  });

  describe('disabling', () => {
    it('disables and enables; refuses doing either twice, one disabling themselves, an unknown user', async () => {
      const id = await register({ employeeNumber: 'E020' });
      const disable = (as: Caller, user = id) =>
        api.call<User & ErrorAnswer>('POST', `/api/users/${user}/disable`, { as, body: { reason: '调离' } });
      expect((await disable(admin)).body.status).toBe('disabled');
      expect((await disable(admin)).body.code).toBe('USER_ALREADY_DISABLED');
      const granting = await api.call<ErrorAnswer>('POST', `/api/users/${id}/roles`, {
        as: admin,
        body: { role: 'operator' },
      });
      expect([granting.status, granting.body.code]).toEqual([409, 'USER_DISABLED']);
      const enabled = await api.call<User>('POST', `/api/users/${id}/enable`, { as: admin });
      expect(enabled.body.status).toBe('active');
      const twice = await api.call<ErrorAnswer>('POST', `/api/users/${id}/enable`, { as: admin });
      expect([twice.status, twice.body.code]).toEqual([409, 'USER_NOT_DISABLED']);
      const self = await disable({ sub: id, department: 'dept-a', roles: ['admin'] });
      expect([self.status, self.body.code]).toEqual([403, 'USER_DISABLES_SELF']);
      expect((await disable(admin, 'nobody')).status).toBe(404);
    });

    it("erases a disabled account's mobile number: the key is destroyed, the name stays", async () => {
      const id = await register({ employeeNumber: 'E021', mobile: '13700000021' });
      const erase = () =>
        api.call<User & ErrorAnswer>('POST', `/api/users/${id}/erase`, {
          as: admin,
          body: { reason: '离职满期' },
        });
      expect((await erase()).body.code).toBe('USER_NOT_DISABLED');
      await api.call('POST', `/api/users/${id}/disable`, { as: admin, body: { reason: '离职' } });
      expect((await erase()).body.erased).toBe(true);
      const got = await api.call<User>('GET', `/api/users/${id}`, { as: admin });
      expect(got.body).toMatchObject({ name: '张三', mobile: null, erased: true });
    });
  });

  describe('inspector link', () => {
    const inspector = async (departmentId: string, sequence: number): Promise<string> => {
      const answer = await api.call<{ id: string }>('POST', '/api/inspectors', {
        as: admin,
        body: {
          departmentId,
          name: '王五',
          idCardNumber: idCard(sequence),
          category: 'certified',
          regionCode: '320102',
        },
      });
      expect(answer.status).toBe(201);
      return answer.body.id;
    };

    it('links an inspector of the same department to one user only', async () => {
      const id = await register({ employeeNumber: 'E030' });
      const other = await register({ employeeNumber: 'E031' });
      const own = await inspector('dept-a', 30);
      const foreign = await inspector('dept-b', 31);
      const link = (user: string, inspectorId: unknown) =>
        api.call<User & ErrorAnswer>('POST', `/api/users/${user}/inspector-link`, {
          as: admin,
          body: { inspectorId },
        });
      expect((await link(id, own)).body.inspectorId).toBe(own);
      expect((await link(id, own)).status).toBe(200);
      const taken = await link(other, own);
      expect([taken.status, taken.body.code]).toEqual([409, 'INSPECTOR_ALREADY_LINKED']);
      const elsewhere = await link(other, foreign);
      expect([elsewhere.status, elsewhere.body.code]).toEqual([409, 'INSPECTOR_OF_OTHER_DEPARTMENT']);
      expect((await link(other, 'no-such-inspector')).status).toBe(404);
      expect((await link(other, '')).status).toBe(400);
    });
  });

  describe('names', () => {
    it('answers any signed-in official with names for ids, and nothing more', async () => {
      const id = await register({ employeeNumber: 'E040', name: '赵六' });
      const answer = await api.call<{ items: unknown[] }>('GET', `/api/users/names?ids=${id},unknown-id`, {
        as: staff('dept-b', ['auditor']),
      });
      expect(answer.status).toBe(200);
      expect(answer.body.items).toEqual([{ id, name: '赵六', departmentId: 'dept-a' }]);
      const many = Array.from({ length: 201 }, (_, n) => `u${n}`).join(',');
      const tooMany = await api.call<ErrorAnswer>('GET', `/api/users/names?ids=${many}`, { as: admin });
      expect(tooMany.status).toBe(400);
      expect((await api.call('GET', `/api/users/names?ids=${id}`)).status).toBe(401);
    });
  });
});
