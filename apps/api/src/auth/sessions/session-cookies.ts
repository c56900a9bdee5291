import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The console's access token: sent to every api route. */
export const ACCESS_COOKIE = 'ssj_access';
/** The console's refresh token: sent only to the sign-in routes, which exchange it. */
export const REFRESH_COOKIE = 'ssj_refresh';
const REFRESH_PATH = '/api/auth';
/**
 * A header the console sends with every request. A cookie-signed request that changes anything
 * must carry it: another site's form can make the browser send cookies (where SameSite does not
 * stop it, as from a sibling subdomain), but it cannot add a header without CORS, which the api
 * never grants.
 */
export const CONSOLE_HEADER = 'x-requested-with';

export interface IssuedCookies {
  accessToken: string;
  accessExpiresAt: number;
  refreshToken: string;
  sessionEndsAt: number;
}

/** HttpOnly (no script reads them), SameSite=Strict, Secure whenever the request came over https. */
export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  issued: IssuedCookies,
  now: number,
): void {
  const secure = request.protocol === 'https';
  const common = { httpOnly: true, sameSite: 'strict', secure } as const;
  void reply.setCookie(ACCESS_COOKIE, issued.accessToken, {
    ...common,
    path: '/api',
    maxAge: Math.max(1, Math.floor((issued.accessExpiresAt - now) / 1000)),
  });
  void reply.setCookie(REFRESH_COOKIE, issued.refreshToken, {
    ...common,
    path: REFRESH_PATH,
    maxAge: Math.max(1, Math.floor((issued.sessionEndsAt - now) / 1000)),
  });
}

export function clearSessionCookies(reply: FastifyReply): void {
  void reply.clearCookie(ACCESS_COOKIE, { path: '/api' });
  void reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_PATH });
}

export function cookieOf(request: FastifyRequest, name: string): string | undefined {
  const value = request.cookies?.[name];
  return value && value.length <= 4096 ? value : undefined;
}
