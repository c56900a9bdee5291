import { createSecretKey } from 'node:crypto';
import type { Role } from '@app/domain';
import { JwtService } from '@nestjs/jwt';

/** Who is acting: the verified claims of a bearer token. */
export interface Actor {
  /** User id; for an inspector, the inspector's id in the directory. */
  id: string;
  name: string;
  /** Department the user belongs to and acts for. */
  departmentId: string;
  roles: Role[];
  /**
   * The inspector of the directory this user is linked to (set from the user directory for a
   * signed-in user); absent for a service token, whose `id` is the inspector's own when minted
   * for one. Read through `inspectorIdOf` (apps/api/src/tasks/acting.ts).
   */
  inspectorId?: string;
  /** How the token was made when no sign-in vouched for it: minted with the deployment's secret. */
  via?: TokenOrigin;
  /** The sign-in session the request belongs to (absent for service tokens). */
  sessionId?: string;
}

/**
 * The inspector of the directory the actor is, for every "is this the inspector" rule (in the
 * team, one's own conflicts): a signed-in user's linked inspector, or the token's subject, since
 * a service token minted for an inspector names the inspector's own id. The events' metadata
 * still name the actor.
 */
export function inspectorIdOf(actor: Pick<Actor, 'id' | 'inspectorId'>): string {
  return actor.inspectorId ?? actor.id;
}

/** A token minted with the deployment's secret (cli token, the start-up token), not by a sign-in. */
export type TokenOrigin = 'service-token';

export interface TokenClaims {
  sub: string;
  name: string;
  department: string;
  roles: string[];
  via?: TokenOrigin;
}

/** Signs a token for a user (HS256); `expiresIn` like '8h' or seconds. */
export function mintAccessToken(
  secret: string,
  claims: TokenClaims,
  expiresIn: string | number = '8h',
): string {
  // A key object, as the api's own signer has (app.module.ts): given the secret as text,
  // jsonwebtoken first tries to read it as a private key and throws, on every token.
  const key = createSecretKey(Buffer.from(secret));
  return new JwtService({ secretOrKeyProvider: () => key }).sign(claims, {
    algorithm: 'HS256',
    expiresIn: expiresIn as number,
  });
}

/** Seconds from a token's issue (`iat`) to its expiry (`exp`), as signed; undefined without them. */
export function lifetimeOf(token: string): number | undefined {
  const claims = new JwtService().decode<{ iat?: unknown; exp?: unknown } | null>(token);
  if (typeof claims?.iat !== 'number' || typeof claims.exp !== 'number') return undefined;
  return claims.exp - claims.iat;
}
