import type { IssuedSession } from './session-issuer';

/** A sign-in's or a refresh's answer; the tokens only when they go in the body (api clients). */
export interface SignedIn {
  user: { id: string; name: string; departmentId: string; roles: string[] };
  sessionId: string;
  accessExpiresAt: string;
  sessionEndsAt: string;
  accessToken?: string;
  refreshToken?: string;
}

export function signedInAnswer(issued: IssuedSession, withTokens: boolean): SignedIn {
  const { actor } = issued;
  return {
    user: { id: actor.id, name: actor.name, departmentId: actor.departmentId, roles: [...actor.roles] },
    sessionId: issued.sessionId,
    accessExpiresAt: new Date(issued.accessExpiresAt).toISOString(),
    sessionEndsAt: new Date(issued.sessionEndsAt).toISOString(),
    ...(withTokens ? { accessToken: issued.accessToken, refreshToken: issued.refreshToken } : {}),
  };
}
