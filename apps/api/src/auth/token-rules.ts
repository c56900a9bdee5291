import { isRole } from '@app/domain';
import type { Actor } from '@app/runtime';
import { ApiError } from '../common/api-error';

/** What the guard may take from a token whose signature and time limits jsonwebtoken has checked. */
export interface AcceptedToken {
  actor: Actor;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  notBefore?: number;
}

/**
 * The rules a signed token must also meet: it expires (`exp`) within the deployment's maximum
 * lifetime, counted from now and from when it was issued (`iat`), and it names who acts (`sub`,
 * `department`) and at least one known role. A token without them would be a key that never
 * runs out, or one whose roles no route checks and which every "any signed-in user" route opens.
 */
export function acceptToken(
  claims: Record<string, unknown>,
  now: number,
  maxLifetimeMs: number,
): AcceptedToken {
  const { sub, name, department, roles, exp, iat, nbf, via } = claims;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) {
    throw lifetimeRefused('The token has no expiry (exp); ask for a new one');
  }
  const expiresAt = exp * 1000;
  const issuedAt = typeof iat === 'number' && Number.isFinite(iat) ? iat * 1000 : now;
  if (expiresAt - Math.min(issuedAt, now) > maxLifetimeMs) {
    throw lifetimeRefused(
      `The token lives longer than this deployment allows (${maxLifetimeMs / 3_600_000} h); ask for a new one`,
    );
  }
  if (
    typeof sub !== 'string' ||
    sub === '' ||
    typeof department !== 'string' ||
    department === '' ||
    !Array.isArray(roles)
  ) {
    throw new ApiError(401, 'TOKEN_INVALID', 'The token lacks sub, department or roles');
  }
  if (via !== undefined && via !== 'service-token') {
    throw new ApiError(
      401,
      'TOKEN_INVALID',
      'The token says it was made in a way this service does not know',
    );
  }
  const known = [
    ...new Set(roles.filter((r): r is Actor['roles'][number] => typeof r === 'string' && isRole(r))),
  ];
  if (known.length === 0) {
    throw new ApiError(401, 'TOKEN_NO_KNOWN_ROLE', 'The token names none of the roles this service knows');
  }
  return {
    actor: {
      id: sub,
      name: typeof name === 'string' ? name : sub,
      departmentId: department,
      roles: known,
      ...(via === 'service-token' ? { via } : {}),
    },
    expiresAt,
    ...(typeof nbf === 'number' && Number.isFinite(nbf) ? { notBefore: nbf * 1000 } : {}),
  };
}

function lifetimeRefused(message: string): ApiError {
  return new ApiError(401, 'TOKEN_LIFETIME_INVALID', message);
}
