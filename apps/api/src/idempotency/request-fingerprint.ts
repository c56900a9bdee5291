import type { FastifyRequest } from 'fastify';
import { canonicalize } from 'json-canonicalize';
import { createHash } from 'node:crypto';
import type { RequestContextFields } from '../auth/request-with-actor';

/**
 * Whose key it is and on which route: the signed-in user, the method and the route as declared
 * (the router's pattern, not the URL as the client spelled or encoded it).
 */
export function idempotencyScope(request: FastifyRequest & RequestContextFields): string {
  return `${request.actor?.id ?? 'anonymous'} ${request.method} ${request.routeOptions.url ?? request.url}`;
}

/**
 * What a retry must repeat to be answered with the first answer: who acts (department and roles,
 * which a route's department checks depend on and which a replay does not run again), the path's
 * parameters, the query and the JSON body, each in canonical form (RFC 8785: the same JSON with
 * its keys in another order is the same request). An upload's bytes are compared apart, as they
 * stream (upload-fingerprint.ts).
 */
export function requestFingerprint(request: FastifyRequest & RequestContextFields): string {
  const actor = request.actor;
  const form = canonicalize({
    actor: actor ? { department: actor.departmentId, roles: [...actor.roles].sort() } : null,
    params: request.params ?? null,
    query: request.query ?? null,
    body: request.isMultipart() ? { upload: true } : (request.body ?? null),
  });
  return createHash('sha256').update(form).digest('hex');
}
