import { hasAnyRole, readToken } from './token';

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
});
