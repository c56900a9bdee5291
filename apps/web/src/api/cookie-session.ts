/**
 * The console's cookie session (docs/web-console.md, "Sign-in"): the access and refresh tokens are
 * HttpOnly cookies that no script reads, so the console holds only a key for the session, and
 * refreshes it when the api says its access has run out.
 */
const PREFIX = 'cookie:';

/** The credential a cookie session stands for in the console: a key per session, never sent. */
export function cookieCredential(sessionId: string): string {
  return `${PREFIX}${sessionId}`;
}

export function isCookieSession(token: string | undefined): boolean {
  return token?.startsWith(PREFIX) === true;
}

/**
 * A 401 whose access has run out: the token's expiry, or no access cookie at all (the browser drops
 * it when the token expires, as its lifetime is the token's). A refresh may still renew it.
 */
const RAN_OUT = new Set(['TOKEN_EXPIRED', 'UNAUTHENTICATED']);
/** The sign-in routes answer 401 for their own reasons (a wrong password); never refreshed. */
const OWN_401 = ['/api/auth/sign-in', '/api/auth/refresh'];

let endedListener: ((code: string) => void) | undefined;

/** Called with the api's code when the session is over (ended, disabled, refresh refused). */
export function whenSessionEnds(listener: (code: string) => void): () => void {
  endedListener = listener;
  return () => {
    if (endedListener === listener) endedListener = undefined;
  };
}

let refreshing: Promise<string | undefined> | undefined;

/**
 * Exchanges the refresh cookie for new ones: undefined when renewed, else the api's code (NETWORK
 * when it could not be reached). One exchange at a time: a refresh token sent twice would be a
 * reuse, which ends the session (REFRESH_REUSED).
 */
export function refreshSession(): Promise<string | undefined> {
  refreshing ??= exchange().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

/**
 * Tabs of one browser share the cookies: they take turns to refresh (Web Locks), and a tab whose
 * turn comes after another's refresh finds its access renewed already and sends nothing, so two
 * tabs never present one refresh token twice (which would end the session as a reuse).
 */
async function exchange(): Promise<string | undefined> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return exchangeNow();
  return locks.request('ssj-refresh', async () => ((await renewedMeanwhile()) ? undefined : exchangeNow()));
}

async function renewedMeanwhile(): Promise<boolean> {
  try {
    const response = await fetch('/api/auth/me', {
      credentials: 'same-origin',
      headers: { 'x-requested-with': 'shuangsuiji-console' },
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function exchangeNow(): Promise<string | undefined> {
  try {
    const response = await fetch('/api/auth/refresh', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'shuangsuiji-console' },
      body: '{}',
    });
    if (response.ok) return undefined;
    const body = (await response.json().catch(() => ({}))) as { code?: string };
    return body.code ?? 'REFRESH_INVALID';
  } catch {
    return 'NETWORK';
  }
}

/**
 * Sends a cookie-signed request; when its access has run out, refreshes once and sends it again.
 * A session that is over (SESSION_ENDED, a refused refresh, a second 401) is reported to the
 * listener; the refusal is rethrown either way.
 */
export async function withRefresh(url: string, send: () => Promise<Response>): Promise<Response> {
  try {
    return await send();
  } catch (error) {
    const code = unauthenticated(error);
    if (code === undefined || OWN_401.some((path) => url.startsWith(path))) throw error;
    if (!RAN_OUT.has(code)) {
      endedListener?.(code);
      throw error;
    }
    const refused = await refreshSession();
    if (refused === 'NETWORK') throw error;
    if (refused !== undefined) {
      endedListener?.(refused);
      throw error;
    }
  }
  try {
    return await send();
  } catch (error) {
    const code = unauthenticated(error);
    if (code !== undefined) endedListener?.(code);
    throw error;
  }
}

/** The code of a 401 refusal (client.ts's ApiFailure), else undefined. */
function unauthenticated(error: unknown): string | undefined {
  const { status, code } = (error ?? {}) as { status?: unknown; code?: unknown };
  return status === 401 && typeof code === 'string' ? code : undefined;
}
