import { mintAccessToken } from '@app/runtime';

/** The administrator token printed at start-up lives this long, or less where the deployment allows less. */
const START_UP_TOKEN_HOURS = 12;

/**
 * The administrator token to begin with (embedded default, no sign-in service): 12 h, or
 * `TOKEN_MAX_LIFETIME_HOURS` when that is shorter, since the api refuses a token living longer.
 */
export function mintStartUpToken(
  secret: string,
  tokenMaxLifetimeHours: number,
): { token: string; hours: number } {
  const hours = Math.min(START_UP_TOKEN_HOURS, tokenMaxLifetimeHours);
  const token = mintAccessToken(
    secret,
    { sub: 'admin', name: '系统管理员', department: 'system', roles: ['admin'], via: 'service-token' },
    Math.floor(hours * 3600),
  );
  return { token, hours };
}
