import { ApiHarness, admin } from './support/api-harness';
import { registerOfficial, signIn as signInWithPassword } from './support/accounts';
import { BrowserDriver } from './support/browser-driver';
import {
  type CraftedPlatform,
  type Platform,
  type RelyingParty,
  startCraftedPlatform,
  startOidcProvider,
} from './support/oidc-platforms';

/**
 * Sign-in through the unified identity platform (OpenID Connect), end to end: the console's
 * address is behind a proxy (PUBLIC), which the test's browser maps to the api.
 */
const PUBLIC = 'https://console.example.gov.cn';
const rp: RelyingParty = {
  clientId: 'shuangsuiji',
  clientSecret: 'client-secret-of-the-county-platform',
  redirectUri: `${PUBLIC}/api/auth/oidc/callback`,
};
const oidcEnv = (issuer: string) => ({
  OIDC_ISSUER: issuer,
  OIDC_CLIENT_ID: rp.clientId,
  OIDC_CLIENT_SECRET: rp.clientSecret,
  OIDC_REDIRECT_URL: rp.redirectUri,
});

/** A browser for `api`: the console's public address goes to the api; stops once back at the console. */
function browserFor(api: ApiHarness) {
  const driver = new BrowserDriver((url) =>
    url.origin === PUBLIC ? new URL(url.pathname + url.search, api.base) : url,
  );
  const backAtConsole = (url: URL) => url.origin === PUBLIC && !url.pathname.startsWith('/api/');
  return { driver, backAtConsole };
}

/** Where the callback sent the browser, and the session cookies it holds. */
async function landing(driver: BrowserDriver, api: ApiHarness, last: { response: Response }) {
  if (last.response.status !== 302) throw new Error(`${last.response.status} ${await last.response.text()}`);
  const origin = new URL(api.base).origin;
  return {
    location: last.response.headers.get('location'),
    access: driver.cookie(origin, 'ssj_access'),
    refresh: driver.cookie(origin, 'ssj_refresh'),
  };
}

describe('sign-in through oidc-provider, a real OpenID Connect platform', () => {
  const api = new ApiHarness();
  let platform: Platform;
  let officialId: string;
  let disabledId: string;

  beforeAll(async () => {
    platform = await startOidcProvider(rp, {
      'wang.xiao': { name: '王晓', employee_number: 'GZ-0001' },
      'li.na': { name: '李娜', employee_number: 'GZ-0002' },
      stranger: { name: '张三', employee_number: 'GZ-9999' },
      unnumbered: { name: '赵六' },
      twin: { name: '孙七', employee_number: 'GZ-0003' },
    });
    await api.start(oidcEnv(platform.issuer));
    officialId = await registerOfficial(api, {
      departmentId: 'oidc-a',
      employeeNumber: 'GZ-0001',
      name: '王晓',
    });
    disabledId = await registerOfficial(api, {
      departmentId: 'oidc-a',
      employeeNumber: 'GZ-0002',
      name: '李娜',
    });
    await registerOfficial(api, { departmentId: 'oidc-a', employeeNumber: 'GZ-0003' });
    await registerOfficial(api, { departmentId: 'oidc-c', employeeNumber: 'GZ-0003' });
    const disabled = await api.call('POST', `/api/users/${disabledId}/disable`, {
      as: admin,
      body: { reason: '调离' },
    });
    expect(disabled.status).toBe(200);
  });
  afterAll(async () => {
    await api.stop();
    await platform.close();
  });

  /** Start, the platform's login and consent pages, and back to the api's callback. */
  async function signInAs(login: string) {
    const { driver, backAtConsole } = browserFor(api);
    const loginPage = await driver.follow(`${PUBLIC}/api/auth/oidc/start`, backAtConsole);
    expect(loginPage.response.status).toBe(200);
    const consentPage = await driver.submit(loginPage, { login, password: 'any' }, backAtConsole);
    const last =
      consentPage.response.status === 200 ? await driver.submit(consentPage, {}, backAtConsole) : consentPage;
    return { driver, ...(await landing(driver, api, last)) };
  }

  it('tells the console that the platform is offered', async () => {
    expect((await api.call('GET', '/api/auth/methods')).body).toEqual({ password: true, oidc: true });
  });

  it('starts the code flow with PKCE S256, state and nonce, keeping them in a Lax cookie of the oidc routes', async () => {
    const started = await fetch(`${api.base}/api/auth/oidc/start`, { redirect: 'manual' });
    expect(started.status).toBe(302);
    const to = new URL(started.headers.get('location')!);
    expect(to.origin).toBe(platform.issuer);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: rp.clientId,
      redirect_uri: rp.redirectUri,
      code_challenge_method: 'S256',
      scope: 'openid profile',
    });
    expect(to.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    const cookie = started.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(
      /^ssj_oidc=[\w-]{43}; Max-Age=600; Path=\/api\/auth\/oidc; HttpOnly; SameSite=Lax$/,
    );
  });

  it('signs the official whose employee number the platform claims in, with session cookies and a recorded sign-in', async () => {
    const { driver, location, access, refresh } = await signInAs('wang.xiao');
    expect(location).toBe('/');
    expect(access).toBeDefined();
    expect(refresh).toBeDefined();
    const me = await fetch(`${api.base}/api/auth/me`, { headers: { cookie: `ssj_access=${access}` } });
    expect(await me.json()).toMatchObject({ id: officialId, name: '王晓', departmentId: 'oidc-a' });
    const events = await api.streamEvents(`user-${officialId}`);
    expect(events.at(-1)).toMatchObject({
      type: 'UserSignedIn',
      data: { userId: officialId, method: 'oidc' },
    });

    // The same answer of the platform, replayed with the flow's cookie, finds no flow.
    const callback = driver.visited.find((url) => url.includes('/api/auth/oidc/callback'))!;
    const state = new URL(callback).searchParams.get('state')!;
    const replay = await fetch(callback, { headers: { cookie: `ssj_oidc=${state}` }, redirect: 'manual' });
    expect(replay.headers.get('location')).toBe('/sign-in?error=OIDC_REFUSED');
    expect(replay.headers.getSetCookie().some((c) => c.startsWith('ssj_access='))).toBe(false);
  });

  it('refuses an employee number no account has: OIDC_NO_ACCOUNT, and no session', async () => {
    const { location, access } = await signInAs('stranger');
    expect(location).toBe('/sign-in?error=OIDC_NO_ACCOUNT');
    expect(access).toBeUndefined();
  });

  it('refuses when the platform sends no employee number: OIDC_CLAIM_MISSING', async () => {
    const { location, access } = await signInAs('unnumbered');
    expect(location).toBe('/sign-in?error=OIDC_CLAIM_MISSING');
    expect(access).toBeUndefined();
  });

  it("refuses an employee number two departments' accounts have, with no department claim: OIDC_AMBIGUOUS_ACCOUNT", async () => {
    const { location, access } = await signInAs('twin');
    expect(location).toBe('/sign-in?error=OIDC_AMBIGUOUS_ACCOUNT');
    expect(access).toBeUndefined();
  });

  it("refuses a disabled account and records the failure as the platform's", async () => {
    const { location, access } = await signInAs('li.na');
    expect(location).toBe('/sign-in?error=USER_DISABLED');
    expect(access).toBeUndefined();
    const events = await api.streamEvents(`user-${disabledId}`);
    expect(events.at(-1)).toMatchObject({
      type: 'UserSignInFailed',
      data: { userId: disabledId, method: 'oidc', reason: 'disabled' },
    });
  });

  it("refuses an answer whose state is not the browser's, or that comes without the flow's cookie", async () => {
    const started = await fetch(`${api.base}/api/auth/oidc/start`, { redirect: 'manual' });
    const cookie = started.headers.getSetCookie()[0].split(';')[0];
    const state = new URL(started.headers.get('location')!).searchParams.get('state')!;
    const callback = `${api.base}/api/auth/oidc/callback`;
    const other = await fetch(`${callback}?code=abc&state=another-state`, {
      headers: { cookie },
      redirect: 'manual',
    });
    expect(other.headers.get('location')).toBe('/sign-in?error=OIDC_REFUSED');
    const cookieless = await fetch(`${callback}?code=abc&state=${state}`, { redirect: 'manual' });
    expect(cookieless.headers.get('location')).toBe('/sign-in?error=OIDC_REFUSED');
  });
});

describe('sign-in through a platform whose id tokens are wrong', () => {
  const api = new ApiHarness();
  let platform: CraftedPlatform;
  let officialId: string;

  beforeAll(async () => {
    platform = await startCraftedPlatform(rp, { sub: 'subject-9', employee_number: 'GZ-0009' });
    await api.start({ ...oidcEnv(platform.issuer), SIMULATED_CLOCK: 'true' });
    officialId = await registerOfficial(api, { departmentId: 'oidc-b', employeeNumber: 'GZ-0009' });
  });
  afterAll(async () => {
    await api.stop();
    await platform.close();
  });

  async function signIn() {
    const { driver, backAtConsole } = browserFor(api);
    return landing(driver, api, await driver.follow(`${PUBLIC}/api/auth/oidc/start`, backAtConsole));
  }

  it('signs in while its id tokens are right (the control)', async () => {
    platform.fault = 'none';
    const { location, access } = await signIn();
    expect(location).toBe('/');
    expect(access).toBeDefined();
  });

  it.each(['bad-signature', 'expired', 'wrong-audience'] as const)(
    'refuses an id token with a %s: OIDC_REFUSED, no session, nothing recorded',
    async (fault) => {
      platform.fault = fault;
      const before = (await api.streamEvents(`user-${officialId}`)).length;
      const { location, access, refresh } = await signIn();
      expect(location).toBe('/sign-in?error=OIDC_REFUSED');
      expect(access).toBeUndefined();
      expect(refresh).toBeUndefined();
      expect(await api.streamEvents(`user-${officialId}`)).toHaveLength(before);
    },
  );
  it("refuses an account locked by failed passwords, and records the platform's attempt", async () => {
    platform.fault = 'none';
    const advance = async (ms: number) => {
      const clock = await api.call<{ now: string }>('GET', '/api/admin/clock', { as: admin });
      const now = new Date(Date.parse(clock.body.now) + ms).toISOString();
      expect((await api.call('PUT', '/api/admin/clock', { as: admin, body: { now } })).status).toBe(200);
    };
    const attempt = () =>
      signInWithPassword(api, {
        department: 'oidc-b',
        employeeNumber: 'GZ-0009',
        password: 'Wrong-password-1',
      });
    for (const wait of [0, 0, 2000, 4000, 8000]) {
      await advance(wait);
      expect((await attempt()).status).toBe(401);
    }
    const events = await api.streamEvents(`user-${officialId}`);
    expect(events.at(-1)).toMatchObject({ type: 'UserLocked' });

    const { location, access } = await signIn();
    expect(location).toBe('/sign-in?error=SIGN_IN_LOCKED');
    expect(access).toBeUndefined();
    expect((await api.streamEvents(`user-${officialId}`)).at(-1)).toMatchObject({
      type: 'UserSignInFailed',
      data: { userId: officialId, method: 'oidc', reason: 'locked' },
    });
  });
});

describe('without a platform configured', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('offers the password only, and the oidc routes are 404 OIDC_NOT_CONFIGURED', async () => {
    expect((await api.call('GET', '/api/auth/methods')).body).toEqual({ password: true, oidc: false });
    for (const path of ['/api/auth/oidc/start', '/api/auth/oidc/callback?code=a&state=b']) {
      const answer = await api.call('GET', path);
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ code: 'OIDC_NOT_CONFIGURED' });
    }
  });
});
