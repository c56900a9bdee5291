import { type Role, isRole } from '@app/domain/roles';

/** Who is signed in, read from the token's claims (the api checks the signature on every call). */
export interface Session {
  token: string;
  userId: string;
  name: string;
  departmentId: string;
  roles: Role[];
  /** Milliseconds since the epoch, when the token says. */
  expiresAt?: number;
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
