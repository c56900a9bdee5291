import { plainToInstance } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** How officials sign in and how long what they get lasts (docs/operations.md, "Sign-in"). */
export interface SignInSettings {
  /**
   * Fastify's `trustProxy` (TRUST_PROXY: `true`, a hop count, or addresses/CIDRs, comma-separated):
   * behind a TLS-terminating proxy, so that the session cookies are `Secure` (X-Forwarded-Proto)
   * and the rate limits count the caller's address, not the proxy's. Default: trust none.
   */
  trustProxy: boolean | number | string;
  /** An access token's life; the guard checks the session on each request anyway. */
  accessTokenMinutes: number;
  /** A session's whole life from its sign-in; refresh tokens end with it. */
  sessionHours: number;
  /** The 政务 unified identity platform (OpenID Connect), when the deployment names one. */
  oidc?: OidcSettings;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claim whose value is an account's employee number (工号). */
  accountClaim: string;
  /** A claim naming the department, when employee numbers repeat across departments. */
  departmentClaim?: string;
  /** Where the identity platform sends the official back: this api's /api/auth/oidc/callback. */
  redirectUrl: string;
  /** The scopes asked for (space-separated, `openid` first): those under which the platform releases the claims. */
  scope: string;
}

export const SIGN_IN_VARIABLES = [
  'ACCESS_TOKEN_MINUTES',
  'SESSION_HOURS',
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_ACCOUNT_CLAIM',
  'OIDC_DEPARTMENT_CLAIM',
  'OIDC_REDIRECT_URL',
  'OIDC_SCOPE',
  'TRUST_PROXY',
] as const;

const CLAIM = /^[A-Za-z0-9_.:-]{1,64}$/;
const SCOPE = /^openid( [\x21\x23-\x5b\x5d-\x7e]{1,64}){0,15}$/;

const TRUSTED_PROXIES = /^(true|false|\d{1,2}|[0-9A-Fa-f.:/]{2,64}(,[0-9A-Fa-f.:/]{2,64}){0,31})$/;

class SignInVariables {
  @IsOptional()
  @Matches(TRUSTED_PROXIES, {
    message: 'must be true, false, a hop count, or addresses/CIDRs separated by commas',
  })
  TRUST_PROXY?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  ACCESS_TOKEN_MINUTES?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  SESSION_HOURS?: number;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  OIDC_ISSUER?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_CLIENT_SECRET?: string;

  @IsOptional()
  @Matches(CLAIM)
  OIDC_ACCOUNT_CLAIM?: string;

  @IsOptional()
  @Matches(CLAIM)
  OIDC_DEPARTMENT_CLAIM?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  OIDC_REDIRECT_URL?: string;

  @IsOptional()
  @Matches(SCOPE, { message: "OIDC_SCOPE must be 'openid' and up to 15 more scopes, space-separated" })
  OIDC_SCOPE?: string;
}

/** The sign-in settings, or the reasons they are wrong (each `NAME: reason`). */
export function readSignInSettings(
  env: Record<string, string | undefined>,
): { settings: SignInSettings } | { problems: string[] } {
  const given: Record<string, string | number> = {};
  for (const name of SIGN_IN_VARIABLES) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const numeric = name === 'ACCESS_TOKEN_MINUTES' || name === 'SESSION_HOURS';
    given[name] = numeric && /^\d+$/.test(value) ? Number(value) : value;
  }
  const parsed = plainToInstance(SignInVariables, given);
  const problems = validateSync(parsed).map(
    (e) =>
      `${e.property}=${e.property === 'OIDC_CLIENT_SECRET' ? '(hidden)' : JSON.stringify(env[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  const named = [
    parsed.OIDC_ISSUER,
    parsed.OIDC_CLIENT_ID,
    parsed.OIDC_CLIENT_SECRET,
    parsed.OIDC_REDIRECT_URL,
  ];
  if (named.some((v) => v !== undefined) && named.some((v) => v === undefined)) {
    problems.push('OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URL go together');
  }
  if (problems.length > 0) return { problems };
  const trust = parsed.TRUST_PROXY ?? 'false';
  const settings: SignInSettings = {
    trustProxy:
      trust === 'true' ? true : trust === 'false' ? false : /^\d+$/.test(trust) ? Number(trust) : trust,
    accessTokenMinutes: parsed.ACCESS_TOKEN_MINUTES ?? 10,
    sessionHours: parsed.SESSION_HOURS ?? 12,
  };
  if (parsed.OIDC_ISSUER && parsed.OIDC_CLIENT_ID && parsed.OIDC_CLIENT_SECRET && parsed.OIDC_REDIRECT_URL) {
    settings.oidc = {
      issuer: parsed.OIDC_ISSUER,
      clientId: parsed.OIDC_CLIENT_ID,
      clientSecret: parsed.OIDC_CLIENT_SECRET,
      redirectUrl: parsed.OIDC_REDIRECT_URL,
      accountClaim: parsed.OIDC_ACCOUNT_CLAIM ?? 'employee_number',
      scope: parsed.OIDC_SCOPE ?? 'openid profile',
      ...(parsed.OIDC_DEPARTMENT_CLAIM ? { departmentClaim: parsed.OIDC_DEPARTMENT_CLAIM } : {}),
    };
  }
  return { settings };
}
