import { mintAccessToken } from '@app/runtime';
import { ApiHarness, TEST_SECRET } from './support/api-harness';

/**
 * A token minted with the deployment's secret (cli token, the start-up token), not given by a
 * sign-in, says so in every event it causes: metadata.via = 'service-token' (issue 19).
 */
describe('service tokens are named in the events they cause', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  const createDepartment = (id: string, token: string) =>
    api.call('POST', '/api/departments', {
      headers: { authorization: `Bearer ${token}` },
      body: { id, name: `部门${id}`, regionCode: '320102' },
    });
  const claims = { sub: 'robot', name: '自动化', department: 'system', roles: ['admin'] };

  it('marks the events of a service token, and only those', async () => {
    const service = mintAccessToken(TEST_SECRET, { ...claims, via: 'service-token' }, '1h');
    const person = mintAccessToken(TEST_SECRET, claims, '1h');
    expect((await createDepartment('svc', service)).status).toBe(201);
    expect((await createDepartment('own', person)).status).toBe(201);
    const [byService] = await api.streamEvents('department-svc');
    const [byPerson] = await api.streamEvents('department-own');
    expect(byService.metadata).toMatchObject({ actorId: 'robot', via: 'service-token' });
    expect(byPerson.metadata.via).toBeUndefined();
  });

  it('refuses a token claiming another origin (401), and appends nothing', async () => {
    const odd = mintAccessToken(
      TEST_SECRET,
      { ...claims, via: 'sign-in' } as unknown as Parameters<typeof mintAccessToken>[1],
      '1h',
    );
    const answer = await createDepartment('odd', odd);
    expect(answer).toMatchObject({ status: 401, body: { code: 'TOKEN_INVALID' } });
    expect(await api.streamEvents('department-odd')).toEqual([]);
  });
});
