import type { Actor } from '@app/runtime';
import { VerifiedTokens } from './verified-tokens';

const actor = (): Actor => ({ id: 'u1', name: '张三', departmentId: 'scjg', roles: ['operator'] });
const at = Date.parse('2026-11-26T08:00:00Z');
const accepted = (limits: { expiresAt?: number; notBefore?: number } = {}) => ({
  actor: actor(),
  expiresAt: limits.expiresAt ?? at + 60_000,
  ...(limits.notBefore === undefined ? {} : { notBefore: limits.notBefore }),
});

describe('VerifiedTokens', () => {
  it('recalls the actor of a token verified before, within its time limits', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', accepted());
    expect(tokens.recall('t', at)).toEqual(accepted());
    expect(tokens.recall('other', at)).toBeUndefined();
  });

  it('forgets a token once it has expired, so it is verified (and refused) again', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', accepted());
    expect(tokens.recall('t', at + 60_000)).toBeUndefined();
    expect(tokens.recall('t', at)).toBeUndefined();
  });

  it('does not recall a token before its not-before time', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', accepted({ notBefore: at + 10_000 }));
    expect(tokens.recall('t', at)).toBeUndefined();
  });

  it('hands out an actor that cannot be changed', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', accepted());
    const recalled = tokens.recall('t', at) as ReturnType<typeof accepted>;
    expect(() => recalled.actor.roles.push('admin')).toThrow(TypeError);
    expect((tokens.recall('t', at) as ReturnType<typeof accepted>).actor.roles).toEqual(['operator']);
  });

  it('recalls a session token as its claims, frozen', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('s', { session: { userId: 'u1', sessionId: 's1' }, expiresAt: at + 60_000 });
    const recalled = tokens.recall('s', at);
    expect(recalled).toEqual({ session: { userId: 'u1', sessionId: 's1' }, expiresAt: at + 60_000 });
    expect(Object.isFrozen(recalled)).toBe(true);
  });

  it('starts again empty past its limit', () => {
    const tokens = new VerifiedTokens(2);
    tokens.remember('a', accepted());
    tokens.remember('b', accepted());
    tokens.remember('c', accepted());
    expect(tokens.recall('a', at)).toBeUndefined();
    expect(tokens.recall('c', at)).toBeDefined();
  });
});
