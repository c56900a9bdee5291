import { newEventId } from '@app/event-store';
import type { Role } from '@app/domain';
import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../common/api-error';
import type { RequestWithActor } from '../auth/request-with-actor';
import type { CommandContext } from './command-context';
import type { Clock } from '../common/clock';

/** What hooks and the guard attach to a request for the command context. */
export interface RequestContextFields extends RequestWithActor {
  correlationId?: string;
  rolesUsed?: Role[];
  /** Set by the idempotency interceptor: the same key gives the same command id. */
  commandId?: string;
  /** The moment the request arrived, from the api's clock. */
  now?: Date;
}

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** X-Correlation-Id in (checked) or a new one, and back out on the response; the request's time. */
export function installCorrelationIds(fastify: FastifyInstance, clock: Clock): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    (request as FastifyRequest & RequestContextFields).now = clock.now();
    const given = request.headers['x-correlation-id'];
    const id = typeof given === 'string' && CORRELATION_ID.test(given) ? given : newEventId();
    (request as FastifyRequest & RequestContextFields).correlationId = id;
    void reply.header('x-correlation-id', id);
    done();
  });
}

/** The command context of a signed-in request: actor, roles used, correlation, command id, now. */
export const Context = createParamDecorator((_data: unknown, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<FastifyRequest & RequestContextFields>();
  if (!request.actor) throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in first');
  return {
    actor: request.actor,
    rolesUsed: request.rolesUsed ?? request.actor.roles,
    correlationId: request.correlationId ?? newEventId(),
    commandId: (request.commandId ??= newEventId()),
    now: request.now ?? new Date(),
  };
});
