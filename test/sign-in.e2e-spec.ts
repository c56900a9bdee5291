import { ApiHarness, admin } from './support/api-harness';
import {
  GOOD_PASSWORD,
  registerOfficial,
  resetPassword,
  signIn,
  signedInOfficial,
  withToken,
} from './support/accounts';

/** Password sign-in, the forced change, growing delays and the lock (docs/security.md, "Sign-in"). */
describe('password sign-in over HTTP', () => {
  const api = new ApiHarness();
  /** Moves the api's clock (which runs on at the real pace) forward. */
  const advance = async (ms: number) => {
    const clock = await api.call<{ now: string }>('GET', '/api/admin/clock', { as: admin });
    const now = new Date(Date.parse(clock.body.now) + ms).toISOString();
    const answer = await api.call('PUT', '/api/admin/clock', { as: admin, body: { now } });
    expect(answer.status).toBe(200);
  };

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    await advance(0);
  });
  afterAll(() => api.stop());

  it('forces a password of their own at the first sign-in, by the policy, then opens a session', async () => {
    const userId = await registerOfficial(api, {
      departmentId: 'si-a',
      employeeNumber: 'E100',
      name: '李娜',
    });
    const temporary = await resetPassword(api, userId);
    const login = { department: 'si-a', employeeNumber: 'E100', password: temporary };

    const first = await signIn(api, login);
    expect(first.status).toBe(403);
    expect(first.body).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });

    const weak = await signIn(api, { ...login, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ details: [{ field: 'newPassword', rule: 'passwordPolicy' }] });
    const same = await signIn(api, { ...login, newPassword: temporary });
    expect(same.status).toBe(400);

    const done = await signIn(api, { ...login, newPassword: GOOD_PASSWORD });
    expect(done.status).toBe(200);
    expect(done.body.user).toEqual({ id: userId, name: '李娜', departmentId: 'si-a', roles: [] });
    const me = await withToken(api, 'GET', '/api/auth/me', done.body.accessToken!);
    expect(me.body).toMatchObject({ id: userId, name: '李娜', sessionId: done.body.sessionId, via: null });

    const types = (await api.streamEvents(`user-${userId}`)).map((e) => e.type);
    expect(types.slice(-3)).toEqual(['UserPasswordReset', 'UserPasswordSet', 'UserSignedIn']);
    // The temporary password is gone; the new one signs in without a change.
    expect((await signIn(api, login)).status).toBe(401);
    expect((await signIn(api, { ...login, password: GOOD_PASSWORD })).status).toBe(200);
  });

  it('answers a wrong password and an unknown official alike, and records the failure of the known one', async () => {
    const { user } = await signedInOfficial(api, { departmentId: 'si-b', employeeNumber: 'E200' });
    const wrong = await signIn(api, {
      department: 'si-b',
      employeeNumber: 'E200',
      password: 'Wrong-password-1',
    });
    const unknown = await signIn(api, {
      department: 'si-b',
      employeeNumber: 'E999',
      password: 'Wrong-password-1',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(JSON.stringify(wrong.body)).not.toContain('Wrong-password-1');
    const failed = (await api.streamEvents(`user-${user.id}`)).filter((e) => e.type === 'UserSignInFailed');
    expect(failed.map((e) => e.data)).toEqual([
      { userId: user.id, method: 'password', reason: 'wrong-password', failures: 1 },
    ]);
  });

  it('delays after repeated failures and locks after five, for a known and an unknown name alike', async () => {
    const { user } = await signedInOfficial(api, { departmentId: 'si-c', employeeNumber: 'E300' });
    for (const employeeNumber of ['E300', 'E301-unknown']) {
      const attempt = (password = 'Wrong-password-1') =>
        signIn(api, { department: 'si-c', employeeNumber, password });
      expect((await attempt()).status).toBe(401);
      expect((await attempt()).status).toBe(401);
      const soon = await attempt();
      expect(soon.status).toBe(429);
      expect(soon.body).toMatchObject({ code: 'SIGN_IN_TOO_SOON' });
      expect(Number(soon.headers.get('retry-after'))).toBeLessThanOrEqual(2);
      for (const wait of [2000, 4000, 8000]) {
        await advance(wait);
        expect((await attempt()).status).toBe(401);
      }
      const locked = await attempt(GOOD_PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.body).toMatchObject({ code: 'SIGN_IN_LOCKED' });
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    }
    const events = await api.streamEvents(`user-${user.id}`);
    expect(events.filter((e) => e.type === 'UserSignInFailed')).toHaveLength(5);
    expect(events.find((e) => e.type === 'UserLocked')?.data).toMatchObject({ userId: user.id, failures: 5 });

    // An administrator's reset ends the lock at once.
    const temporary = await resetPassword(api, user.id);
    const again = await signIn(api, {
      department: 'si-c',
      employeeNumber: 'E300',
      password: temporary,
      newPassword: 'Another-good-pw-9',
    });
    expect(again.status).toBe(200);
    await advance(15 * 60_000);
  });

  it('answers a disabled account with the right password 403, and records it', async () => {
    const { user } = await signedInOfficial(api, { departmentId: 'si-d', employeeNumber: 'E400' });
    await api.call('POST', `/api/users/${user.id}/disable`, { as: admin, body: { reason: '调离本单位' } });
    const answer = await signIn(api, { department: 'si-d', employeeNumber: 'E400', password: GOOD_PASSWORD });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'USER_DISABLED' });
    const failed = (await api.streamEvents(`user-${user.id}`)).filter((e) => e.type === 'UserSignInFailed');
    expect(failed.at(-1)?.data).toMatchObject({ reason: 'disabled' });
  });

  it('refuses bad input with the field, never echoing a password', async () => {
    const long = 'P'.repeat(129);
    const answer = await signIn(api, { department: 'si-a', employeeNumber: 'E100', password: long });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).not.toContain(long);
    expect(answer.body).toMatchObject({ details: [{ field: 'password' }] });
    const missing = await signIn(api, { department: '../x', password: 'x' });
    expect(missing.status).toBe(400);
  });

  it('lets an official change their own password with the current one, not without', async () => {
    const session = await signedInOfficial(api, { departmentId: 'si-e', employeeNumber: 'E500' });
    const wrong = await withToken(api, 'PUT', '/api/auth/password', session.accessToken, {
      currentPassword: 'Not-the-password-1',
      newPassword: 'Brand-new-pass-22',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({ code: 'PASSWORD_WRONG' });
    const changed = await withToken(api, 'PUT', '/api/auth/password', session.accessToken, {
      currentPassword: GOOD_PASSWORD,
      newPassword: 'Brand-new-pass-22',
    });
    expect(changed.status).toBe(204);
    const answer = await signIn(api, {
      department: 'si-e',
      employeeNumber: 'E500',
      password: 'Brand-new-pass-22',
    });
    expect(answer.status).toBe(200);
    // A service token has no password of its own to change here.
    const service = await api.call('PUT', '/api/auth/password', {
      as: admin,
      body: { currentPassword: 'x', newPassword: 'Brand-new-pass-23' },
    });
    expect(service.status).toBe(403);
  });
});
