import { FirstAdministrator } from '../apps/api/src/sign-in/setup/first-administrator';
import { ApiHarness } from './support/api-harness';
import { GOOD_PASSWORD } from './support/accounts';

/** A fresh deployment: no ready administrator token, a one-time setup link for the first administrator. */
describe('first start: the setup link', () => {
  const api = new ApiHarness();
  const link = () => api.app.get(FirstAdministrator).link;
  const first = (code: string, extra: Record<string, unknown> = {}) => ({
    code,
    departmentId: 'xw-scjg',
    departmentName: '玄武区市场监督管理局',
    regionCode: '320102',
    name: '周敏',
    post: '信息科科长',
    employeeNumber: 'A001',
    mobile: '13812345678',
    password: GOOD_PASSWORD,
    ...extra,
  });

  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('refuses a code that is not the current link, and a weak password', async () => {
    expect((await api.call('GET', '/api/auth/setup')).body).toEqual({ done: false });
    const stale = (await link().issue(Date.now()))!;
    const current = (await link().issue(Date.now()))!;
    const wrong = await api.call('POST', '/api/auth/setup', { body: first(stale) });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({ code: 'SETUP_LINK_INVALID' });
    const weak = await api.call('POST', '/api/auth/setup', { body: first(current, { password: 'short' }) });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ details: [{ field: 'password', rule: 'passwordPolicy' }] });
  });

  it('makes the first administrator once, signed in, with admin granted by the link; then no link is issued', async () => {
    const code = (await link().issue(Date.now()))!;
    const answers = await Promise.all(
      [1, 2].map(() => api.call('POST', '/api/auth/setup', { body: first(code) })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const made = answers.find((a) => a.status === 200)!;
    const jar = made.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const me = await api.call<{ id: string; roles: string[]; name: string }>('GET', '/api/auth/me', {
      headers: { cookie: jar },
    });
    expect(me.body).toMatchObject({ name: '周敏', roles: ['admin'], departmentId: 'xw-scjg' });

    const events = await api.streamEvents(`user-${me.body.id}`);
    expect(events.map((e) => e.type)).toEqual([
      'UserRegistered',
      'UserRoleGranted',
      'UserPasswordSet',
      'UserSignedIn',
    ]);
    expect(events[1].data).toEqual({ userId: me.body.id, role: 'admin', grantedBy: 'setup-link' });
    expect(events[0].metadata.actorId).toBe('setup-link');
    expect(events[3].metadata.actorId).toBe(me.body.id);

    expect(await link().issue(Date.now())).toBeUndefined();
    expect((await api.call('GET', '/api/auth/setup')).body).toEqual({ done: true });
    const again = await api.call('POST', '/api/auth/setup', {
      body: first(code, { employeeNumber: 'A002' }),
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'SETUP_DONE' });

    // The administrator signs in with the password they chose, no change forced.
    const signIn = await api.call('POST', '/api/auth/sign-in', {
      body: { department: 'xw-scjg', employeeNumber: 'A001', password: GOOD_PASSWORD },
    });
    expect(signIn.status).toBe(200);
  });

  it('still prints no link after a restart', async () => {
    await api.restart();
    expect(await link().issue(Date.now())).toBeUndefined();
  });
});
