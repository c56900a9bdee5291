import { createHmac } from 'node:crypto';
import { ApiHarness, TEST_SECRET, admin } from './support/api-harness';
import { GOOD_PASSWORD, resetPassword, signIn, signedInOfficial, withToken } from './support/accounts';

/** Sessions: revocation on the very next request, rotating refresh tokens, the console's cookies. */
describe('sessions over HTTP', () => {
  const api = new ApiHarness();
  let n = 0;
  const official = (roles: string[] = ['operator']) =>
    signedInOfficial(api, { departmentId: 'ss-a', employeeNumber: `S${(n += 1)}` }, roles);

  beforeAll(() => api.start());
  afterAll(() => api.stop());

  describe('revocation takes effect on the next request', () => {
    it('a revoked role stops the route that needs it, at once', async () => {
      const session = await official(['operator', 'auditor']);
      expect((await withToken(api, 'GET', '/api/projections', session.accessToken)).status).not.toBe(403);
      const revoked = await api.call('DELETE', `/api/users/${session.user.id}/roles/auditor`, {
        as: admin,
        body: { reason: '岗位调整' },
      });
      expect(revoked.status).toBe(200);
      const after = await withToken(api, 'GET', '/api/projections', session.accessToken);
      expect(after.status).toBe(403);
      expect(after.body).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
      expect((await withToken(api, 'GET', '/api/auth/me', session.accessToken)).body).toMatchObject({
        roles: ['operator'],
      });
    });

    it('disabling the account ends its sessions: the next request is 401 and the refresh fails', async () => {
      const session = await official();
      await api.call('POST', `/api/users/${session.user.id}/disable`, {
        as: admin,
        body: { reason: '离职' },
      });
      const after = await withToken(api, 'GET', '/api/auth/me', session.accessToken);
      expect(after.status).toBe(401);
      expect(after.body).toMatchObject({ code: 'SESSION_ENDED' });
      const refreshed = await api.call('POST', '/api/auth/refresh', {
        body: { refreshToken: session.refreshToken },
      });
      expect(refreshed.status).toBe(401);
      const ended = (await api.streamEvents(`user-${session.user.id}`)).find(
        (e) => e.type === 'UserSessionEnded',
      );
      expect(ended?.data).toMatchObject({
        sessionId: session.sessionId,
        endedBy: 'admin-1',
        reason: 'user-disabled',
      });
    });

    it('a password reset ends the sessions', async () => {
      const session = await official();
      await resetPassword(api, session.user.id);
      expect((await withToken(api, 'GET', '/api/auth/me', session.accessToken)).status).toBe(401);
    });
  });

  describe('refresh tokens rotate', () => {
    it('exchanges a refresh token once for a new pair; a reuse ends the whole session', async () => {
      const session = await official();
      const first = await api.call<{ accessToken: string; refreshToken: string }>(
        'POST',
        '/api/auth/refresh',
        {
          body: { refreshToken: session.refreshToken },
        },
      );
      expect(first.status).toBe(200);
      expect(first.body.refreshToken).not.toBe(session.refreshToken);
      expect((await withToken(api, 'GET', '/api/auth/me', first.body.accessToken)).status).toBe(200);

      const reused = await api.call('POST', '/api/auth/refresh', {
        body: { refreshToken: session.refreshToken },
      });
      expect(reused.status).toBe(401);
      expect(reused.body).toMatchObject({ code: 'REFRESH_REUSED' });
      // The thief's and the owner's tokens alike: the session is over.
      expect((await withToken(api, 'GET', '/api/auth/me', first.body.accessToken)).status).toBe(401);
      const later = await api.call('POST', '/api/auth/refresh', {
        body: { refreshToken: first.body.refreshToken },
      });
      expect(later.status).toBe(401);
      const ended = (await api.streamEvents(`user-${session.user.id}`)).filter(
        (e) => e.type === 'UserSessionEnded',
      );
      expect(ended.map((e) => e.data.reason)).toEqual(['refresh-reused']);
    });

    it('of two concurrent exchanges of one token, one is fresh and the session then ends', async () => {
      const session = await official();
      const answers = await Promise.all(
        [1, 2].map(() =>
          api.call('POST', '/api/auth/refresh', { body: { refreshToken: session.refreshToken } }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 401]);
    });

    it('refuses an unknown or malformed refresh token', async () => {
      for (const refreshToken of ['x'.repeat(43), 'not a token', '']) {
        const answer = await api.call('POST', '/api/auth/refresh', { body: { refreshToken } });
        expect([400, 401]).toContain(answer.status);
      }
    });
  });

  describe("the console's cookies", () => {
    it('are HttpOnly and SameSite=Strict, sign requests, and a change needs the console header', async () => {
      const session = await official();
      const cookie = await signIn(api, {
        department: 'ss-a',
        employeeNumber: `S${n}`,
        password: GOOD_PASSWORD,
        delivery: 'cookie',
      });
      expect(cookie.status).toBe(200);
      expect(cookie.body.accessToken).toBeUndefined();
      const set = cookie.headers.getSetCookie();
      expect(set).toHaveLength(2);
      for (const line of set) expect(line).toMatch(/HttpOnly/i);
      for (const line of set) expect(line).toMatch(/SameSite=Strict/i);
      expect(set.find((l) => l.startsWith('ssj_refresh='))).toMatch(/Path=\/api\/auth/);
      const jar = set.map((line) => line.split(';')[0]).join('; ');

      const me = await api.call('GET', '/api/auth/me', { headers: { cookie: jar } });
      expect(me.status).toBe(200);
      const bare = await api.call('POST', '/api/auth/sign-out', { headers: { cookie: jar } });
      expect(bare.status).toBe(403);
      expect(bare.body).toMatchObject({ code: 'CONSOLE_HEADER_MISSING' });

      const refreshed = await api.call('POST', '/api/auth/refresh', { headers: { cookie: jar }, body: {} });
      expect(refreshed.status).toBe(200);
      expect(refreshed.headers.getSetCookie()).toHaveLength(2);
      const jar2 = refreshed.headers
        .getSetCookie()
        .map((line) => line.split(';')[0])
        .join('; ');
      const out = await api.call('POST', '/api/auth/sign-out', {
        headers: { cookie: jar2, 'x-requested-with': 'shuangsuiji-console' },
      });
      expect(out.status).toBe(204);
      expect((await api.call('GET', '/api/auth/me', { headers: { cookie: jar2 } })).status).toBe(401);
      // The bearer session of the same official is another session: still open.
      expect((await withToken(api, 'GET', '/api/auth/me', session.accessToken)).status).toBe(200);
    });
  });

  describe("an official's own sessions", () => {
    it('lists them with the current one marked, and ends one; another official cannot end it', async () => {
      const session = await official();
      const second = await signIn(api, {
        department: 'ss-a',
        employeeNumber: `S${n}`,
        password: GOOD_PASSWORD,
      });
      const list = await withToken<{ items: { id: string; current: boolean; endedAt: string | null }[] }>(
        api,
        'GET',
        '/api/auth/sessions',
        session.accessToken,
      );
      expect(list.body.items.map((s) => [s.id, s.current])).toEqual([
        [second.body.sessionId, false],
        [session.sessionId, true],
      ]);
      const other = await official();
      const foreign = await withToken(
        api,
        'DELETE',
        `/api/auth/sessions/${second.body.sessionId}`,
        other.accessToken,
      );
      expect(foreign.status).toBe(404);
      const ended = await withToken(
        api,
        'DELETE',
        `/api/auth/sessions/${second.body.sessionId}`,
        session.accessToken,
      );
      expect(ended.status).toBe(204);
      expect((await withToken(api, 'GET', '/api/auth/me', second.body.accessToken!)).status).toBe(401);
      expect(
        (await withToken(api, 'DELETE', '/api/auth/sessions/not-a-uuid', session.accessToken)).status,
      ).toBe(400);
    });

    it('a service token has no sessions', async () => {
      expect((await api.call('GET', '/api/auth/sessions', { as: admin })).status).toBe(403);
      expect((await api.call('POST', '/api/auth/sign-out', { as: admin })).status).toBe(403);
    });
  });

  describe('session tokens that are not what they say', () => {
    const sign = (header: object, claims: object, secret = TEST_SECRET) => {
      const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const body = `${part(header)}.${part(claims)}`;
      return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
    };
    const now = () => Math.floor(Date.now() / 1000);

    it('refuses alg none, another key, a past expiry, a missing sid, a lifetime past the access limit', async () => {
      const session = await official();
      const claims = {
        sub: session.user.id,
        sid: session.sessionId,
        typ: 'session',
        iat: now(),
        exp: now() + 300,
      };
      const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
      const tokens = [
        none,
        sign({ alg: 'HS256', typ: 'JWT' }, claims, 'another-secret-another-secret-0123456789'),
        sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now() - 600, exp: now() - 300 }),
        sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, sid: undefined }),
        sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: now() + 24 * 3600 }),
        sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, sid: '00000000-0000-4000-8000-000000000000' }),
      ];
      for (const token of tokens) {
        expect((await withToken(api, 'GET', '/api/auth/me', token)).status).toBe(401);
      }
      expect(
        (await withToken(api, 'GET', '/api/auth/me', sign({ alg: 'HS256', typ: 'JWT' }, claims))).status,
      ).toBe(200);
    });
  });
});
