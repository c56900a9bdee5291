import type { FastifyInstance } from 'fastify';

/**
 * The console's policy (the Vite build has no inline script; React and ECharts set inline styles,
 * and ECharts exports charts as data: and blob: images). The api's own JSON and the API docs
 * (Swagger UI: its scripts are files, its styles partly inline) live under it too.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * Sets the headers on every answer, the console's files, the api's JSON and its errors alike (one
 * hook at the root, before any route, the 404 handler and the rate limit answer).
 */
export function sendSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(SECURITY_HEADERS);
    done();
  });
}
