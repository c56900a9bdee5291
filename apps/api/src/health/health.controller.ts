import type { Stores } from '@app/runtime';
import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { STORES } from '../stores/stores.providers';

@Controller('health')
export class HealthController {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  /**
   * 200 when the event store answers, 503 when it does not; says which kinds of store are in use.
   * Anyone may ask, so it says no more: not where the data lives (a file path, a server address)
   * nor why a store is down (the log says).
   */
  @Public()
  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<object> {
    const { kind, status } = await this.stores.events.status();
    const up = status === 'up';
    reply.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: up ? 'ok' : 'unavailable',
      eventStore: { kind, status },
      readModelStore: { kind: this.stores.readModels.kind },
    };
  }
}
