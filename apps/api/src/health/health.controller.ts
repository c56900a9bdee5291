import type { HealthAnswer } from '@app/contract';
import type { AppConfig, Stores } from '@app/runtime';
import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { APP_CONFIG, STORES } from '../stores/stores.providers';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * 200 when the event store answers, 503 when it does not; says which kinds of store are in use,
   * and whether the data is a demonstration's (DEMO=1: the console marks it). Anyone may ask, so
   * it says no more: not where the data lives (a file path, a server address) nor why a store is
   * down (the log says).
   */
  @Public()
  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthAnswer> {
    const { kind, status } = await this.stores.events.status();
    const up = status === 'up';
    reply.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: up ? 'ok' : 'unavailable',
      eventStore: { kind, status },
      readModelStore: { kind: this.stores.readModels.kind },
      demo: this.config.demo,
    };
  }
}
