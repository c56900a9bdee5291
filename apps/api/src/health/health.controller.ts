import type { EventStore } from '@app/event-store';
import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { EVENT_STORE } from '../event-store/event-store.provider';

@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** 200 when the store answers, 503 when it does not; says which store is in use. */
  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<object> {
    const eventStore = await this.store.status();
    const up = eventStore.status === 'up';
    reply.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: up ? 'ok' : 'unavailable', eventStore };
  }
}
