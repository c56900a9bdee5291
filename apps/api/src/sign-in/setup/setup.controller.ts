import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../auth/auth.decorators';
import type { RequestContextFields } from '../../auth/request-with-actor';
import { setSessionCookies } from '../../auth/sessions/session-cookies';
import { type SignedIn, signedInAnswer } from '../signed-in-answer';
import { FirstAdministrator } from './first-administrator';
import { FirstAdministratorDto } from './setup.dto';

/** The one-time setup of a fresh deployment (docs/operations.md, "First start"). */
@ApiTags('auth')
@Controller('api/auth/setup')
export class SetupController {
  constructor(private readonly first: FirstAdministrator) {}

  /** Whether the deployment still waits for its first administrator (the console's setup page asks). */
  @Get()
  @Public()
  async status(@Req() request: FastifyRequest & RequestContextFields): Promise<{ done: boolean }> {
    return { done: await this.first.link.isDone((request.now ?? new Date()).getTime()) };
  }

  /** Registers the first administrator with the setup link's code and signs them in (the console's cookies). */
  @Post()
  @HttpCode(200)
  @Public()
  async setUp(
    @Body() body: FirstAdministratorDto,
    @Req() request: FastifyRequest & RequestContextFields,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignedIn> {
    const now = request.now ?? new Date();
    const issued = await this.first.setUp(body, { now, correlationId: request.correlationId ?? 'setup' });
    setSessionCookies(request, reply, issued, Date.now());
    return signedInAnswer(issued, false);
  }
}
