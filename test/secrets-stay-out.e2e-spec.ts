import type { LoggerService } from '@nestjs/common';
import { mintAccessToken } from '@app/runtime';
import { ApiHarness, admin } from './support/api-harness';
import { GOOD_PASSWORD, registerOfficial, resetPassword, signIn, signedInOfficial } from './support/accounts';

/**
 * Issue 19: nothing in the logs or in error bodies carries a password, a token or a mobile
 * number. The api logs through a logger that keeps every line (Nest's loggers, the security log
 * and the error filter all write there), console output is kept too, and every refusal's body is
 * kept; none may hold any of the secrets the requests carried.
 */
class KeptLines implements LoggerService {
  readonly lines: string[] = [];
  private keep = (...parts: unknown[]) => {
    this.lines.push(parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '));
  };
  log = this.keep;
  error = this.keep;
  warn = this.keep;
  debug = this.keep;
  verbose = this.keep;
  fatal = this.keep;
}

describe('secrets stay out of logs and error bodies', () => {
  const logs = new KeptLines();
  const api = new ApiHarness({ logger: logs });
  const consoleLines: string[] = [];
  const errorBodies: string[] = [];
  /** Every password, token and mobile number sent or handed out in this test. */
  const secrets = new Set<string>();
  const MOBILE = '13912345678';
  const OTHER_MOBILE = '15800001111';
  const BAD_MOBILE = '1580000111X';
  const spies: jest.SpyInstance[] = [];

  /** Any call: an error answer's body is kept. */
  const keep = <T extends { status: number; body: unknown }>(answer: T): T => {
    if (answer.status >= 400) errorBodies.push(JSON.stringify(answer.body));
    return answer;
  };
  const bearer = (method: string, path: string, token: string, body?: unknown) =>
    api.call(method, path, { headers: { authorization: `Bearer ${token}` }, body }).then(keep);

  beforeAll(async () => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      spies.push(
        jest.spyOn(console, method).mockImplementation((...parts: unknown[]) => {
          consoleLines.push(parts.map(String).join(' '));
        }),
      );
    }
    await api.start();
  });
  afterAll(async () => {
    await api.stop();
    for (const spy of spies) spy.mockRestore();
  });

  it('keeps them out of every refusal of sign-in, refresh, password and bearer tokens', async () => {
    const official = await signedInOfficial(api, { departmentId: 'leak-a', employeeNumber: 'E1' });
    secrets.add(GOOD_PASSWORD).add(official.accessToken).add(official.refreshToken).add(MOBILE);
    const login = { department: 'leak-a', employeeNumber: 'E1' };

    const wrong = 'Wrong-Guess-4417!';
    const unknownPassword = 'Nobody-Knows-8830!';
    const tooLong = `Too-Long-1${'z'.repeat(130)}`;
    secrets.add(wrong).add(unknownPassword).add(tooLong);
    expect(keep(await signIn(api, { ...login, password: wrong })).status).toBe(401);
    expect(
      keep(await signIn(api, { department: 'leak-a', employeeNumber: 'NOBODY', password: unknownPassword }))
        .status,
    ).toBe(401);
    expect(keep(await signIn(api, { ...login, password: tooLong })).status).toBe(400);

    // A weak new password at the forced change, and at a change of one's own.
    const otherId = await registerOfficial(api, { departmentId: 'leak-a', employeeNumber: 'E2' });
    const temporary = await resetPassword(api, otherId);
    const weak = 'weakweakweakweak';
    secrets.add(temporary).add(weak);
    const forced = { department: 'leak-a', employeeNumber: 'E2', password: temporary };
    expect(keep(await signIn(api, { ...forced, newPassword: weak })).status).toBe(400);
    expect(keep(await signIn(api, { ...forced, newPassword: temporary })).status).toBe(400);
    const changeWrong = 'Not-My-Current-5512!';
    secrets.add(changeWrong);
    expect(
      (
        await bearer('PUT', '/api/auth/password', official.accessToken, {
          currentPassword: changeWrong,
          newPassword: 'Fine-New-Pass-5512!',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await bearer('PUT', '/api/auth/password', official.accessToken, {
          currentPassword: GOOD_PASSWORD,
          newPassword: weak,
        })
      ).status,
    ).toBe(400);

    // Refresh: a made-up token, then a rotated one used again (which ends the session).
    const madeUp = 'rt_ZmFrZS1yZWZyZXNoLXRva2VuLXRoYXQtbG9va3MtcmVhbA';
    secrets.add(madeUp);
    const refresh = (refreshToken: string) =>
      api.call<{ refreshToken: string; accessToken: string }>('POST', '/api/auth/refresh', {
        body: { refreshToken },
      });
    expect(keep(await refresh(madeUp)).status).toBe(401);
    const rotated = await refresh(official.refreshToken);
    expect(rotated.status).toBe(200);
    secrets.add(rotated.body.refreshToken).add(rotated.body.accessToken);
    expect(keep(await refresh(official.refreshToken)).status).toBe(401);
    const cookie = await api.call('POST', '/api/auth/refresh', {
      headers: { cookie: `ssj_refresh=${madeUp}`, 'x-requested-with': 'test' },
    });
    expect(keep(cookie).status).toBe(401);

    // Bearer tokens: the ended session's, one signed with another key, a tampered one, garbage.
    const otherKey = mintAccessToken('another-secret-another-secret-0123456789', {
      sub: 'admin-1',
      name: 'admin',
      department: 'system',
      roles: ['admin'],
    });
    const tampered = `${official.accessToken.slice(0, -4)}AAAA`;
    const garbage = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2VjcmV0LWxvb2tpbmc';
    secrets.add(otherKey).add(tampered).add(garbage);
    for (const token of [official.accessToken, rotated.body.accessToken, otherKey, tampered, garbage]) {
      expect((await bearer('GET', '/api/auth/me', token)).status).toBe(401);
    }
    const viaCookie = await api.call('GET', '/api/auth/me', {
      headers: { cookie: `ssj_access=${tampered}` },
    });
    expect(keep(viaCookie).status).toBe(401);
  });

  it('keeps mobile numbers out of the refusals of registration', async () => {
    secrets.add(OTHER_MOBILE).add(BAD_MOBILE);
    const person = { departmentId: 'leak-a', name: '赵敏', post: '科员', employeeNumber: 'E9' };
    const refused = await api.call('POST', '/api/users', {
      as: admin,
      body: { ...person, mobile: BAD_MOBILE },
    });
    expect(keep(refused).status).toBe(400);
    expect(refused.body).toMatchObject({ details: [{ field: 'mobile' }] });
    // A valid mobile beside another field's error, and beside a taken employee number.
    const otherField = await api.call('POST', '/api/users', {
      as: admin,
      body: { ...person, mobile: OTHER_MOBILE, post: '' },
    });
    expect(keep(otherField).status).toBe(400);
    const taken = await api.call('POST', '/api/users', {
      as: admin,
      body: { ...person, employeeNumber: 'E1', mobile: OTHER_MOBILE },
    });
    expect(keep(taken).status).toBeGreaterThanOrEqual(400);
  });

  it('has logged and answered none of them, and the log of events holds none in the clear', async () => {
    const events = JSON.stringify(await api.allEvents());
    // A token's signature alone is enough to be a leak.
    const needles = [...secrets].flatMap((secret) =>
      secret.split('.').length === 3 ? [secret, secret.split('.')[2]] : [secret],
    );
    expect(logs.lines.length).toBeGreaterThan(0);
    for (const needle of needles) {
      expect({ needle, in: logs.lines.filter((line) => line.includes(needle)) }).toEqual({ needle, in: [] });
      expect({ needle, in: consoleLines.filter((line) => line.includes(needle)) }).toEqual({
        needle,
        in: [],
      });
      expect({ needle, in: errorBodies.filter((body) => body.includes(needle)) }).toEqual({ needle, in: [] });
      expect({ needle, inEvents: events.includes(needle) }).toEqual({ needle, inEvents: false });
    }
  });
});
