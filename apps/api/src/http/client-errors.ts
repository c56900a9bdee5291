import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { SECURITY_HEADERS } from './security-headers';

/** What Node's HTTP parser refuses before a request reaches Fastify, in the api's error body. */
const REFUSALS: Record<string, { statusCode: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    statusCode: 431,
    code: 'HEADERS_TOO_LARGE',
    message: 'The request headers are too large',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    statusCode: 408,
    code: 'REQUEST_TIMEOUT',
    message: 'The request was not received in time',
  },
};

const MALFORMED = { statusCode: 400, code: 'MALFORMED_REQUEST', message: 'The request is not valid HTTP' };

/**
 * Fastify's `clientErrorHandler`: answers a request the HTTP parser could not read (headers too
 * large, a timeout, bad framing) with `{ statusCode, code, message }` as every other error, then
 * closes the connection, as Node and Fastify do by default.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const refusal = REFUSALS[error.code ?? ''] ?? MALFORMED;
  if (socket.writable) {
    const body = JSON.stringify(refusal);
    socket.write(
      `HTTP/1.1 ${refusal.statusCode} ${STATUS_CODES[refusal.statusCode]}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** What Fastify's router refuses before any route or hook runs. */
const ROUTER_REFUSALS: Record<string, { statusCode: number; code: string; message: string }> = {
  FST_ERR_BAD_URL: {
    statusCode: 400,
    code: 'MALFORMED_URL',
    message: 'The path is not valid percent-encoding',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    statusCode: 414,
    code: 'URI_TOO_LONG',
    message: 'A path parameter is too long',
  },
};

/** The router's `maxParamLength` (Fastify's default): the longest path parameter a route matches. */
export const MAX_PATH_PARAMETER_LENGTH = 100;

/** 414 URI_TOO_LONG, as the router answers a path parameter over its limit. */
export function answerPathParameterTooLong(reply: FastifyReply): void {
  void reply.code(414).headers(SECURITY_HEADERS).send(ROUTER_REFUSALS.FST_ERR_MAX_PARAM_LENGTH);
}

/**
 * Fastify's `frameworkErrors`: the router's refusals (a malformed percent-encoding, a path
 * parameter too long) in the error body, with the headers every answer carries (no hook runs).
 */
export function answerFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const refusal = ROUTER_REFUSALS[error.code] ?? {
    statusCode: 400,
    code: 'BAD_REQUEST',
    message: 'Bad request',
  };
  void reply.code(refusal.statusCode).headers(SECURITY_HEADERS).send(refusal);
}
