import { ApiError } from '../common/api-error';
import { acceptToken } from './token-rules';

const now = Date.parse('2026-11-26T08:00:00Z');
const seconds = now / 1000;
const HOUR = 3_600_000;
const claims = (extra: Record<string, unknown> = {}) => ({
  sub: 'u1',
  name: '张三',
  department: 'scjg',
  roles: ['operator'],
  iat: seconds,
  exp: seconds + 3600,
  ...extra,
});
const refusal = (given: Record<string, unknown>): string | undefined => {
  try {
    acceptToken(given, now, 24 * HOUR);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).statusCode).toBe(401);
    return (error as ApiError).code;
  }
};

describe('acceptToken', () => {
  it('takes the actor and the time limits of a token within the rules', () => {
    expect(acceptToken(claims({ nbf: seconds - 5 }), now, 24 * HOUR)).toEqual({
      actor: { id: 'u1', name: '张三', departmentId: 'scjg', roles: ['operator'] },
      expiresAt: now + HOUR,
      notBefore: now - 5000,
    });
  });

  it('refuses a token that never expires or lives longer than the maximum', () => {
    const { exp: _exp, ...withoutExpiry } = claims();
    expect(refusal(withoutExpiry)).toBe('TOKEN_LIFETIME_INVALID');
    expect(refusal(claims({ exp: 1e20 }))).toBe('TOKEN_LIFETIME_INVALID');
    expect(refusal(claims({ exp: '2100-01-01' }))).toBe('TOKEN_LIFETIME_INVALID');
    expect(refusal(claims({ exp: seconds + 25 * 3600 }))).toBe('TOKEN_LIFETIME_INVALID');
    // Issued long ago with a long life, even if little of it is left.
    expect(refusal(claims({ iat: seconds - 30 * 3600, exp: seconds + 3600 }))).toBe('TOKEN_LIFETIME_INVALID');
    // Without iat, the life left counts.
    const { iat: _iat, ...withoutIssue } = claims();
    expect(refusal(withoutIssue)).toBeUndefined();
    expect(refusal(claims({ exp: seconds + 24 * 3600 }))).toBeUndefined();
  });

  it('refuses a token that names no known role, and ignores the unknown ones beside a known one', () => {
    expect(refusal(claims({ roles: [] }))).toBe('TOKEN_NO_KNOWN_ROLE');
    expect(refusal(claims({ roles: ['root'] }))).toBe('TOKEN_NO_KNOWN_ROLE');
    expect(refusal(claims({ roles: [42, null] }))).toBe('TOKEN_NO_KNOWN_ROLE');
    expect(acceptToken(claims({ roles: ['root', 'auditor', 'auditor'] }), now, HOUR).actor.roles).toEqual([
      'auditor',
    ]);
  });

  it('refuses a token without who acts and for which department', () => {
    expect(refusal(claims({ sub: '' }))).toBe('TOKEN_INVALID');
    expect(refusal(claims({ department: '' }))).toBe('TOKEN_INVALID');
    expect(refusal(claims({ roles: 'operator' }))).toBe('TOKEN_INVALID');
  });
});
