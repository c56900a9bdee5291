import type { SessionView } from '@app/projections';
import type { Stores } from '@app/runtime';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { STORES } from '../stores/stores.providers';
import { Public } from '../auth/auth.decorators';
import { ChangePasswordDto, RefreshDto, SignInDto } from './sign-in.dto';
import type { RequestContextFields } from '../auth/request-with-actor';
import { PasswordSignIn } from './password-sign-in';
import {
  REFRESH_COOKIE,
  clearSessionCookies,
  cookieOf,
  setSessionCookies,
} from '../auth/sessions/session-cookies';
import { type IssuedSession, SessionIssuer, type SignInRequest } from './session-issuer';
import { type SignedIn, signedInAnswer } from './signed-in-answer';

/** Sign-in, the session's refresh and end, the official's own sessions and password (docs/api.md "Sign-in"). */
@ApiTags('auth')
@Controller('api/auth')
export class SignInController {
  constructor(
    private readonly passwords: PasswordSignIn,
    private readonly sessions: SessionIssuer,
    @Inject(STORES) private readonly stores: Stores,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  @Public()
  async signIn(
    @Body() body: SignInDto,
    @Req() request: FastifyRequest & RequestContextFields,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignedIn> {
    const issued = await this.passwords.signIn(body, signInRequest(request));
    return this.deliver(issued, body.delivery ?? 'bearer', request, reply);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  async refresh(
    @Body() body: RefreshDto,
    @Req() request: FastifyRequest & RequestContextFields,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignedIn> {
    const fromCookie = body.refreshToken === undefined;
    const token = body.refreshToken ?? cookieOf(request, REFRESH_COOKIE);
    if (!token) {
      throw ApiError.invalid([
        { field: 'refreshToken', reason: "is required (or the console's cookie)", rule: 'required' },
      ]);
    }
    try {
      const issued = await this.sessions.refresh(token, signInRequest(request));
      return this.deliver(issued, fromCookie ? 'cookie' : 'bearer', request, reply);
    } catch (error) {
      if (fromCookie) clearSessionCookies(reply);
      throw error;
    }
  }

  @Post('sign-out')
  @HttpCode(204)
  @ApiBearerAuth()
  async signOut(
    @Context() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    clearSessionCookies(reply);
    await this.sessions.end(ownSession(context), 'signed-out', context);
  }

  @Get('me')
  @ApiBearerAuth()
  me(@Context() context: CommandContext) {
    const { id, name, departmentId, roles, sessionId, inspectorId, via } = context.actor;
    return {
      id,
      name,
      departmentId,
      roles,
      sessionId: sessionId ?? null,
      inspectorId: inspectorId ?? null,
      via: via ?? null,
    };
  }

  @Get('sessions')
  @ApiBearerAuth()
  async mySessions(
    @Context() context: CommandContext,
  ): Promise<{ items: (SessionView & { current: boolean })[] }> {
    const current = ownSession(context);
    const found = await this.stores.projections.collection<SessionView>('sessions', 'sessions').find({
      filter: { userId: context.actor.id },
      sort: [{ field: 'startedAt', direction: 'desc' }],
      limit: 50,
    });
    return { items: found.items.map((s) => ({ ...s, current: s.id === current })) };
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiBearerAuth()
  async endSession(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Context() context: CommandContext,
  ): Promise<void> {
    ownSession(context);
    await this.sessions.end(id, 'ended-by-user', context);
  }

  @Put('password')
  @HttpCode(204)
  @ApiBearerAuth()
  async changePassword(@Body() body: ChangePasswordDto, @Context() context: CommandContext): Promise<void> {
    ownSession(context);
    if (!(await this.passwords.isCurrent(context.actor.id, body.currentPassword, context.now.getTime()))) {
      throw ApiError.forbidden('PASSWORD_WRONG', 'The current password is wrong');
    }
    await this.passwords.setOwn(
      context.actor.id,
      body.currentPassword,
      body.newPassword,
      'newPassword',
      context,
    );
  }

  private deliver(
    issued: IssuedSession,
    delivery: 'bearer' | 'cookie',
    request: FastifyRequest,
    reply: FastifyReply,
  ): SignedIn {
    if (delivery === 'bearer') return signedInAnswer(issued, true);
    setSessionCookies(request, reply, issued, Date.now());
    return signedInAnswer(issued, false);
  }
}

function signInRequest(request: FastifyRequest & RequestContextFields): SignInRequest {
  return { now: request.now ?? new Date(), correlationId: request.correlationId ?? 'sign-in' };
}

/** The session of a signed-in official; a service token has none. */
function ownSession(context: CommandContext): string {
  if (!context.actor.sessionId) {
    throw ApiError.forbidden('NOT_A_SESSION', 'A service token has no sign-in session');
  }
  return context.actor.sessionId;
}
