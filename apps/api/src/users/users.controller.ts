import type { RoleGrantAnswer, UserName } from '@app/contract';
import { isRole, ROLES } from '@app/domain';
import type { UserView } from '@app/projections';
import type { DocumentFilter } from '@app/read-store';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { recordThenDestroyKey } from '../common/key-erasure';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { ReasonDto } from '../registers/check-item.dto';
import { GrantRoleDto, LinkInspectorDto, RegisterUserDto, UserNamesQueryDto, UserQueryDto } from './user.dto';
import { type UserAnswer, UserAccounts } from './user-accounts';

/**
 * Officials' accounts (docs/security.md, "Accounts"): administrators register them and grant
 * roles; a grant of admin or principal is a request a second administrator approves.
 */
@ApiTags('users')
@ApiBearerAuth()
@Controller('api/users')
export class UsersController {
  constructor(private readonly accounts: UserAccounts) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  async register(@Body() body: RegisterUserDto, @Context() context: CommandContext): Promise<{ id: string }> {
    return { id: await this.accounts.register(body, context) };
  }

  @Get()
  @Roles('admin')
  async list(@Query() query: UserQueryDto): Promise<{ items: UserView[]; nextCursor?: string }> {
    const filter: DocumentFilter = {};
    if (query.departmentId !== undefined) filter.departmentId = query.departmentId;
    if (query.status !== undefined) filter.status = query.status;
    const page = await this.accounts.users().find({ filter, limit: query.limit, after: query.cursor });
    return { items: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  /** Names for ids, for any signed-in official: the unknown ids are left out. */
  @Get('names')
  async names(@Query() query: UserNamesQueryDto): Promise<{ items: UserName[] }> {
    const ids = [...new Set(query.ids)];
    // One query: at most MAX_NAME_IDS (200) ids, within a page (MAX_PAGE 1000).
    const page = await this.accounts.users().find({ filter: { id: { $in: ids } }, limit: ids.length });
    return { items: page.items.map(({ id, name, departmentId }) => ({ id, name, departmentId })) };
  }

  @Get(':id')
  @Roles('admin')
  get(@Param('id') id: string): Promise<UserAnswer> {
    return this.accounts.answer(id);
  }

  /** Grants a role; admin and principal become a request (`requestId`) another administrator approves. */
  @Post(':id/roles')
  @HttpCode(201)
  @Roles('admin')
  async grant(
    @Param('id') id: string,
    @Body() body: GrantRoleDto,
    @Context() context: CommandContext,
  ): Promise<RoleGrantAnswer> {
    const requestId = context.commandId;
    const outcome = await this.accounts.decide(
      id,
      { kind: 'GrantRole', userId: id, role: body.role, requestId, actorId: context.actor.id },
      context,
    );
    const requested = outcome.eventTypes?.includes('UserRoleRequested') === true;
    const user = await this.accounts.view(id);
    return requested ? { status: 'requested', requestId, user } : { status: 'granted', user };
  }

  @Post(':id/role-requests/:requestId/approve')
  @HttpCode(200)
  @Roles('admin')
  async approve(
    @Param('id') id: string,
    @Param('requestId') requestId: string,
    @Context() context: CommandContext,
  ): Promise<UserView> {
    await this.accounts.decide(
      id,
      { kind: 'ApproveRoleRequest', userId: id, requestId, actorId: context.actor.id },
      context,
    );
    return this.accounts.view(id);
  }

  /** Another administrator refuses the grant, or the requester withdraws it. */
  @Post(':id/role-requests/:requestId/reject')
  @HttpCode(200)
  @Roles('admin')
  async reject(
    @Param('id') id: string,
    @Param('requestId') requestId: string,
    @Body() body: ReasonDto,
    @Context() context: CommandContext,
  ): Promise<UserView> {
    await this.accounts.decide(
      id,
      { kind: 'RejectRoleRequest', userId: id, requestId, actorId: context.actor.id, reason: body.reason },
      context,
    );
    return this.accounts.view(id);
  }

  @Delete(':id/roles/:role')
  @Roles('admin')
  async revoke(
    @Param('id') id: string,
    @Param('role') role: string,
    @Body() body: ReasonDto,
    @Context() context: CommandContext,
  ): Promise<UserView> {
    if (!isRole(role)) {
      throw ApiError.invalid([
        {
          field: 'role',
          reason: `must be one of ${ROLES.join(', ')}`,
          rule: 'isIn',
          params: { values: ROLES },
        },
      ]);
    }
    await this.accounts.decide(
      id,
      {
        kind: 'RevokeRole',
        userId: id,
        role,
        actorId: context.actor.id,
        reason: body.reason,
        otherActiveAdmins: await this.accounts.otherActiveAdmins(id),
      },
      context,
    );
    return this.accounts.view(id);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Roles('admin')
  async disable(
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Context() context: CommandContext,
  ): Promise<UserView> {
    await this.accounts.decide(
      id,
      {
        kind: 'DisableUser',
        userId: id,
        actorId: context.actor.id,
        reason: body.reason,
        otherActiveAdmins: await this.accounts.otherActiveAdmins(id),
      },
      context,
    );
    return this.accounts.view(id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @Roles('admin')
  async enable(@Param('id') id: string, @Context() context: CommandContext): Promise<UserView> {
    await this.accounts.decide(id, { kind: 'EnableUser', userId: id, actorId: context.actor.id }, context);
    return this.accounts.view(id);
  }

  /** The inspector of the directory this official signs in as: "in the team" then means them. */
  @Post(':id/inspector-link')
  @HttpCode(200)
  @Roles('admin')
  async linkInspector(
    @Param('id') id: string,
    @Body() body: LinkInspectorDto,
    @Context() context: CommandContext,
  ): Promise<UserView> {
    await this.accounts.linkInspector(id, body.inspectorId, context);
    return this.accounts.view(id);
  }

  /** Erases a disabled account's mobile number (crypto-shredding): recorded, then the key destroyed. */
  @Post(':id/erase')
  @HttpCode(200)
  @Roles('admin')
  async erase(
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Context() context: CommandContext,
  ): Promise<UserView> {
    await recordThenDestroyKey(
      this.accounts.vault(),
      id,
      'USER_ERASED',
      () =>
        this.accounts.decide(id, { kind: 'EraseUserPersonalData', userId: id, reason: body.reason }, context),
      { userId: id },
    );
    // An erased account never signs in again: its password hash goes too.
    await this.accounts.forgetPassword(id);
    return this.accounts.view(id);
  }
}
