import { ACT_REFUSALS, DomainError } from '@app/domain';
import { DuplicateEventId, InvalidAppend, WrongExpectedRevision, storageRefusal } from '@app/event-store';
import { InvalidQuery } from '@app/read-store';
import { HttpException } from '@nestjs/common';
import { ApiError, type ErrorBody } from './api-error';

/** Fastify's own refusals (body parsing, limits) by their error codes. */
const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    message: 'The body is not valid JSON',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'MALFORMED_JSON', message: 'The JSON body is empty' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Send application/json (or multipart/form-data for imports)',
  },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Send the file as multipart/form-data',
  },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'IMPORT_TOO_LARGE', message: 'The file is too large' },
};

const STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** The answer to any error: its status and the body every route returns for errors. */
export function errorResponse(error: unknown): ErrorBody {
  if (error instanceof ApiError) {
    return body(error.statusCode, error.code, error.message, error.details);
  }
  if (error instanceof DomainError) {
    // Something missing is a 404; an act this caller may not do, a 403; any other broken rule, a 409.
    const status = error.code.endsWith('_NOT_FOUND') ? 404 : ACT_REFUSALS.has(error.code) ? 403 : 409;
    return body(status, error.code, error.message, error.details);
  }
  if (error instanceof WrongExpectedRevision) {
    return body(
      409,
      'CONCURRENT_CHANGE',
      'Someone else changed this at the same time; read it again and retry',
      {
        stream: error.stream,
      },
    );
  }
  if (error instanceof DuplicateEventId) {
    return body(409, 'DUPLICATE_EVENT', error.message);
  }
  if (error instanceof InvalidAppend || error instanceof InvalidQuery) {
    return body(400, 'INVALID_REQUEST', error.message);
  }
  // The disk is full or the file will not take writes: nothing was written (each append and
  // commit is one transaction), and reads go on being served.
  const refusal = storageRefusal(error);
  if (refusal === 'full') {
    return body(503, 'STORAGE_FULL', 'The data store is full: nothing was written; reads still work');
  }
  if (refusal === 'unavailable') {
    return body(
      503,
      'STORAGE_UNAVAILABLE',
      'The data store refuses writes (read-only or failing): nothing was written; reads still work',
    );
  }
  // Nest wraps Fastify's own refusals in an HttpException; they keep their code as the cause.
  const fastifyCause = error instanceof HttpException ? (error.cause ?? error) : error;
  const causeCode = (fastifyCause as { code?: unknown }).code;
  if (typeof causeCode === 'string' && FASTIFY_CODES[causeCode]) {
    const known = FASTIFY_CODES[causeCode];
    return body(known.status, known.code, known.message);
  }
  if (
    error instanceof HttpException &&
    /not valid JSON|cannot be empty when content-type/i.test(error.message)
  ) {
    return body(400, 'MALFORMED_JSON', 'The body is not valid JSON');
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const given =
      typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
    const code = typeof given.code === 'string' ? given.code : (STATUS_CODES[status] ?? 'HTTP_ERROR');
    const message = typeof given.message === 'string' ? given.message : error.message;
    return body(status, code, message, given.details);
  }
  const fastify = error as { statusCode?: unknown; message?: unknown };
  if (typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    const message = typeof fastify.message === 'string' ? fastify.message : 'Bad request';
    return body(fastify.statusCode, STATUS_CODES[fastify.statusCode] ?? 'BAD_REQUEST', message);
  }
  return body(500, 'INTERNAL_ERROR', 'Something went wrong on our side; it has been logged');
}

function body(statusCode: number, code: string, message: string, details?: unknown): ErrorBody {
  return details === undefined ? { statusCode, code, message } : { statusCode, code, message, details };
}
