import { idCardCheckCharacter } from '@app/domain';
import { ApiHarness, type Caller, type ErrorAnswer, admin } from './support/api-harness';

interface User {
  id: string;
  roles: string[];
  status: string;
  inspectorId: string | null;
}

const secondAdmin: Caller = { sub: 'admin-2', department: 'system', roles: ['admin'] };

function idCard(sequence: number): string {
  const first17 = `32010219800101${String(sequence).padStart(3, '0')}`;
  return first17 + idCardCheckCharacter(first17);
}

/** ADR 25's safeguards: one active administrator always stays; one user per inspector, atomically. */
describe('accounts: the last administrator and the inspector link', () => {
  const api = new ApiHarness();
  let employee = 0;

  const register = async (departmentId = 'dept-a'): Promise<string> => {
    employee += 1;
    const answer = await api.call<{ id: string }>('POST', '/api/users', {
      as: admin,
      body: {
        departmentId,
        name: '张三',
        post: '科员',
        employeeNumber: `S${employee}`,
        mobile: '13912345678',
      },
    });
    expect(answer.status).toBe(201);
    return answer.body.id;
  };
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
  const makeAdmin = async (userId: string): Promise<void> => {
    const asked = await api.call<{ requestId: string }>('POST', `/api/users/${userId}/roles`, {
      as: admin,
      body: { role: 'admin' },
    });
    const approve = `/api/users/${userId}/role-requests/${asked.body.requestId}/approve`;
    expect((await api.call('POST', approve, { as: secondAdmin })).status).toBe(200);
  };
  const revokeAdmin = (userId: string) =>
    api.call<User & ErrorAnswer>('DELETE', `/api/users/${userId}/roles/admin`, {
      as: admin,
      body: { reason: '调岗' },
    });
  const disable = (userId: string) =>
    api.call<User & ErrorAnswer>('POST', `/api/users/${userId}/disable`, {
      as: admin,
      body: { reason: '调离' },
    });
  const link = (userId: string, inspectorId: string) =>
    api.call<User & ErrorAnswer>('POST', `/api/users/${userId}/inspector-link`, {
      as: admin,
      body: { inspectorId },
    });
  const claimOf = async (inspectorId: string) =>
    (await api.stores.records.get('inspectorLinks', inspectorId, Date.now()))?.value;

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

  it('refuses revoking admin from, or disabling, the last active administrator: 409 LAST_ADMINISTRATOR', async () => {
    const first = await register();
    await makeAdmin(first);
    for (const answer of [await revokeAdmin(first), await disable(first)]) {
      expect([answer.status, answer.body.code]).toEqual([409, 'LAST_ADMINISTRATOR']);
    }
    const second = await register();
    await makeAdmin(second);
    expect((await disable(first)).body.status).toBe('disabled');
    expect((await revokeAdmin(second)).body.code).toBe('LAST_ADMINISTRATOR');
    expect((await disable(second)).body.code).toBe('LAST_ADMINISTRATOR');
    expect((await api.call('POST', `/api/users/${first}/enable`, { as: admin })).status).toBe(200);
    expect((await revokeAdmin(second)).body.roles).toEqual([]);
  });

  it('links one inspector to one of two users asked at once: the other is 409 INSPECTOR_ALREADY_LINKED', async () => {
    for (let round = 0; round < 5; round += 1) {
      const users = [await register(), await register()];
      const person = await inspector('dept-a', 100 + round);
      const answers = await Promise.all(users.map((user) => link(user, person)));
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([200, 409]);
      const refused = answers.find((a) => a.status === 409)!;
      expect(refused.body.code).toBe('INSPECTOR_ALREADY_LINKED');
      const winner = users[answers.findIndex((a) => a.status === 200)];
      expect(await claimOf(person)).toBe(winner);
      const linked = await api.call<{ items: User[] }>('GET', '/api/users?status=active&limit=1000', {
        as: admin,
      });
      expect(linked.body.items.filter((u) => u.inspectorId === person).map((u) => u.id)).toEqual([winner]);
    }
  });

  it('releases the former inspector when a user is relinked, and the claim a failed link took', async () => {
    const [user, other] = [await register(), await register()];
    const [first, second] = [await inspector('dept-a', 200), await inspector('dept-a', 201)];
    expect((await link(user, first)).status).toBe(200);
    expect((await link(other, first)).body.code).toBe('INSPECTOR_ALREADY_LINKED');
    expect((await link(user, second)).body.inspectorId).toBe(second);
    expect(await claimOf(first)).toBeUndefined();
    expect((await link(other, first)).body.inspectorId).toBe(first);

    const foreign = await inspector('dept-b', 202);
    expect((await link(user, foreign)).body.code).toBe('INSPECTOR_OF_OTHER_DEPARTMENT');
    expect(await claimOf(foreign)).toBeUndefined();
    const ofDeptB = await register('dept-b');
    expect((await link(ofDeptB, foreign)).body.inspectorId).toBe(foreign);
    expect((await link(user, 'no-such-inspector')).status).toBe(404);
    expect(await claimOf('no-such-inspector')).toBeUndefined();
  });
});
