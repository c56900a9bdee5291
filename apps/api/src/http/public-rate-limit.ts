import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';

/** The sign-in-free routes of the public portal, as they are declared (not as a client spells them). */
const PUBLIC_ROUTES = '/api/public/';

/**
 * Whether a request reached a public route. Decided on the route the router matched, after it
 * decoded the path: `/api/%70ublic/results` and `/%61pi/public/tasks` reach the public routes too,
 * and a raw-URL comparison would let them pass unlimited.
 */
export function isPublicRoute(request: FastifyRequest): boolean {
  return request.routeOptions.url?.startsWith(PUBLIC_ROUTES) ?? false;
}

/**
 * The sign-in-free routes (the public portal) are limited per client address, all together;
 * signed-in officials are not: their tokens already say who they are.
 */
export async function limitPublicRoutes(app: NestFastifyApplication, perMinute: number): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: '1 minute',
    allowList: (request) => !isPublicRoute(request),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'TOO_MANY_REQUESTS',
      message: `At most ${context.max} requests a minute to the public routes; try again in ${context.after}`,
      details: { limit: context.max, retryAfter: context.after },
    }),
  });
}
