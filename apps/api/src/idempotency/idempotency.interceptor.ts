import type { Stores } from '@app/runtime';
import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { deterministicEventId } from '@app/event-store';
import { createHash } from 'node:crypto';
import { type Observable, from, lastValueFrom } from 'rxjs';
import { ApiError } from '../common/api-error';
import { errorResponse } from '../common/error-response';
import type { RequestContextFields } from '../commands/request-context';
import { STORES } from '../stores/stores.providers';

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * `Idempotency-Key` on a write: the same key and body within 24 h return the first answer
 * (header `Idempotency-Replayed: true`) and append nothing more; the same key with another body
 * is refused. The command id comes from the key, so even a retry after a crash appends once.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestContextFields>();
    const header = request.headers['idempotency-key'];
    if (!WRITES.has(request.method) || header === undefined) return next.handle();
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
      (request.method === 'POST' ? 201 : 200);
    return from(this.once(request, context.switchToHttp().getResponse<FastifyReply>(), header, status, next));
  }

  private async once(
    request: FastifyRequest & RequestContextFields,
    reply: FastifyReply,
    header: string | string[],
    successStatus: number,
    next: CallHandler,
  ): Promise<unknown> {
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY.test(key)) {
      throw ApiError.invalid([
        { field: 'Idempotency-Key', reason: 'must be 8–128 letters, digits, . _ : or -' },
      ]);
    }
    const scope = `${request.actor?.id ?? 'anonymous'} ${request.method} ${request.url}`;
    // An upload is streamed, not read before it is applied: its length stands for its body.
    const fingerprint = request.isMultipart()
      ? `multipart:${request.headers['content-length'] ?? 'chunked'}`
      : JSON.stringify(request.body ?? null);
    const hash = createHash('sha256').update(fingerprint).digest('hex');
    const records = this.stores.idempotency;
    const started = await records.begin(scope, key, hash, Date.now());
    if (started.kind === 'replay') {
      void reply.status(started.response.statusCode).header('idempotency-replayed', 'true');
      if (started.response.statusCode >= 400) throw replayedError(started.response.body);
      return started.response.body;
    }
    if (started.kind === 'mismatch') {
      throw new ApiError(
        409,
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was used with another request body',
      );
    }
    if (started.kind === 'in_progress') {
      throw new ApiError(
        409,
        'IDEMPOTENCY_KEY_IN_USE',
        'A request with this Idempotency-Key is still running',
      );
    }
    request.commandId = commandIdFor(scope, key);
    try {
      const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await records.complete(scope, key, hash, { statusCode: successStatus, body }, Date.now());
      return body;
    } catch (error) {
      const answer = errorResponse(error);
      // Refusals are answers too; a server fault may succeed when retried.
      // A concurrent change is transient too: a retry may well succeed.
      if (answer.statusCode < 500 && answer.code !== 'CONCURRENT_CHANGE') {
        await records.complete(scope, key, hash, { statusCode: answer.statusCode, body: answer }, Date.now());
      } else {
        await records.abandon(scope, key);
      }
      throw error;
    }
  }
}

/** The command id the same caller, route and key always give (a UUID derived from them). */
function commandIdFor(scope: string, key: string): string {
  return deterministicEventId(`${scope}\u0000${key}`, 0);
}

function replayedError(body: unknown): ApiError {
  const b = body as { statusCode: number; code: string; message: string; details?: unknown };
  return new ApiError(b.statusCode, b.code, b.message, b.details);
}
