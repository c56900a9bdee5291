import { JwtService } from '@nestjs/jwt';
import { lifetimeOf } from '@app/runtime';
import { mintStartUpToken } from './start-up-token';
import { acceptToken } from './token-rules';

const SECRET = 'start-up-token-test-secret-0123456789';

function accepted(token: string, maxHours: number) {
  const claims = new JwtService({ secret: SECRET }).verify<Record<string, unknown>>(token);
  return acceptToken(claims, Date.now(), maxHours * 3_600_000);
}

describe('the administrator token printed at start-up', () => {
  it('lives 12 h where the deployment allows it', () => {
    const { token, hours } = mintStartUpToken(SECRET, 168);
    expect(hours).toBe(12);
    expect(lifetimeOf(token)).toBe(12 * 3600);
    expect(accepted(token, 168).actor.roles).toEqual(['admin']);
  });

  it('lives no longer than TOKEN_MAX_LIFETIME_HOURS, so the api accepts it (review of issue 15, finding 5)', () => {
    const { token, hours } = mintStartUpToken(SECRET, 2);
    expect(hours).toBe(2);
    expect(lifetimeOf(token)).toBe(2 * 3600);
    expect(accepted(token, 2).actor.id).toBe('admin');
  });
});
