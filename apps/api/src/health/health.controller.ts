import type { Stores } from '@app/runtime';
import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { STORES } from '../stores/stores.providers';

@Controller('health')
export class HealthController {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  /** 200 when the event store answers, 503 when it does not; says which stores are in use. */
  @Public()
  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<object> {
    const eventStore = await this.stores.events.status();
    const up = eventStore.status === 'up';
    reply.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: up ? 'ok' : 'unavailable',
      eventStore,
      readModelStore: { kind: this.stores.readModels.kind },
    };
  }
}
