import { serialisedAnswer } from '@app/read-store';
import type { FastifyInstance } from 'fastify';

/**
 * JSON answers as Fastify makes them (JSON.stringify; no route has a response schema), except
 * that an answer shared by the read cache is serialised once and its bytes sent again until the
 * read model changes: the dashboard's page is the same text for every official who opens it.
 */
export function serialiseJsonAnswers(fastify: FastifyInstance): void {
  // Fastify sends a Buffer as it is (its length is the Content-Length); its types say string.
  fastify.setReplySerializer(
    (payload) => (serialisedAnswer(payload) ?? JSON.stringify(payload)) as unknown as string,
  );
}
