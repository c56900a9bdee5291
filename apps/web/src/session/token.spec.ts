import { isCookieSession } from '../api/cookie-session';
import { cookieSessionOf, hasAnyRole, inspectorIdOf, readToken } from './token';

const encode = (claims: object): string =>
  `x.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('readToken', () => {
  it('reads who is signed in from the token, keeping only the roles the platform knows', () => {
    const token = encode({ sub: 'u1', name: '张三', department: 'scjg', roles: ['operator', 'x'], exp: 100 });
    expect(readToken(token)).toEqual({
      token,
      userId: 'u1',
      name: '张三',
      departmentId: 'scjg',
      roles: ['operator'],
      expiresAt: 100_000,
    });
  });

  it('refuses what is not a token with a user, department and roles', () => {
    expect(readToken('not a token')).toBeUndefined();
    expect(readToken(encode({ sub: 'u1', roles: [] }))).toBeUndefined();
    expect(readToken('a.%%%.c')).toBeUndefined();
  });

  it('allows a page when the user has one of its roles, or any signed-in user when it names none', () => {
    const session = readToken(encode({ sub: 'u1', department: 'd', roles: ['head'] }));
    expect(hasAnyRole(session, ['head', 'principal'])).toBe(true);
    expect(hasAnyRole(session, ['admin'])).toBe(false);
    expect(hasAnyRole(session, undefined)).toBe(true);
    expect(hasAnyRole(undefined, undefined)).toBe(false);
  });

  it('holds a cookie sign-in by a key that is never a bearer token, with the linked inspector', () => {
    const me = {
      id: 'u-1',
      name: '李明',
      departmentId: 'scjg',
      roles: ['inspector', 'nobody'],
      sessionId: 's-1',
      inspectorId: 'insp-7',
    };
    const session = cookieSessionOf(me)!;
    expect(session).toMatchObject({ userId: 'u-1', roles: ['inspector'], sessionId: 's-1' });
    expect(isCookieSession(session.token)).toBe(true);
    expect(inspectorIdOf(session)).toBe('insp-7');
    expect(inspectorIdOf(cookieSessionOf({ ...me, inspectorId: null })!)).toBe('u-1');
    // A service token's own answer has no session: it is not a cookie sign-in.
    expect(cookieSessionOf({ ...me, sessionId: null })).toBeUndefined();
  });
});
