import { DomainError, type SignInMethod } from '@app/domain';
import { newEventId } from '@app/event-store';
import type { UserView } from '@app/projections';
import type { Actor, AppConfig, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { UserAccounts } from '../users/user-accounts';
import { AUTH_JWT } from '../auth/auth-jwt';
import { RefreshTokens } from './refresh-tokens';
import { SESSION_TOKEN_TYPE } from '../auth/sessions/session-token-rules';
import { SignedInActors } from '../auth/sessions/signed-in-actors';

/** What a sign-in or a refresh hands out; times are epoch ms. */
export interface IssuedSession {
  sessionId: string;
  actor: Actor;
  accessToken: string;
  accessExpiresAt: number;
  refreshToken: string;
  sessionEndsAt: number;
}

/** The request facts a sign-in records: when, and the correlation of the request. */
export interface SignInRequest {
  now: Date;
  correlationId: string;
}

/**
 * Begins sessions (UserSignedIn in the log), exchanges their rotating refresh tokens for new
 * access tokens, and ends them (UserSessionEnded). A reused refresh token ends its session.
 */
@Injectable()
export class SessionIssuer {
  private readonly refreshTokens: RefreshTokens;
  private readonly signedIn: SignedInActors;
  private readonly accessMs: number;
  private readonly sessionMs: number;

  constructor(
    @Inject(AUTH_JWT) private readonly jwt: JwtService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(STORES) stores: Stores,
    private readonly accounts: UserAccounts,
  ) {
    this.refreshTokens = new RefreshTokens(stores.records);
    this.signedIn = new SignedInActors(stores);
    this.accessMs = config.signIn.accessTokenMinutes * 60_000;
    this.sessionMs = config.signIn.sessionHours * 3_600_000;
  }

  async begin(user: UserView, method: SignInMethod, request: SignInRequest): Promise<IssuedSession> {
    const sessionId = randomUUID();
    const at = request.now.toISOString();
    await this.accounts.decide(
      user.id,
      { kind: 'RecordSignIn', userId: user.id, method, sessionId, at },
      selfContext(user, request),
    );
    const sessionEndsAt = request.now.getTime() + this.sessionMs;
    const actor = await this.signedIn.actorOf({ userId: user.id, sessionId });
    return this.issue(actor, sessionId, sessionEndsAt, request.now.getTime());
  }

  async refresh(refreshToken: string, request: SignInRequest): Promise<IssuedSession> {
    const now = request.now.getTime();
    const exchange = await this.refreshTokens.exchange(refreshToken, now);
    if (exchange.kind === 'unknown') {
      throw new ApiError(
        401,
        'REFRESH_INVALID',
        'This refresh token is unknown or has run out; sign in again',
      );
    }
    const { userId, sessionId, sessionEndsAt } = exchange;
    if (exchange.kind === 'reused') {
      const user = await this.accounts.users().get(userId);
      if (user) await this.endQuietly(user, sessionId, request);
      throw new ApiError(401, 'REFRESH_REUSED', 'This refresh token was used before: its session has ended');
    }
    const actor = await this.signedIn.actorOf({ userId, sessionId });
    return this.issue(actor, sessionId, sessionEndsAt, now);
  }

  /** The user ends their own session (signing out, or from their sessions page). */
  async end(
    sessionId: string,
    reason: 'signed-out' | 'ended-by-user',
    context: CommandContext,
  ): Promise<void> {
    const userId = context.actor.id;
    await this.accounts.decide(
      userId,
      { kind: 'EndSession', userId, sessionId, actorId: userId, reason },
      context,
    );
  }

  private async endQuietly(user: UserView, sessionId: string, request: SignInRequest): Promise<void> {
    try {
      await this.accounts.decide(
        user.id,
        { kind: 'EndSession', userId: user.id, sessionId, actorId: user.id, reason: 'refresh-reused' },
        selfContext(user, request),
      );
    } catch (error) {
      // Ended already (by the other use of the token, or by the user): nothing more to end.
      if (!(error instanceof DomainError && error.code === 'SESSION_NOT_FOUND')) throw error;
    }
  }

  private async issue(
    actor: Actor,
    sessionId: string,
    sessionEndsAt: number,
    now: number,
  ): Promise<IssuedSession> {
    const accessExpiresAt = Math.min(now + this.accessMs, sessionEndsAt);
    const accessToken = this.jwt.sign(
      { sub: actor.id, sid: sessionId, typ: SESSION_TOKEN_TYPE },
      { algorithm: 'HS256', expiresIn: Math.max(1, Math.floor((accessExpiresAt - now) / 1000)) },
    );
    const refreshToken = await this.refreshTokens.issue({ userId: actor.id, sessionId, sessionEndsAt });
    return { sessionId, actor, accessToken, accessExpiresAt, refreshToken, sessionEndsAt };
  }
}

/**
 * Sign-in facts are the official's own acts: the account itself is the actor of their events.
 * Each is a command of its own (a sign-in records several); none is retried by a key.
 */
export function selfContext(user: UserView, request: SignInRequest): CommandContext {
  return {
    actor: { id: user.id, name: user.name, departmentId: user.departmentId, roles: [...user.roles] },
    rolesUsed: [],
    correlationId: request.correlationId,
    commandId: newEventId(),
    now: request.now,
  };
}
