import { type Role, isRole } from '@app/domain/roles';
import { cookieCredential } from '../api/cookie-session';

/**
 * Who is signed in: read from a service token's claims (the api checks the signature on every
 * call), or answered by GET /api/auth/me for a password or unified-identity sign-in.
 */
export interface Session {
  /** The bearer token; for a cookie session its key (api/cookie-session.ts), never sent. */
  token: string;
  userId: string;
  name: string;
  departmentId: string;
  roles: Role[];
  /** Milliseconds since the epoch, when the token says. */
  expiresAt?: number;
  /** The sign-in session (password or unified identity); none for a service token. */
  sessionId?: string;
  /** The inspector of the directory linked to this account: who "is in the team" as this user. */
  inspectorId?: string;
}

/** GET /api/auth/me. */
export interface Me {
  id: string;
  name: string;
  departmentId: string;
  roles: string[];
  sessionId: string | null;
  inspectorId: string | null;
}

/** The session a cookie sign-in holds, from GET /api/auth/me (undefined for a service token's answer). */
export function cookieSessionOf(me: Me): Session | undefined {
  if (!me.sessionId) return undefined;
  return {
    token: cookieCredential(me.sessionId),
    userId: me.id,
    name: me.name,
    departmentId: me.departmentId,
    roles: me.roles.filter(isRole),
    sessionId: me.sessionId,
    ...(me.inspectorId ? { inspectorId: me.inspectorId } : {}),
  };
}

/** The inspector id by which the team lists this user: the linked inspector, else the user. */
export function inspectorIdOf(session: Pick<Session, 'userId' | 'inspectorId'>): string {
  return session.inspectorId ?? session.userId;
}

/** The claims of a bearer token (HS256 JWT), or undefined if it is not one. */
export function readToken(token: string): Session | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return undefined;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    const { sub, name, department, roles, exp } = claims;
    if (typeof sub !== 'string' || typeof department !== 'string' || !Array.isArray(roles)) return undefined;
    return {
      token: token.trim(),
      userId: sub,
      name: typeof name === 'string' ? name : sub,
      departmentId: department,
      roles: roles.filter(isRole),
      ...(typeof exp === 'number' ? { expiresAt: exp * 1000 } : {}),
    };
  } catch {
    return undefined;
  }
}

export function hasAnyRole(session: Session | undefined, roles: readonly Role[] | undefined): boolean {
  if (!roles) return session !== undefined;
  return session !== undefined && roles.some((role) => session.roles.includes(role));
}
