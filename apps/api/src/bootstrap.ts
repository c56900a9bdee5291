import 'reflect-metadata';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@app/runtime';
import { AppModule } from './app.module';
import { installCorrelationIds } from './commands/request-context';
import { CLOCK, type Clock } from './common/clock';
import { installJsonBodyParser } from './common/json-body';
import { MetricsRegistry } from './metrics/metrics-registry';
import { recordRequestMetrics } from './metrics/request-metrics';
import { serveConsole } from './web/serve-console';

/** Sheets of a million rows are well under this; anything larger is refused with 413. */
const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/** Builds the application for a configuration; `main.ts` and the end-to-end tests both use it. */
export async function createApp(
  config: AppConfig,
  options: { logger?: false } = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forConfig(config),
    new FastifyAdapter({ bodyLimit: 1024 * 1024 }),
    // Nest's own body parsers are off: JSON is read by installJsonBodyParser (below), files by multipart.
    { bufferLogs: false, bodyParser: false, ...(options.logger === false ? { logger: false } : {}) },
  );
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10 } });
  // The sign-in-free routes (the public portal) are limited per client address; signed-in
  // officials are not: their tokens already say who they are.
  await app.register(rateLimit, {
    global: true,
    max: config.publicRateLimitPerMinute,
    timeWindow: '1 minute',
    allowList: (request) => !request.url.startsWith('/api/public/'),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'TOO_MANY_REQUESTS',
      message: `At most ${context.max} requests a minute to the public routes; try again in ${context.after}`,
      details: { limit: context.max, retryAfter: context.after },
    }),
  });
  // JSON or multipart only: a text or form body is refused with 415 rather than read as strings.
  fastify.removeContentTypeParser('text/plain');
  installJsonBodyParser(fastify);
  installCorrelationIds(fastify, app.get<Clock>(CLOCK));
  recordRequestMetrics(fastify, app.get(MetricsRegistry));
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Shuangsuiji 双随机 API')
      .setDescription(
        'Joint random market inspections: registers, plans, tasks, draws, results (docs/api.md)',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await serveConsole(app, config.webDir);
  app.enableShutdownHooks();
  return app;
}
