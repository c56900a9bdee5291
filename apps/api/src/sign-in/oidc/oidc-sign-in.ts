import { DomainError, registerStreams, userDecider } from '@app/domain';
import { loadAggregate } from '@app/audit';
import type { UserView } from '@app/projections';
import type { AppConfig, OidcSettings, Stores } from '@app/runtime';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../../common/api-error';
import { APP_CONFIG, STORES } from '../../stores/stores.providers';
import { UserAccounts } from '../../users/user-accounts';
import { type IssuedSession, SessionIssuer, type SignInRequest, selfContext } from '../session-issuer';
import { type OidcRefusal, accountQuery, matchAccount } from './oidc-accounts';
import { OidcClient } from './oidc-client';
import { OidcFlows } from './oidc-flows';

/** The longest callback query taken (code, state, iss, session_state and the like). */
const MAX_QUERY = 4096;

export class OidcRefused extends Error {
  constructor(
    readonly code: OidcRefusal,
    why: string,
  ) {
    super(why);
  }
}

/**
 * Sign-in through the 政务 unified identity platform (docs/api.md, ADR 28): the flow's
 * start, and its end, where the platform's answer is checked and the configured claim names the
 * account. Refusals are OidcRefused; the controller sends the browser to the sign-in page with
 * their code.
 */
@Injectable()
export class OidcSignIn {
  private readonly logger = new Logger('OidcSignIn');
  private readonly settings?: OidcSettings;
  private readonly client?: OidcClient;
  private readonly flows: OidcFlows;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(STORES) private readonly stores: Stores,
    private readonly accounts: UserAccounts,
    private readonly sessions: SessionIssuer,
  ) {
    this.settings = config.signIn.oidc;
    this.client = this.settings ? new OidcClient(this.settings) : undefined;
    this.flows = new OidcFlows(stores.records);
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  /** Where to send the browser: the platform's authorization endpoint. */
  async start(request: FastifyRequest, reply: FastifyReply): Promise<URL> {
    const client = this.ready();
    const checks = await this.flows.begin(reply, request, Date.now());
    try {
      return await client.authorizationUrl(checks);
    } catch (error) {
      throw this.refused('OIDC_UNAVAILABLE', 'the identity platform could not be reached', error);
    }
  }

  async finish(request: FastifyRequest, reply: FastifyReply, at: SignInRequest): Promise<IssuedSession> {
    const client = this.ready();
    const settings = this.settings!;
    const query = request.url.slice(request.url.indexOf('?') + 1);
    const checks = await this.flows.take(request, reply, Date.now());
    if (!checks || !request.url.includes('?') || query.length > MAX_QUERY) {
      throw this.refused('OIDC_REFUSED', 'no sign-in of this browser is waiting for this answer');
    }
    let claims;
    try {
      claims = await client.signedIn(query, checks);
    } catch (error) {
      throw this.refused('OIDC_REFUSED', "the platform's answer did not pass the checks", error);
    }
    const wanted = accountQuery(claims, settings);
    if (!wanted) throw this.refused('OIDC_CLAIM_MISSING', `no usable claim ${settings.accountClaim}`);
    const found = await this.accounts.users().find({ filter: { ...wanted }, limit: 10 });
    const match = matchAccount(found.items);
    if (match.kind === 'refused') {
      for (const user of match.disabled) await this.recordFailure(user, at);
      throw this.refused(match.code, `subject ${claims.sub}: ${match.code}`);
    }
    return this.begin(match.user, at);
  }

  private async begin(user: UserView, at: SignInRequest): Promise<IssuedSession> {
    const { state } = await loadAggregate(this.stores.events, registerStreams.user(user.id), userDecider);
    if (!state.registered || state.erased) throw this.refused('OIDC_NO_ACCOUNT', `user ${user.id} is gone`);
    if (state.lockedUntil !== undefined && Date.parse(state.lockedUntil) > at.now.getTime()) {
      // Recorded as 'locked' by the decider.
      await this.recordFailure(user, at);
      throw this.refused('SIGN_IN_LOCKED', `user ${user.id} is locked`);
    }
    try {
      return await this.sessions.begin(user, 'oidc', at);
    } catch (error) {
      // Disabled or locked since the read model was read.
      if (error instanceof DomainError && error.code === 'USER_DISABLED') {
        throw this.refused('USER_DISABLED', `user ${user.id} is disabled`);
      }
      if (error instanceof DomainError && error.code === 'USER_LOCKED') {
        throw this.refused('SIGN_IN_LOCKED', `user ${user.id} is locked`);
      }
      throw error;
    }
  }

  private async recordFailure(user: UserView, at: SignInRequest): Promise<void> {
    await this.accounts.decide(
      user.id,
      {
        kind: 'RecordSignInFailure',
        userId: user.id,
        method: 'oidc',
        reason: 'disabled',
        at: at.now.toISOString(),
      },
      selfContext(user, at),
    );
  }

  private ready(): OidcClient {
    if (!this.client) {
      throw ApiError.notFound('OIDC_NOT_CONFIGURED', 'This deployment names no unified identity platform');
    }
    return this.client;
  }

  /** Logs why (never a token or a code: openid-client's messages name checks, not values). */
  private refused(code: OidcRefusal, why: string, cause?: unknown): OidcRefused {
    const detail = cause instanceof Error ? `: ${cause.name} ${cause.message}` : '';
    this.logger.warn(`sign-in with the identity platform refused (${code}): ${why}${detail}`);
    return new OidcRefused(code, why);
  }
}
