import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../auth/auth.decorators';
import type { RequestContextFields } from '../../auth/request-with-actor';
import { setSessionCookies } from '../../auth/sessions/session-cookies';
import { OidcRefused, OidcSignIn } from './oidc-sign-in';

/** Where the console goes after a sign-in, and where a refused one lands (with `?error=CODE`). */
const CONSOLE_HOME = '/';
const SIGN_IN_PAGE = '/sign-in';

/** Which sign-ins this deployment offers, and the one through the unified identity platform (docs/api.md). */
@ApiTags('auth')
@Controller('api/auth')
export class OidcController {
  constructor(private readonly oidc: OidcSignIn) {}

  /** The console shows the platform's button when `oidc` is true. */
  @Get('methods')
  @Public()
  methods(): { password: true; oidc: boolean } {
    return { password: true, oidc: this.oidc.configured };
  }

  @Get('oidc/start')
  @Public()
  async start(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    try {
      const url = await this.oidc.start(request, reply);
      await reply.redirect(url.href, 302);
    } catch (error) {
      await refuse(reply, error);
    }
  }

  @Get('oidc/callback')
  @Public()
  async callback(
    @Req() request: FastifyRequest & RequestContextFields,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      const at = { now: request.now ?? new Date(), correlationId: request.correlationId ?? 'sign-in' };
      const issued = await this.oidc.finish(request, reply, at);
      setSessionCookies(request, reply, issued, Date.now());
      await reply.redirect(CONSOLE_HOME, 302);
    } catch (error) {
      await refuse(reply, error);
    }
  }
}

/** A refusal goes back to the console's sign-in page, which says why; anything else is the api's error. */
async function refuse(reply: FastifyReply, error: unknown): Promise<void> {
  if (!(error instanceof OidcRefused)) throw error;
  await reply.redirect(`${SIGN_IN_PAGE}?error=${error.code}`, 302);
}
