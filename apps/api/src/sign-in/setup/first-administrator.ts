import { departmentDecider, registerStreams } from '@app/domain';
import { newEventId } from '@app/event-store';
import { type Stores, hashPassword, passwordProblem } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiError } from '../../common/api-error';
import type { CommandContext } from '../../commands/command-context';
import { DecideCommand } from '../../commands/decide.command';
import { STORES } from '../../stores/stores.providers';
import { UserAccounts } from '../../users/user-accounts';
import { PasswordHashes } from '../../auth/password-hashes';
import { type IssuedSession, SessionIssuer, type SignInRequest, selfContext } from '../session-issuer';
import type { FirstAdministratorDto } from './setup.dto';
import { SetupLink } from './setup-link';

/** Who registers the first department and account: the setup link, named as such in their events. */
const SETUP_ACTOR = { id: 'setup-link', name: '首次设置链接' } as const;

/**
 * A fresh deployment's first administrator: their department, their account, `admin` granted by
 * the setup link (the one grant of admin without a second administrator), and their own password.
 */
@Injectable()
export class FirstAdministrator {
  readonly link: SetupLink;
  private readonly hashes: PasswordHashes;

  constructor(
    @Inject(STORES) stores: Stores,
    private readonly commands: CommandBus,
    private readonly accounts: UserAccounts,
    private readonly sessions: SessionIssuer,
  ) {
    this.link = new SetupLink(stores.records);
    this.hashes = new PasswordHashes(stores.records);
  }

  async setUp(dto: FirstAdministratorDto, request: SignInRequest): Promise<IssuedSession> {
    const problem = passwordProblem(dto.password);
    if (problem) throw ApiError.invalid([{ field: 'password', reason: problem, rule: 'passwordPolicy' }]);
    const now = request.now.getTime();
    const taken = await this.link.take(dto.code, now);
    if (taken === 'done')
      throw new ApiError(409, 'SETUP_DONE', 'This deployment has its first administrator');
    if (taken === 'busy') throw new ApiError(409, 'SETUP_IN_PROGRESS', 'Another setup is under way');
    if (taken === 'invalid') {
      throw ApiError.forbidden(
        'SETUP_LINK_INVALID',
        'This setup link is not the current one, or has run out',
      );
    }
    try {
      const userId = await this.register(dto, request);
      const user = await this.accounts.view(userId);
      await this.hashes.store(userId, await hashPassword(dto.password));
      await this.accounts.decide(userId, { kind: 'SetPassword', userId }, selfContext(user, request));
      await this.link.finish(now);
      return await this.sessions.begin(await this.accounts.view(userId), 'password', request);
    } catch (error) {
      await this.link.release();
      throw error;
    }
  }

  private async register(dto: FirstAdministratorDto, request: SignInRequest): Promise<string> {
    const context = (): CommandContext => ({
      actor: { ...SETUP_ACTOR, departmentId: dto.departmentId, roles: ['admin'] },
      rolesUsed: ['admin'],
      correlationId: request.correlationId,
      commandId: newEventId(),
      now: request.now,
    });
    await this.commands.execute(
      new DecideCommand(
        registerStreams.department(dto.departmentId),
        departmentDecider,
        {
          kind: 'RegisterDepartment',
          departmentId: dto.departmentId,
          name: dto.departmentName,
          regionCode: dto.regionCode,
        },
        context(),
      ),
    );
    const { departmentId, name, post, employeeNumber, mobile } = dto;
    const userId = await this.accounts.register(
      { departmentId, name, post, employeeNumber, mobile },
      context(),
    );
    await this.accounts.decide(userId, { kind: 'GrantFirstAdministrator', userId }, context());
    return userId;
  }
}
