import type { OidcSettings } from '@app/runtime';
import * as client from 'openid-client';

/** What the platform asserted about the official: the id token's claims, with userinfo's when asked. */
export type OidcClaims = Record<string, unknown> & { sub: string };

/** What a sign-in keeps between its start and the platform's answer (oidc-flows.ts). */
export interface FlowChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The relying party's side of the authorization code flow (openid-client): the platform's
 * metadata found once and kept, PKCE S256, state and nonce, and the id token checked in full:
 * its signature against the platform's keys (non-repudiation checks; openid-client alone would
 * trust the token endpoint's TLS), issuer, audience, expiry and nonce.
 */
export class OidcClient {
  private configuration?: Promise<client.Configuration>;

  constructor(private readonly settings: OidcSettings) {}

  async authorizationUrl(checks: FlowChecks): Promise<URL> {
    const config = await this.config();
    return client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl,
      scope: this.settings.scope,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /**
   * Exchanges the code of the platform's answer (`query`, the callback's query string) and checks
   * the id token; throws on any fault. Takes the account claims from userinfo when the id token
   * does not carry them (platforms that release scope claims only there).
   */
  async signedIn(query: string, checks: FlowChecks): Promise<OidcClaims> {
    const config = await this.config();
    const answer = new URL(this.settings.redirectUrl);
    answer.search = query;
    const tokens = await client.authorizationCodeGrant(config, answer, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the token endpoint answered no id token');
    const wanted = [this.settings.accountClaim, this.settings.departmentClaim].filter(
      (c): c is string => c !== undefined,
    );
    if (wanted.every((c) => c in claims) || !config.serverMetadata().userinfo_endpoint) {
      return { ...claims };
    }
    const userInfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    // The id token's own claims win: they are signed.
    return { ...userInfo, ...claims };
  }

  /** Discovery, once; a failure is forgotten so that the next sign-in tries again. */
  private config(): Promise<client.Configuration> {
    this.configuration ??= this.discover().catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  private async discover(): Promise<client.Configuration> {
    const issuer = new URL(this.settings.issuer);
    const insecure = issuer.protocol === 'http:';
    if (insecure && !LOOPBACK.has(issuer.hostname)) {
      throw new Error(`the identity platform ${issuer.origin} must be reached over https`);
    }
    const config = await client.discovery(
      issuer,
      this.settings.clientId,
      { id_token_signed_response_alg: 'RS256' },
      client.ClientSecretBasic(this.settings.clientSecret),
      { execute: insecure ? [client.allowInsecureRequests] : [], timeout: 10 },
    );
    client.enableNonRepudiationChecks(config);
    return config;
  }
}
