import type { Page } from '@app/contract';
import {
  type CheckItemChanges,
  type CheckItemDefinition,
  checkItemDecider,
  registerStreams,
} from '@app/domain';
import type { CheckItemView } from '@app/projections';
import type { DocumentFilter } from '@app/read-store';
import type { AppConfig, Stores } from '@app/runtime';
import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { assertActsFor } from '../auth/department-access';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { CommandBus } from '@nestjs/cqrs';
import { DecideCommand } from '../commands/decide.command';
import { loadAggregate } from '@app/audit';
import { Context } from '../commands/request-context';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { AddCheckItemDto, CheckItemQueryDto, ReasonDto, UpdateCheckItemDto } from './check-item.dto';
import { isDepartmentRegistered } from './register-reads';

@ApiTags('registers: check items')
@ApiBearerAuth()
@Controller('api')
export class CheckItemsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Adds an item to the department's check-item list (抽查事项清单). */
  @Post('check-items')
  @HttpCode(201)
  @Roles('admin', 'operator')
  async add(@Body() body: AddCheckItemDto, @Context() context: CommandContext): Promise<{ id: string }> {
    assertActsFor(context.actor, body.departmentId);
    const itemId = context.commandId;
    const definition: CheckItemDefinition = { ...body };
    await this.commands.execute(
      new DecideCommand(
        registerStreams.checkItem(itemId),
        checkItemDecider,
        {
          kind: 'AddCheckItem',
          itemId,
          definition,
          departmentRegistered: await isDepartmentRegistered(this.stores.events, body.departmentId),
          classLimits: this.config.itemClassLimits,
        },
        context,
      ),
    );
    return { id: itemId };
  }

  @Patch('check-items/:id')
  @Roles('admin', 'operator')
  async update(
    @Param('id') id: string,
    @Body() body: UpdateCheckItemDto,
    @Context() context: CommandContext,
  ): Promise<CheckItemView> {
    await this.assertOwnItem(id, context);
    const changes: CheckItemChanges = { ...body };
    await this.commands.execute(
      new DecideCommand(
        registerStreams.checkItem(id),
        checkItemDecider,
        { kind: 'UpdateCheckItem', itemId: id, changes, classLimits: this.config.itemClassLimits },
        context,
      ),
    );
    return this.get(id);
  }

  /** A retired item stays on record but cannot be used by new plans or tasks. */
  @Post('check-items/:id/retire')
  @HttpCode(200)
  @Roles('admin', 'operator')
  async retire(
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Context() context: CommandContext,
  ): Promise<CheckItemView> {
    await this.assertOwnItem(id, context);
    await this.commands.execute(
      new DecideCommand(
        registerStreams.checkItem(id),
        checkItemDecider,
        { kind: 'RetireCheckItem', itemId: id, reason: body.reason },
        context,
      ),
    );
    return this.get(id);
  }

  @Get('check-items')
  async list(@Query() query: CheckItemQueryDto): Promise<Page<CheckItemView>> {
    const filter: DocumentFilter = {};
    if (query.departmentId) filter.departmentId = query.departmentId;
    if (query.itemClass) filter.itemClass = query.itemClass;
    if (query.status) filter.status = query.status;
    return this.stores.projections
      .collection<CheckItemView>('checkItems', 'items')
      .find({ filter, limit: query.limit, after: query.cursor });
  }

  @Get('check-items/:id')
  async get(@Param('id') id: string): Promise<CheckItemView> {
    const found = await this.stores.projections.collection<CheckItemView>('checkItems', 'items').get(id);
    if (!found) throw ApiError.notFound('CHECK_ITEM_NOT_FOUND', `No check item ${id}`);
    return found;
  }

  private async assertOwnItem(id: string, context: CommandContext): Promise<void> {
    const { state } = await loadAggregate(
      this.stores.events,
      registerStreams.checkItem(id),
      checkItemDecider,
    );
    if (state.status === 'absent') throw ApiError.notFound('CHECK_ITEM_NOT_FOUND', `No check item ${id}`);
    assertActsFor(context.actor, state.definition.departmentId);
  }
}
