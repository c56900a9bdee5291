import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';

/** The sign-in-free routes of the public portal, as they are declared (not as a client spells them). */
const PUBLIC_ROUTES = '/api/public/';
/** The public feed (docs/exchange.md): public facts, polled without an account. */
const PUBLIC_FEED = '/api/feeds/public';
/**
 * The sign-in routes a guesser or a flood reaches without an account (a refresh needs a token of
 * 256 random bits, and consoles refresh every few minutes from one office address: not limited).
 */
const SIGN_IN_ROUTES = ['/api/auth/sign-in', '/api/auth/setup', '/api/auth/oidc/'];
/** The web console's catch-all route (serve-console.ts), which an unknown public path reaches. */
const CONSOLE_CATCH_ALL = '/*';

/**
 * Whether a request reached a public route. Decided on the route the router matched, after it
 * decoded the path: `/api/%70ublic/results` and `/%61pi/public/tasks` reach the public routes too,
 * and a raw-URL comparison would let them pass unlimited. So does an unknown path under them,
 * whichever route (the console's catch-all, when built) it falls to.
 */
export function isPublicRoute(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  if (route === CONSOLE_CATCH_ALL) {
    // An unknown path under the public routes: answered 404, and counted like any other.
    const rest = (request.params as { '*'?: unknown } | undefined)?.['*'];
    return typeof rest === 'string' && `/${rest}`.startsWith(PUBLIC_ROUTES);
  }
  if (route === undefined) return false;
  return (
    route.startsWith(PUBLIC_ROUTES) ||
    route === PUBLIC_FEED ||
    SIGN_IN_ROUTES.some((prefix) => route.startsWith(prefix))
  );
}

/**
 * The sign-in-free routes (the public portal) are limited per client address, all together;
 * signed-in officials are not: their tokens already say who they are.
 */
export async function limitPublicRoutes(
  app: NestFastifyApplication,
  perMinute: number,
  codeTriesPerAddress: number,
): Promise<void> {
  limitEntityCodes(app, codeTriesPerAddress);
  await app.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: '1 minute',
    allowList: (request) => !isPublicRoute(request),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'TOO_MANY_REQUESTS',
      message: `At most ${context.max} requests a minute to the public and sign-in routes; try again in ${context.after}`,
      details: { limit: context.max, retryAfter: context.after },
    }),
  });
}

/** The portal's one-time code routes (ADR 52), each limited per client address over 15 minutes. */
const ENTITY_CODE_ROUTES: Record<string, (tries: number) => number> = {
  '/api/public/entity-codes': (tries) => Math.floor(tries / 4),
  '/api/public/entity-sessions': (tries) => tries,
};

/**
 * Beside the overall limit: guessing codes, or sending many to a business, is limited on its own.
 * Set on the routes as they are declared, before the rate-limit plugin reads their settings.
 */
function limitEntityCodes(app: NestFastifyApplication, tries: number): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      const limit = ENTITY_CODE_ROUTES[route.url];
      if (!limit) return;
      route.config = { ...route.config, rateLimit: { max: limit(tries), timeWindow: '15 minutes' } };
    });
}
