import type { HistoryEntry, ImportReport, Page } from '@app/contract';
import {
  EARLIEST_YEAR,
  LATEST_YEAR,
  type EntityChangesInput,
  type EntityCommand,
  type EntityState,
  beijingYear,
  countedChecks,
  entityDecider,
  entityIdOf,
  registerStreams,
} from '@app/domain';
import {
  type EntityChecksView,
  type EntityTagView,
  type EntityView,
  entityChecksId,
  sharedVisits,
} from '@app/projections';
import type { AppConfig, Stores } from '@app/runtime';
import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { historyOrNotFound, stateAtOrNotFound } from '../history/aggregate-history';
import type { CommandContext } from '../commands/command-context';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandFrom, DecideCommand, type DecisionOutcome } from '../commands/decide.command';
import { Context } from '../commands/request-context';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { ReasonDto } from './check-item.dto';
import { EntityQueryDto, RegisterEntityDto, RerateEntityDto, UpdateEntityDto } from './entity.dto';
import { searchEntityDirectory } from './entity-directory.query';
import { ENTITY_COLUMNS, entityRowToPlain } from './entity-import';
import { importEntityChunk } from './entity-import-chunk';
import { entityProfileOf } from './entity-profile';
import { type EntityAnswer, entityAnswer, withSealedContact } from './entity-contact';
import { sendTemplate } from './template-answer';
import { FILE_UPLOAD, importUploadedSheet, rowCommandId } from './sheet-import';
import { ImportMetrics } from '../metrics/import-metrics';
import { IMPORT_SLOTS } from './import-slots.provider';
import { UPLOAD_SPOOL } from './upload-spool.provider';
import type { ImportSlots, UploadSpool } from '../import';
import { assertEntityWithinJurisdiction } from '../org/entity-jurisdiction';

/** The entity directory (检查对象名录库). Ids are the entities' codes. */
@ApiTags('registers: entities')
@ApiBearerAuth()
@Controller('api/entities')
export class EntitiesController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(STORES) private readonly stores: Stores,
    private readonly importMetrics: ImportMetrics,
    @Inject(UPLOAD_SPOOL) private readonly spool: UploadSpool,
    @Inject(IMPORT_SLOTS) private readonly importSlots: ImportSlots,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('admin', 'operator')
  async register(
    @Body() body: RegisterEntityDto,
    @Context() context: CommandContext,
  ): Promise<{ id: string }> {
    const profile = entityProfileOf(body);
    const entityId = entityIdOf(profile.code, profile.kind);
    await this.withinJurisdiction(context, entityId, profile.regionCode);
    const { contactMobile } = body;
    await this.decide(
      entityId,
      async (state) => ({
        kind: 'RegisterEntity',
        entityId,
        profile: await withSealedContact(this.stores.vault, entityId, contactMobile, state, profile),
      }),
      context,
    );
    return { id: entityId };
  }

  /** Bulk import of a CSV or XLSX sheet: valid rows applied, invalid rows reported, re-import changes nothing. */
  @Post('import')
  @HttpCode(200)
  @Roles('admin', 'operator')
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_UPLOAD)
  async import(@Req() request: FastifyRequest, @Context() context: CommandContext): Promise<ImportReport> {
    const report = await importUploadedSheet(
      request,
      this.stores,
      { spool: this.spool, slots: this.importSlots },
      {
        columns: ENTITY_COLUMNS,
        dto: RegisterEntityDto,
        toPlain: entityRowToPlain,
        keyOf: (plain) => (typeof plain.code === 'string' ? plain.code.toUpperCase() : undefined),
        // A chunk's rows read, decided and appended together; a row whose entity changed meanwhile
        // goes through its command (apply).
        applyChunk: (rows, beforeWrite) => importEntityChunk(this.stores.events, context, rows, beforeWrite),
        apply: async (dto, row) => {
          const profile = entityProfileOf(dto);
          const entityId = entityIdOf(profile.code, profile.kind);
          // Refused per row: the report lists the row, the rest of the sheet goes on.
          await this.withinJurisdiction(context, entityId, profile.regionCode);
          return this.decide(
            entityId,
            { kind: 'ImportEntity', entityId, profile },
            { ...context, commandId: rowCommandId(context.commandId, row) },
            false,
          );
        },
      },
    );
    return this.importMetrics.counted('entities', report);
  }

  @Get('import-template')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async template(
    @Query('format') format: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendTemplate(reply, ENTITY_COLUMNS, 'entities-template', format);
  }

  @Patch(':id')
  @Roles('admin', 'operator')
  async update(
    @Param('id') id: string,
    @Body() body: UpdateEntityDto,
    @Context() context: CommandContext,
  ): Promise<EntityAnswer> {
    const { contactMobile, ...rest } = body;
    const changes: EntityChangesInput = rest;
    await this.withinJurisdiction(context, id, changes.regionCode);
    await this.decide(
      id,
      async (state) => ({
        kind: 'UpdateEntity',
        entityId: id,
        changes: await withSealedContact(this.stores.vault, id, contactMobile, state, changes),
      }),
      context,
    );
    return this.answer(id);
  }

  /** Re-rates the credit-risk class (信用风险分类), with the reason. */
  @Post(':id/credit-risk')
  @HttpCode(200)
  @Roles('admin', 'operator')
  async rerate(
    @Param('id') id: string,
    @Body() body: RerateEntityDto,
    @Context() context: CommandContext,
  ): Promise<EntityAnswer> {
    await this.withinJurisdiction(context, id);
    await this.decide(
      id,
      { kind: 'RerateEntity', entityId: id, creditRisk: body.creditRisk, reason: body.reason },
      context,
    );
    return this.answer(id);
  }

  @Post(':id/deregister')
  @HttpCode(200)
  @Roles('admin', 'operator')
  async deregister(
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Context() context: CommandContext,
  ): Promise<EntityAnswer> {
    await this.withinJurisdiction(context, id);
    await this.decide(id, { kind: 'DeregisterEntity', entityId: id, reason: body.reason }, context);
    return this.answer(id);
  }

  @Get()
  async search(@Query() query: EntityQueryDto): Promise<Page<EntityAnswer>> {
    const page = await searchEntityDirectory(
      this.stores.projections.collection<EntityView>('entities', 'entities'),
      this.stores.projections.collection<EntityTagView>('entities', 'tags'),
      query,
    );
    const keyring = this.stores.vault.keyring();
    return { ...page, items: await Promise.all(page.items.map((view) => entityAnswer(keyring, view))) };
  }

  /** How often the entity was drawn for inspection in a year (default: this year, Beijing time). */
  @Get(':id/checks')
  async checks(
    @Param('id') id: string,
    @Query('year') year: string | undefined,
  ): Promise<{
    entityId: string;
    year: number;
    count: number;
    taskIds: string[];
    discardedTaskIds: string[];
    counted: number;
    cap: number;
    visits: { visitId: string; taskIds: string[] }[];
  }> {
    const wanted = year === undefined ? beijingYear(this.clock.now()) : Number(year);
    if (!Number.isInteger(wanted) || wanted < EARLIEST_YEAR || wanted > LATEST_YEAR) {
      throw ApiError.invalid([
        {
          field: 'year',
          reason: `must be a year ${EARLIEST_YEAR}–${LATEST_YEAR}`,
          rule: 'year',
          params: { min: EARLIEST_YEAR, max: LATEST_YEAR },
        },
      ]);
    }
    await this.get(id);
    const found = await this.stores.projections
      .collection<EntityChecksView>('entityChecks', 'checks')
      .get(entityChecksId(id, wanted));
    const count = found?.count ?? 0;
    const discardedTaskIds = found?.discardedTaskIds ?? [];
    return {
      entityId: id,
      year: wanted,
      count,
      taskIds: found?.taskIds ?? [],
      discardedTaskIds,
      // What the yearly cap sees under the deployment's policy (docs/draw.md "Cancelled draws").
      counted: countedChecks(count, discardedTaskIds.length, this.config.discardedDrawsCount),
      cap: this.config.yearlyCap,
      // Checks shared in one agreed visit, counted once (ADR 39): why `count` is below the tasks.
      visits: sharedVisits(found?.sharedChecks),
    };
  }

  /** Every change to the entity's directory entry: who, role, department, reason, and the entry after. */
  @Get(':id/history')
  async history(@Param('id') id: string): Promise<HistoryEntry<EntityState>[]> {
    return historyOrNotFound(this.stores.events, registerStreams.entity(id), entityDecider, {
      code: 'ENTITY_NOT_FOUND',
      name: `entity ${id}`,
    });
  }

  /** The entry (read model); with `at` (a revision or a time), as it stood then, from its stream. */
  @Get(':id')
  @ApiQuery({ name: 'at', required: false, description: 'a revision, or an ISO 8601 time' })
  async read(
    @Param('id') id: string,
    @Query('at') at?: string,
  ): Promise<EntityAnswer | ({ id: string; at: string; revision: number } & EntityState)> {
    if (at === undefined) return this.answer(id);
    return stateAtOrNotFound(this.stores.events, registerStreams.entity(id), entityDecider, at, id, {
      code: 'ENTITY_NOT_FOUND',
      name: `entity ${id}`,
    });
  }

  /** The entry as answered: the contact's mobile masked, never its sealed bytes. */
  async answer(id: string): Promise<EntityAnswer> {
    return entityAnswer(this.stores.vault, await this.get(id));
  }

  async get(id: string): Promise<EntityView> {
    const found = await this.stores.projections.collection<EntityView>('entities', 'entities').get(id);
    if (!found) throw ApiError.notFound('ENTITY_NOT_FOUND', `No entity ${id}`);
    return found;
  }

  private withinJurisdiction(context: CommandContext, entityId: string, regionCode?: string): Promise<void> {
    return assertEntityWithinJurisdiction(this.stores.events, context.actor, entityId, regionCode);
  }

  private decide(
    entityId: string,
    command: CommandFrom<EntityCommand, EntityState>,
    context: CommandContext,
    waitForReadModels = true,
  ): Promise<DecisionOutcome> {
    return this.commands.execute(
      new DecideCommand(registerStreams.entity(entityId), entityDecider, command, context, {
        waitForReadModels,
      }),
    );
  }
}
