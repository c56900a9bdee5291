import { ApiError } from '../../common/api-error';
import type { SessionClaims } from './signed-in-actors';

/** What the guard takes from a session access token whose signature and expiry jsonwebtoken checked. */
export interface AcceptedSession {
  session: SessionClaims;
  expiresAt: number;
  notBefore?: number;
}

/** Session access tokens say only whose session they are; the account decides the rest per request. */
export const SESSION_TOKEN_TYPE = 'session';

/**
 * A session access token (minted at sign-in, `typ: session`): it names the user and the session
 * and lives minutes; roles, department and name come from the account on each request.
 */
export function acceptSessionToken(
  claims: Record<string, unknown>,
  now: number,
  maxMinutes: number,
): AcceptedSession {
  const { sub, sid, exp, iat, nbf } = claims;
  if (typeof sub !== 'string' || sub === '' || typeof sid !== 'string' || sid === '') {
    throw new ApiError(401, 'TOKEN_INVALID', 'The token lacks sub or sid');
  }
  if (typeof exp !== 'number' || !Number.isFinite(exp)) {
    throw new ApiError(401, 'TOKEN_LIFETIME_INVALID', 'The token has no expiry (exp)');
  }
  const issuedAt = typeof iat === 'number' && Number.isFinite(iat) ? iat * 1000 : now;
  if (exp * 1000 - Math.min(issuedAt, now) > maxMinutes * 60_000) {
    throw new ApiError(
      401,
      'TOKEN_LIFETIME_INVALID',
      'A session token lives longer than this deployment allows',
    );
  }
  return {
    session: { userId: sub, sessionId: sid },
    expiresAt: exp * 1000,
    ...(typeof nbf === 'number' && Number.isFinite(nbf) ? { notBefore: nbf * 1000 } : {}),
  };
}
