import type { Actor } from '@app/runtime';
import { VerifiedTokens } from './verified-tokens';

const actor = (): Actor => ({ id: 'u1', name: '张三', departmentId: 'scjg', roles: ['operator'] });
const at = Date.parse('2026-11-26T08:00:00Z');

describe('VerifiedTokens', () => {
  it('recalls the actor of a token verified before, within its time limits', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', actor(), { exp: at / 1000 + 60 });
    expect(tokens.recall('t', at)).toEqual(actor());
    expect(tokens.recall('other', at)).toBeUndefined();
  });

  it('forgets a token once it has expired, so it is verified (and refused) again', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', actor(), { exp: at / 1000 + 60 });
    expect(tokens.recall('t', at + 60_000)).toBeUndefined();
    expect(tokens.recall('t', at)).toBeUndefined();
  });

  it('does not recall a token before its not-before time', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', actor(), { nbf: at / 1000 + 10 });
    expect(tokens.recall('t', at)).toBeUndefined();
  });

  it('keeps a token without time limits, and the actor it hands out cannot be changed', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', actor(), {});
    const recalled = tokens.recall('t', at)!;
    expect(() => recalled.roles.push('admin')).toThrow(TypeError);
    expect(tokens.recall('t', at)?.roles).toEqual(['operator']);
  });

  it('starts again empty past its limit', () => {
    const tokens = new VerifiedTokens(2);
    tokens.remember('a', actor(), {});
    tokens.remember('b', actor(), {});
    tokens.remember('c', actor(), {});
    expect(tokens.recall('a', at)).toBeUndefined();
    expect(tokens.recall('c', at)).toBeDefined();
  });
});
