import type { Page } from '@app/contract';
import { jointItemListDecider, registerStreams } from '@app/domain';
import type { JointItemListView } from '@app/projections';
import type { DocumentFilter } from '@app/read-store';
import type { Stores } from '@app/runtime';
import { loadAggregate } from '@app/audit';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { assertActsFor } from '../auth/department-access';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { DecideCommand } from '../commands/decide.command';
import { Context } from '../commands/request-context';
import { STORES } from '../stores/stores.providers';
import { DrawUpJointItemListDto, ReasonDto } from './check-item.dto';
import { AmendJointItemListDto, JointItemListQueryDto } from './joint-item-list.dto';
import { listedItemFacts } from './register-reads';

/** The joint industry lists (一业一单): drawn up, amended version by version, retired; each with a reason. */
@ApiTags('registers: check items')
@ApiBearerAuth()
@Controller('api/joint-item-lists')
export class JointItemListsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(STORES) private readonly stores: Stores,
  ) {}

  /** Merges several departments' items for one industry (一业一单). */
  @Post()
  @HttpCode(201)
  @Roles('admin', 'operator')
  async drawUp(
    @Body() body: DrawUpJointItemListDto,
    @Context() context: CommandContext,
  ): Promise<{ id: string }> {
    assertActsFor(context.actor, body.leadDepartmentId);
    const listId = context.commandId;
    const items = await listedItemFacts(this.stores.events, body.itemIds);
    await this.decide(listId, { kind: 'DrawUpJointItemList', listId, ...body, items }, context);
    return { id: listId };
  }

  /** A new version (items, lead or name), with a reason; the lead department's staff amend it. */
  @Post(':id/amend')
  @HttpCode(200)
  @Roles('admin', 'operator')
  async amend(
    @Param('id') id: string,
    @Body() body: AmendJointItemListDto,
    @Context() context: CommandContext,
  ): Promise<JointItemListView> {
    const current = await this.current(id, context);
    // The items kept are checked again: one retired since cannot stay on a new version.
    const items = await listedItemFacts(this.stores.events, body.itemIds ?? current.itemIds);
    await this.decide(id, { kind: 'AmendJointItemList', listId: id, ...body, items }, context);
    return this.get(id);
  }

  /** A retired list stays on record, with every version, but makes no new task. */
  @Post(':id/retire')
  @HttpCode(200)
  @Roles('admin', 'operator')
  async retire(
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Context() context: CommandContext,
  ): Promise<JointItemListView> {
    await this.current(id, context);
    await this.decide(id, { kind: 'RetireJointItemList', listId: id, reason: body.reason }, context);
    return this.get(id);
  }

  @Get()
  async list(@Query() query: JointItemListQueryDto): Promise<Page<JointItemListView>> {
    const filter: DocumentFilter = query.status ? { status: query.status } : {};
    return this.stores.projections
      .collection<JointItemListView>('checkItems', 'jointLists')
      .find({ filter, limit: query.limit, after: query.cursor });
  }

  /** One list with its history: every version, oldest first. */
  @Get(':id')
  async get(@Param('id') id: string): Promise<JointItemListView> {
    const found = await this.stores.projections
      .collection<JointItemListView>('checkItems', 'jointLists')
      .get(id);
    if (!found) throw ApiError.notFound('JOINT_ITEM_LIST_NOT_FOUND', `No joint item list ${id}`);
    return found;
  }

  private async current(id: string, context: CommandContext) {
    const stream = registerStreams.jointItemList(id);
    const { state } = await loadAggregate(this.stores.events, stream, jointItemListDecider);
    if (state.status === 'absent') {
      throw ApiError.notFound('JOINT_ITEM_LIST_NOT_FOUND', `No joint item list ${id}`);
    }
    assertActsFor(context.actor, state.leadDepartmentId);
    return state;
  }

  private decide(
    listId: string,
    command: Parameters<typeof jointItemListDecider.decide>[0],
    context: CommandContext,
  ): Promise<unknown> {
    return this.commands.execute(
      new DecideCommand(registerStreams.jointItemList(listId), jointItemListDecider, command, context),
    );
  }
}
