import type { FastifyInstance } from 'fastify';
import { ApiError } from '../common/api-error';

/** The evidence routes take a file's bytes as the body itself (not JSON, not multipart). */
const EVIDENCE_ROUTES = /^\/api\/evidence(\/|\?|$)/;

/**
 * Passes a file's body through as its stream: never buffered, so the 1 MiB body limit of JSON does
 * not apply and a file's own limit (evidence-types.ts) is checked as its bytes arrive. Only the
 * evidence routes take such a body; any other route answers 415 as before.
 */
export function installRawEvidenceBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    /^(application\/(octet-stream|offset\+octet-stream|pdf)|image\/|audio\/|video\/)/i,
    (request, payload, done) => {
      if (!EVIDENCE_ROUTES.test(request.url)) {
        done(new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send application/json'), undefined);
        return;
      }
      done(null, payload);
    },
  );
}
