import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import type { AppConfig } from '@app/runtime';

/** Builds the application for a configuration; `main.ts` and the end-to-end tests both use it. */
export async function createApp(
  config: AppConfig,
  options: { logger?: false } = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forConfig(config),
    new FastifyAdapter({ bodyLimit: 1024 * 1024 }),
    { bufferLogs: false, ...(options.logger === false ? { logger: false } : {}) },
  );
  app.enableShutdownHooks();
  return app;
}
