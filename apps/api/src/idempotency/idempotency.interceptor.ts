import type { IdempotentResponse } from '@app/record-store';
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
import { type Observable, from, lastValueFrom } from 'rxjs';
import { ApiError } from '../common/api-error';
import { errorResponse } from '../common/error-response';
import type { RequestContextFields } from '../auth/request-with-actor';
import { STORES } from '../stores/stores.providers';
import { idempotencyScope, requestFingerprint } from './request-fingerprint';
import { fingerprintOfReadUpload, fingerprintUpload } from './upload-fingerprint';

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * `Idempotency-Key` on a write: the same caller, route, key and request (request-fingerprint.ts:
 * the acting department and roles, path, query, canonical body or uploaded file) within 24 h
 * return the first answer (header `Idempotency-Replayed: true`) and append nothing more; the same
 * key with another request is refused. The command id comes from a nonce kept with the key, so
 * even a retry after a crash appends once. Runs after the guard, so a replay is only ever given to the roles allowed.
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
        {
          field: 'Idempotency-Key',
          reason: 'must be 8–128 letters, digits, . _ : or -',
          rule: 'idempotencyKey',
        },
      ]);
    }
    const scope = idempotencyScope(request);
    const hash = requestFingerprint(request);
    const upload = request.isMultipart();
    const records = this.stores.idempotency;
    const started = await records.begin(scope, key, hash, Date.now());
    if (started.kind === 'replay') {
      // An upload is compared by its bytes, which only a retry's own stream can tell.
      if (upload && started.contentHash !== (await fingerprintUpload(request))) throw keyReused();
      void reply.status(started.response.statusCode).header('idempotency-replayed', 'true');
      if (started.response.statusCode >= 400) throw replayedError(started.response.body);
      return started.response.body;
    }
    if (started.kind === 'mismatch') throw keyReused();
    if (started.kind === 'in_progress') {
      throw new ApiError(
        409,
        'IDEMPOTENCY_KEY_IN_USE',
        'A request with this Idempotency-Key is still running',
      );
    }
    request.commandId = commandIdFor(scope, key, started.nonce);
    // An upload's answer is kept only with its file's fingerprint; one not read through is not kept.
    const keep = async (response: IdempotentResponse): Promise<void> => {
      const contentHash = upload ? await fingerprintOfReadUpload(request) : undefined;
      if (upload && contentHash === undefined) await records.abandon(scope, key);
      else await records.complete(scope, key, hash, response, Date.now(), contentHash);
    };
    try {
      const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await keep({ statusCode: successStatus, body });
      return body;
    } catch (error) {
      const answer = errorResponse(error);
      // Refusals are answers too; a server fault may succeed when retried.
      // A concurrent change is transient too: a retry may well succeed.
      if (answer.statusCode < 500 && answer.code !== 'CONCURRENT_CHANGE') {
        await keep({ statusCode: answer.statusCode, body: answer });
      } else {
        await records.abandon(scope, key);
      }
      throw error;
    }
  }
}

/**
 * The command id of one use of a key (a UUID derived from the nonce kept with it): a retry after a
 * crash takes the key over with its nonce and appends once, and any request under a key that has
 * expired gets a new nonce, so never an old command's id (nor an upload's rows theirs).
 */
function commandIdFor(scope: string, key: string, nonce: string): string {
  return deterministicEventId(`${scope}\u0000${key}\u0000${nonce}`, 0);
}

function keyReused(): ApiError {
  return new ApiError(
    409,
    'IDEMPOTENCY_KEY_REUSED',
    'This Idempotency-Key was used with another request: another body, file, path, query, department or roles',
  );
}

function replayedError(body: unknown): ApiError {
  const b = body as { statusCode: number; code: string; message: string; details?: unknown };
  return new ApiError(b.statusCode, b.code, b.message, b.details);
}
