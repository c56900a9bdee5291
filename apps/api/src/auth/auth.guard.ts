import type { Role } from '@app/domain';
import { type Actor, type AppConfig } from '@app/runtime';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../common/api-error';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './auth.decorators';
import type { RequestContextFields } from './request-with-actor';
import { APP_CONFIG } from '../stores/stores.providers';
import { acceptToken } from './token-rules';
import { VerifiedTokens } from './verified-tokens';

export const AUTH_JWT = Symbol('AuthJwt');

/**
 * Every route needs a valid bearer token (HS256) unless marked @Public(); a route marked
 * @Roles(...) also needs one of those roles. Unknown roles in a token are ignored, but a token
 * must name at least one known role and expire within the maximum lifetime (token-rules.ts).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly tokens = new VerifiedTokens();
  private readonly maxLifetimeMs: number;

  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTH_JWT) private readonly jwt: JwtService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxLifetimeMs = config.tokenMaxLifetimeHours * 3_600_000;
  }

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestContextFields>();
    const actor = this.verify(request.headers.authorization);
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

  private verify(header: string | undefined): Actor {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in: send Authorization: Bearer <token>');
    const token = match[1];
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
    const accepted = acceptToken(claims, Date.now(), this.maxLifetimeMs);
    this.tokens.remember(token, accepted);
    return accepted.actor;
  }
}
