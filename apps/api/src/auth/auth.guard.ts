import { type Actor, type Role, isRole } from '@app/runtime';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../common/api-error';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './auth.decorators';
import type { RequestContextFields } from '../commands/request-context';
import { VerifiedTokens } from './verified-tokens';

export const AUTH_JWT = Symbol('AuthJwt');

/**
 * Every route needs a valid bearer token (HS256) unless marked @Public(); a route marked
 * @Roles(...) also needs one of those roles. Unknown roles in a token are ignored.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly tokens = new VerifiedTokens();

  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTH_JWT) private readonly jwt: JwtService,
  ) {}

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
    const { sub, name, department, roles } = claims;
    if (typeof sub !== 'string' || sub === '' || typeof department !== 'string' || !Array.isArray(roles)) {
      throw new ApiError(401, 'TOKEN_INVALID', 'The token lacks sub, department or roles');
    }
    const actor: Actor = {
      id: sub,
      name: typeof name === 'string' ? name : sub,
      departmentId: department,
      roles: roles.filter((r): r is Role => typeof r === 'string' && isRole(r)),
    };
    this.tokens.remember(token, actor, claims);
    return actor;
  }
}
