import 'reflect-metadata';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import type { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@app/runtime';
import { AppModule } from './app.module';
import { installCorrelationIds } from './commands/request-context';
import { MAX_PATH_PARAMETER_LENGTH, answerClientError, answerFrameworkError } from './http/client-errors';
import { serialiseJsonAnswers } from './http/json-answers';
import { limitPublicRoutes } from './http/public-rate-limit';
import { sendSecurityHeaders } from './http/security-headers';
import { IMPORT_LIMITS } from './import/import-limits';
import { CLOCK, type Clock } from './common/clock';
import { installJsonBodyParser } from './common/json-body';
import { installRawEvidenceBodies } from './evidence/raw-evidence-body';
import { MetricsRegistry } from './metrics/metrics-registry';
import { recordRequestMetrics } from './metrics/request-metrics';
import { serveConsole } from './web/serve-console';

/** Builds the application for a configuration; `main.ts` and the end-to-end tests both use it. */
export async function createApp(
  config: AppConfig,
  options: { logger?: false | LoggerService } = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forConfig(config),
    new FastifyAdapter({
      bodyLimit: 1024 * 1024,
      trustProxy: config.signIn.trustProxy,
      clientErrorHandler: answerClientError,
      frameworkErrors: answerFrameworkError,
      // Named here as the console's catch-all route checks it (serve-console.ts).
      routerOptions: { maxParamLength: MAX_PATH_PARAMETER_LENGTH },
    }),
    // Nest's own body parsers are off: JSON is read by installJsonBodyParser (below), files by multipart.
    {
      bufferLogs: false,
      bodyParser: false,
      ...(options.logger !== undefined ? { logger: options.logger } : {}),
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  sendSecurityHeaders(fastify);
  serialiseJsonAnswers(fastify);
  // One file per request, no other fields of any size; larger files are refused with 413.
  await app.register(multipart, {
    limits: { fileSize: IMPORT_LIMITS.fileBytes, files: 1, fields: 10, fieldSize: 1024, parts: 11 },
  });
  // The console's session cookies (auth/sessions/session-cookies.ts); none is signed or parsed beyond its value.
  await app.register(cookie);
  await limitPublicRoutes(app, config.publicRateLimitPerMinute, config.entityCodeTriesPerAddress);
  // JSON or multipart only: a text or form body is refused with 415 rather than read as strings.
  fastify.removeContentTypeParser('text/plain');
  installJsonBodyParser(fastify);
  // Evidence files: the body is the file's stream, read by the route within its own limits.
  installRawEvidenceBodies(fastify);
  installCorrelationIds(fastify, app.get<Clock>(CLOCK));
  recordRequestMetrics(fastify, app.get(MetricsRegistry));
  // Built on the first request for it, not at every start (a quarter of a second of CPU).
  const openApi = new DocumentBuilder()
    .setTitle('Shuangsuiji 双随机 API')
    .setDescription('Joint random market inspections: registers, plans, tasks, draws, results (docs/api.md)')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs-json',
  });
  await serveConsole(app, config.webDir);
  app.enableShutdownHooks();
  return app;
}
