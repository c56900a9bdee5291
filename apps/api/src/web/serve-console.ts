import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MAX_PATH_PARAMETER_LENGTH, answerPathParameterTooLong } from '../http/client-errors';

/** Paths the api answers itself; everything else under `/` is the web console's. */
const API_PATHS = /^(api|health|metrics)(\/|$)/;

/**
 * Serves the built web console (dist/apps/web, `npm run build:web`) at `/`: its files as they
 * are, and its index page for any other path outside the api (the console routes in the
 * browser). Returns false, serving nothing, when the console has not been built.
 */
export async function serveConsole(app: NestFastifyApplication, root: string): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    // Vite names each asset by a hash of its content: a browser keeps it until the page names
    // another. The page (and any other file) may change with each release: asked for again each time.
    setHeaders: (reply, path) => {
      const hashed = relative(root, path).startsWith(`assets${sep}`);
      void reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get<{ Params: { '*': string } }>('/*', (request, reply) => {
    // The path as the router decoded it: `/%61pi/nowhere` is an api path too, and answers 404.
    const path = request.params['*'];
    if (API_PATHS.test(path)) {
      // The router falls back on this route when a path parameter is too long for an api route:
      // the same 414 as where no console is served.
      if (path.split('/').some((segment) => segment.length > MAX_PATH_PARAMETER_LENGTH))
        return answerPathParameterTooLong(reply);
      return reply.callNotFound();
    }
    return reply.sendFile('index.html');
  });
  return true;
}
