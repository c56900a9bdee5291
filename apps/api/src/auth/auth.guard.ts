import type { Role } from '@app/domain';
import type { AppConfig, Stores } from '@app/runtime';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../common/api-error';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './auth.decorators';
import { AUTH_JWT } from './auth-jwt';
import type { RequestContextFields } from './request-with-actor';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { ACCESS_COOKIE, CONSOLE_HEADER, cookieOf } from './sessions/session-cookies';
import { SESSION_TOKEN_TYPE, acceptSessionToken } from './sessions/session-token-rules';
import { SignedInActors } from './sessions/signed-in-actors';
import { acceptToken } from './token-rules';
import { type Accepted, VerifiedTokens } from './verified-tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route needs a valid token (HS256) unless marked @Public(); a route marked @Roles(...)
 * also needs one of those roles. Two kinds of token: a sign-in session's (`typ: session`, in the
 * console's cookie or as a bearer token), whose account and session are read on each request, and
 * a service token (cli token), whose claims name the actor (token-rules.ts).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly tokens = new VerifiedTokens();
  private readonly maxLifetimeMs: number;
  private readonly accessMinutes: number;
  private readonly signedIn: SignedInActors;

  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTH_JWT) private readonly jwt: JwtService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(STORES) stores: Stores,
  ) {
    this.maxLifetimeMs = config.tokenMaxLifetimeHours * 3_600_000;
    this.accessMinutes = config.signIn.accessTokenMinutes;
    this.signedIn = new SignedInActors(stores);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestContextFields>();
    const accepted = this.verify(this.tokenOf(request));
    const actor = 'actor' in accepted ? accepted.actor : await this.signedIn.actorOf(accepted.session);
    request.actor = actor;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (allowed && !allowed.some((role) => actor.roles.includes(role))) {
      throw ApiError.forbidden(
        'ROLE_NOT_ALLOWED',
        `This needs one of the roles ${allowed.join(', ')}; you have ${actor.roles.join(', ') || 'none'}`,
        { allowedRoles: allowed },
      );
    }
    request.rolesUsed = allowed ? actor.roles.filter((role) => allowed.includes(role)) : actor.roles;
    return true;
  }

  /** The bearer token, or else the console's cookie (which an unsafe request confirms with a header). */
  private tokenOf(request: FastifyRequest): string {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in: send Authorization: Bearer <token>');
      return match[1];
    }
    const cookie = cookieOf(request, ACCESS_COOKIE);
    if (!cookie) throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in: send Authorization: Bearer <token>');
    if (!SAFE_METHODS.has(request.method) && request.headers[CONSOLE_HEADER] === undefined) {
      throw ApiError.forbidden(
        'CONSOLE_HEADER_MISSING',
        `A change signed by the console's cookie carries the ${CONSOLE_HEADER} header`,
      );
    }
    return cookie;
  }

  private verify(token: string): Accepted {
    const recalled = this.tokens.recall(token, Date.now());
    if (recalled) return recalled;
    let claims: Record<string, unknown>;
    try {
      claims = this.jwt.verify<Record<string, unknown>>(token, { algorithms: ['HS256'] });
    } catch (error) {
      if (error instanceof TokenExpiredError)
        throw new ApiError(401, 'TOKEN_EXPIRED', 'The token has expired');
      throw new ApiError(401, 'TOKEN_INVALID', 'The token is not one this service signed');
    }
    const accepted: Accepted =
      claims.typ === SESSION_TOKEN_TYPE
        ? acceptSessionToken(claims, Date.now(), this.accessMinutes)
        : acceptToken(claims, Date.now(), this.maxLifetimeMs);
    this.tokens.remember(token, accepted);
    return accepted;
  }
}
