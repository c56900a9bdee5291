import { loadAggregate } from '@app/audit';
import {
  type SealedPersonalData,
  type UserCommand,
  type UserState,
  inspectorDecider,
  registerStreams,
  userDecider,
} from '@app/domain';
import type { UserView } from '@app/projections';
import type { Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { PasswordHashes } from '../auth/password-hashes';
import { ApiError } from '../common/api-error';
import { everything } from '../common/read-all';
import type { CommandContext } from '../commands/command-context';
import { type CommandFrom, DecideCommand, type DecisionOutcome } from '../commands/decide.command';
import { isDepartmentRegistered } from '../registers/register-reads';
import { STORES } from '../stores/stores.providers';
import { InspectorLinkClaims } from './inspector-link-claims';
import type { RegisterUserDto } from './user.dto';

/** A department's employee number names one account (a claim in the vault, as ID-card numbers do). */
const EMPLOYEE_NUMBER = 'employeeNumber';

/** An account as an administrator reads it: the mobile number opened (null once erased). */
export type UserAnswer = UserView & { mobile: string | null };

/**
 * Officials' accounts: every write is a DecideCommand on `user-<id>` (ADR 20). The mobile number
 * is sealed with the person's own key in the vault, as inspectors' personal data is
 * (docs/record-store.md), so erasing the key erases it from the log.
 */
@Injectable()
export class UserAccounts {
  constructor(
    private readonly commands: CommandBus,
    @Inject(STORES) private readonly stores: Stores,
  ) {}

  /** Registers the account the department's employee number names; the same again is a retry. */
  async register(dto: RegisterUserDto, context: CommandContext): Promise<string> {
    const { vault, events } = this.stores;
    const userId = await vault.claimIdentity(
      EMPLOYEE_NUMBER,
      `${dto.departmentId}/${dto.employeeNumber}`,
      context.commandId,
    );
    const { state } = await loadAggregate(events, registerStreams.user(userId), userDecider);
    const before =
      state.registered && state.personalData ? await this.mobile(userId, state.personalData) : null;
    const personalData = (await vault.seal(userId, { mobile: dto.mobile })) as unknown as SealedPersonalData;
    const { departmentId, name, post, employeeNumber } = dto;
    await this.decide(
      userId,
      {
        kind: 'RegisterUser',
        userId,
        profile: { departmentId, name, post, employeeNumber },
        personalData,
        personalDataChanged: state.registered && before !== dto.mobile,
        departmentRegistered: await isDepartmentRegistered(events, departmentId),
      },
      context,
    );
    return userId;
  }

  /**
   * Links the inspector, holding its claim (one user per inspector, atomically), knowing from the
   * directories whose department it is and whom it is linked to.
   */
  async linkInspector(userId: string, inspectorId: string, context: CommandContext): Promise<void> {
    const claims = new InspectorLinkClaims(this.stores.records, this.stores.events);
    await claims.linking(userId, inspectorId, () => this.decideLink(userId, inspectorId, context));
  }

  /**
   * Active accounts other than `userId` holding `admin`, from the user directory: the fact the
   * decider needs to keep one administrator (LAST_ADMINISTRATOR).
   */
  async otherActiveAdmins(userId: string): Promise<number> {
    const active = await everything(this.users(), { status: 'active' });
    return active.filter((user) => user.id !== userId && user.roles.includes('admin')).length;
  }

  private async decideLink(userId: string, inspectorId: string, context: CommandContext): Promise<void> {
    const { state } = await loadAggregate(
      this.stores.events,
      registerStreams.inspector(inspectorId),
      inspectorDecider,
    );
    const linked = await this.users().find({ filter: { inspectorId }, limit: 1 });
    const linkedUserId = linked.items[0]?.id;
    await this.decide(
      userId,
      {
        kind: 'LinkInspector',
        userId,
        inspectorId,
        inspector: state.registered
          ? {
              registered: true,
              departmentId: state.profile.departmentId,
              ...(linkedUserId ? { linkedUserId } : {}),
            }
          : { registered: false },
        actorId: context.actor.id,
      },
      context,
    );
  }

  decide(
    userId: string,
    command: CommandFrom<UserCommand, UserState>,
    context: CommandContext,
  ): Promise<DecisionOutcome> {
    return this.commands.execute(
      new DecideCommand(registerStreams.user(userId), userDecider, command, context),
    );
  }

  vault() {
    return this.stores.vault;
  }

  async forgetPassword(userId: string): Promise<void> {
    await new PasswordHashes(this.stores.records).forget(userId);
  }

  users() {
    return this.stores.projections.collection<UserView>('users', 'users');
  }

  async view(userId: string): Promise<UserView> {
    const found = await this.users().get(userId);
    if (!found) throw ApiError.notFound('USER_NOT_FOUND', `No user ${userId}`);
    return found;
  }

  /** The account with its mobile number opened, for an administrator (the route's only role). */
  async answer(userId: string): Promise<UserAnswer> {
    const view = await this.view(userId);
    const { state } = await loadAggregate(this.stores.events, registerStreams.user(userId), userDecider);
    const sealed = state.registered ? state.personalData : null;
    return { ...view, mobile: sealed ? await this.mobile(userId, sealed) : null };
  }

  private async mobile(userId: string, sealed: SealedPersonalData): Promise<string | null> {
    const opened = await this.stores.vault.open(userId, sealed as never);
    return opened?.mobile ?? null;
  }
}
