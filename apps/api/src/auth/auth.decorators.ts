import type { Role } from '@app/domain';
import { type ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { RequestWithActor } from './request-with-actor';

export const PUBLIC_ROUTE = 'publicRoute';
export const ALLOWED_ROLES = 'allowedRoles';

/** A route anyone may call without signing in (health, metrics, docs, public disclosures). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Roles of which the caller needs at least one; without it any signed-in user may call. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** The signed-in user (the guard has checked the token). */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext) =>
    context.switchToHttp().getRequest<FastifyRequest & RequestWithActor>().actor,
);
