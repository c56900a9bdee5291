import type { ImportReport } from '@app/contract';
import { type InspectorCommand, entityDecider, inspectorDecider, registerStreams } from '@app/domain';
import type { DepartmentView, InspectorView } from '@app/projections';
import type { DocumentFilter } from '@app/read-store';
import type { Actor, Stores } from '@app/runtime';
import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { assertActsFor } from '../auth/department-access';
import { ApiError } from '../common/api-error';
import { recordThenDestroyKey } from '../common/key-erasure';
import type { CommandContext } from '../commands/command-context';
import { CommandBus } from '@nestjs/cqrs';
import { DecideCommand } from '../commands/decide.command';
import { loadAggregate } from '@app/audit';
import { Context } from '../commands/request-context';
import { STORES } from '../stores/stores.providers';
import { ReasonDto } from './check-item.dto';
import {
  ChangeInspectorStatusDto,
  DeclareConflictDto,
  InspectorQueryDto,
  RegisterInspectorDto,
  UpdateInspectorDto,
} from './inspector.dto';
import { INSPECTOR_COLUMNS, inspectorRowToPlain } from './inspector-import';
import { departmentCellReader } from './department-cell';
import { type InspectorAnswer, InspectorRegistration } from './inspector-registration';
import { sendTemplate } from './template-answer';
import { FILE_UPLOAD, importUploadedSheet, rowCommandId } from './sheet-import';
import { ImportMetrics } from '../metrics/import-metrics';
import { IMPORT_SLOTS } from './import-slots.provider';
import { UPLOAD_SPOOL } from './upload-spool.provider';
import type { ImportSlots, UploadSpool } from '../import';
import { everything } from '../common/read-all';
import { inspectorIdOf } from '@app/runtime';

/** The inspector directory (执法检查人员名录库), experts included. ID-card numbers are masked. */
@ApiTags('registers: inspectors')
@ApiBearerAuth()
@Controller('api/inspectors')
export class InspectorsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly registration: InspectorRegistration,
    @Inject(STORES) private readonly stores: Stores,
    private readonly importMetrics: ImportMetrics,
    @Inject(UPLOAD_SPOOL) private readonly spool: UploadSpool,
    @Inject(IMPORT_SLOTS) private readonly importSlots: ImportSlots,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('admin', 'operator')
  async register(
    @Body() body: RegisterInspectorDto,
    @Context() context: CommandContext,
  ): Promise<{ id: string }> {
    assertActsFor(context.actor, body.departmentId);
    const checks = await this.registration.beginIdNumberChecks(context.actor);
    const { id } = await this.registration.register(body, context, 'register', checks);
    return { id };
  }

  /** Bulk import: each row registers or updates the person its ID-card number identifies. */
  @Post('import')
  @HttpCode(200)
  @Roles('admin', 'operator')
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_UPLOAD)
  async import(@Req() request: FastifyRequest, @Context() context: CommandContext): Promise<ImportReport> {
    // Read once; a suspension reached during the import refuses the rows after it.
    const checks = await this.registration.beginIdNumberChecks(context.actor);
    // The department column takes the department's name or its code.
    const department = departmentCellReader(await this.registeredDepartments());
    const report = await importUploadedSheet(
      request,
      this.stores,
      { spool: this.spool, slots: this.importSlots },
      {
        columns: INSPECTOR_COLUMNS,
        dto: RegisterInspectorDto,
        toPlain: (values) => inspectorRowToPlain(values, department),
        keyOf: (plain) => (typeof plain.idCardNumber === 'string' ? plain.idCardNumber : undefined),
        apply: async (dto, row) => {
          assertActsFor(context.actor, dto.departmentId);
          const { outcome } = await this.registration.register(
            dto,
            { ...context, commandId: rowCommandId(context.commandId, row) },
            'import',
            checks,
          );
          return outcome;
        },
      },
    );
    return this.importMetrics.counted('inspectors', report);
  }

  @Get('import-template')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async template(
    @Query('format') format: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendTemplate(reply, INSPECTOR_COLUMNS, 'inspectors-template', format);
  }

  @Patch(':id')
  @Roles('admin', 'operator')
  async update(
    @Param('id') id: string,
    @Body() body: UpdateInspectorDto,
    @Context() context: CommandContext,
  ): Promise<InspectorAnswer> {
    const state = await this.ownInspector(id, context.actor);
    const { phone, certificateNo, ...changes } = body;
    let personalData;
    if ((phone !== undefined || certificateNo !== undefined) && state.personalData) {
      const current = await this.registration.open(id, state.personalData);
      const next = {
        ...current!,
        ...(phone !== undefined ? { phone } : {}),
        ...(certificateNo !== undefined ? { certificateNo } : {}),
      };
      if (current && (current.phone !== next.phone || current.certificateNo !== next.certificateNo)) {
        personalData = await this.registration.sealFor(id, next);
      }
    }
    await this.decide(
      id,
      {
        kind: 'UpdateInspector',
        inspectorId: id,
        changes: changes,
        ...(personalData ? { personalData } : {}),
      },
      context,
    );
    return this.written(id, context.actor);
  }

  /** Active, suspended (cannot be drawn) or left. */
  @Post(':id/status')
  @HttpCode(200)
  @Roles('admin', 'operator')
  async changeStatus(
    @Param('id') id: string,
    @Body() body: ChangeInspectorStatusDto,
    @Context() context: CommandContext,
  ): Promise<InspectorAnswer> {
    await this.ownInspector(id, context.actor);
    await this.decide(
      id,
      { kind: 'ChangeInspectorStatus', inspectorId: id, status: body.status, reason: body.reason },
      context,
    );
    return this.written(id, context.actor);
  }

  /** A declared conflict of interest (回避): the inspector is never drawn for that entity. */
  @Post(':id/conflicts')
  @HttpCode(201)
  @Roles('admin', 'operator', 'inspector')
  async declareConflict(
    @Param('id') id: string,
    @Body() body: DeclareConflictDto,
    @Context() context: CommandContext,
  ): Promise<InspectorAnswer> {
    const { actor } = context;
    const self = actor.roles.includes('inspector') && inspectorIdOf(actor) === id;
    if (!self && !actor.roles.includes('admin') && !actor.roles.includes('operator')) {
      throw ApiError.forbidden(
        'NOT_YOUR_DECLARATION',
        'An inspector declares conflicts of interest for themselves only',
      );
    }
    if (!self) await this.ownInspector(id, actor);
    // Entities are filed under their credit code in capitals.
    const entityId = /^[0-9A-Za-z]{18}$/.test(body.entityId) ? body.entityId.toUpperCase() : body.entityId;
    const entity = await loadAggregate(this.stores.events, registerStreams.entity(entityId), entityDecider);
    await this.decide(
      id,
      {
        kind: 'DeclareConflictOfInterest',
        inspectorId: id,
        entityId,
        reason: body.reason,
        entityRegistered: entity.state.status !== 'absent',
      },
      context,
    );
    return this.written(id, actor);
  }

  /**
   * Erases a person's personal data (administrator): the key that sealed it is destroyed, so
   * the log keeps only unreadable bytes and stays replayable.
   */
  @Post(':id/erase')
  @HttpCode(200)
  @Roles('admin')
  async erase(
    @Param('id') id: string,
    @Body() body: ReasonDto,
    @Context() context: CommandContext,
  ): Promise<InspectorAnswer> {
    await recordThenDestroyKey(
      this.stores.vault,
      id,
      'INSPECTOR_ERASED',
      () =>
        this.decide(
          id,
          { kind: 'EraseInspectorPersonalData', inspectorId: id, reason: body.reason },
          context,
        ),
      { inspectorId: id },
    );
    return this.written(id, context.actor);
  }

  private async registeredDepartments(): Promise<DepartmentView[]> {
    const departments = this.stores.projections.collection<DepartmentView>('departments', 'departments');
    return everything(departments, undefined);
  }

  @Get()
  async list(
    @Query() query: InspectorQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ items: InspectorAnswer[]; nextCursor?: string }> {
    const filter: DocumentFilter = {};
    for (const field of ['departmentId', 'regionCode', 'category', 'status'] as const) {
      if (query[field] !== undefined) filter[field] = query[field];
    }
    const page = await this.stores.projections
      .collection<InspectorView>('inspectors', 'inspectors')
      .find({ filter, limit: query.limit, after: query.cursor });
    const items = await Promise.all(page.items.map((view) => this.registration.answer(view, actor)));
    return { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  @Get(':id')
  async get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<InspectorAnswer> {
    const found = await this.stores.projections.collection<InspectorView>('inspectors', 'inspectors').get(id);
    if (!found) throw ApiError.notFound('INSPECTOR_NOT_FOUND', `No inspector ${id}`);
    return this.registration.answer(found, actor);
  }

  /** The answer to a write: personal data masked for every role (see InspectorRegistration.answer). */
  private async written(id: string, actor: Actor): Promise<InspectorAnswer> {
    const found = await this.stores.projections.collection<InspectorView>('inspectors', 'inspectors').get(id);
    if (!found) throw ApiError.notFound('INSPECTOR_NOT_FOUND', `No inspector ${id}`);
    return this.registration.answer(found, actor, true);
  }

  private async ownInspector(id: string, actor: Actor) {
    const { state } = await loadAggregate(
      this.stores.events,
      registerStreams.inspector(id),
      inspectorDecider,
    );
    if (!state.registered) throw ApiError.notFound('INSPECTOR_NOT_FOUND', `No inspector ${id}`);
    assertActsFor(actor, state.profile.departmentId);
    return state;
  }

  private decide(id: string, command: InspectorCommand, context: CommandContext) {
    return this.commands.execute(
      new DecideCommand(registerStreams.inspector(id), inspectorDecider, command, context),
    );
  }
}
