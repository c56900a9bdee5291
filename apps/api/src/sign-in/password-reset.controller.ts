import { type Stores, hashPassword, passwordProblem } from '@app/runtime';
import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { randomBytes } from 'node:crypto';
import { Roles } from '../auth/auth.decorators';
import { PasswordHashes } from '../auth/password-hashes';
import { signInName } from './password-sign-in';
import { SignInThrottle } from './sign-in-throttle';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { STORES } from '../stores/stores.providers';
import { UserAccounts } from '../users/user-accounts';

/** A temporary password that meets the policy: 20 characters of letters, digits, - and _. */
export function temporaryPassword(): string {
  for (;;) {
    const candidate = randomBytes(15).toString('base64url');
    if (passwordProblem(candidate) === undefined) return candidate;
  }
}

/** An administrator resets an official's password: a temporary one, changed at the next sign-in. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('api/users')
export class PasswordResetController {
  private readonly hashes: PasswordHashes;
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly accounts: UserAccounts,
    @Inject(STORES) stores: Stores,
  ) {
    this.hashes = new PasswordHashes(stores.records);
    this.throttle = new SignInThrottle(stores.records);
  }

  /**
   * Answers the temporary password once (it is stored only as its hash). The reset ends the
   * account's sessions and its lock; the official must set their own password at sign-in.
   */
  @Post(':id/password-reset')
  @HttpCode(200)
  @Roles('admin')
  async reset(
    @Param('id') id: string,
    @Context() context: CommandContext,
  ): Promise<{ temporaryPassword: string }> {
    const user = await this.accounts.view(id);
    const password = temporaryPassword();
    await this.hashes.store(id, await hashPassword(password));
    await this.accounts.decide(id, { kind: 'ResetPassword', userId: id, actorId: context.actor.id }, context);
    await this.throttle.cleared(signInName(user.departmentId, user.employeeNumber));
    return { temporaryPassword: password };
  }
}
