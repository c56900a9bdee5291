import type { HandOverItem } from '@app/contract';
import type { DepartmentView, EntityView, HandOverView, TaskSummaryView } from '@app/projections';
import type { Actor, Stores } from '@app/runtime';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { everything } from '../common/read-all';
import { STORES } from '../stores/stores.providers';
import { acting } from './acting';
import { decideTaskRequest } from './decide-task-request';
import { DecisionDto, HandOverAnswerDto, HandOverDto, HandOverQueryDto, PostponementRequestDto } from './dto';
import { beijingDate } from './task-facts';
import { taskCommand } from './task-command';

/**
 * After the announcement: a locked task postponed (延迟; Yuanqu 二(三)), asked by its lead and
 * approved by a head of the lead (ADR 36); a business that moved away handed over to the
 * department of its new region, which takes it into a task of its own or declines (Yiyuan 二十八).
 */
@ApiTags('tasks: after the announcement')
@ApiBearerAuth()
@Controller('api')
export class AfterAnnouncementController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(STORES) private readonly stores: Stores,
  ) {}

  @Post('tasks/:id/postponement-requests')
  @HttpCode(201)
  @Roles('operator', 'head')
  async requestPostponement(
    @Param('id') id: string,
    @Body() body: PostponementRequestDto,
    @Context() context: CommandContext,
  ): Promise<{ requestId: string }> {
    const requestId = context.commandId;
    const { from, to } = body.window;
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'RequestPostponement',
          taskId: id,
          by: acting(context),
          requestId,
          window: { from, to },
          reason: body.reason,
          today: beijingDate(context.now),
        },
        context,
      ),
    );
    return { requestId };
  }

  @Post('tasks/:id/postponement-requests/:requestId/approve')
  @HttpCode(200)
  @Roles('head')
  @ApiParam({ name: 'requestId' })
  approvePostponement(
    @Param() p: Record<string, string>,
    @Body() body: DecisionDto,
    @Context() c: CommandContext,
  ) {
    return this.decide(p.id, p.requestId, true, body, c);
  }

  @Post('tasks/:id/postponement-requests/:requestId/reject')
  @HttpCode(200)
  @Roles('head')
  @ApiParam({ name: 'requestId' })
  rejectPostponement(
    @Param() p: Record<string, string>,
    @Body() body: DecisionDto,
    @Context() c: CommandContext,
  ) {
    return this.decide(p.id, p.requestId, false, body, c);
  }

  /** Hands an entity withdrawn as moved away to the department of its new region (its region recorded). */
  @Post('tasks/:id/hand-overs')
  @HttpCode(201)
  @Roles('operator', 'head')
  async handOver(
    @Param('id') id: string,
    @Body() body: HandOverDto,
    @Context() context: CommandContext,
  ): Promise<{ entityId: string; toDepartmentId: string }> {
    const department = await this.stores.projections
      .collection<DepartmentView>('departments', 'departments')
      .get(body.toDepartmentId);
    if (!department) throw ApiError.notFound('DEPARTMENT_NOT_FOUND', `No department ${body.toDepartmentId}`);
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'HandOverEntity',
          taskId: id,
          by: acting(context),
          entityId: body.entityId,
          toDepartmentId: body.toDepartmentId,
          toRegionCode: department.regionCode,
          note: body.note,
        },
        context,
      ),
    );
    return { entityId: body.entityId, toDepartmentId: body.toDepartmentId };
  }

  /** The receiving department's answer: taken into one of its tasks, or declined with a reason. */
  @Post('tasks/:id/hand-overs/:entityId/answer')
  @HttpCode(200)
  @Roles('operator', 'head')
  @ApiParam({ name: 'entityId' })
  async answer(
    @Param() p: Record<string, string>,
    @Body() body: HandOverAnswerDto,
    @Context() context: CommandContext,
  ): Promise<{ entityId: string; status: 'taken' | 'declined' }> {
    if (body.taken && !body.intoTaskId)
      throw ApiError.invalid([
        { field: 'intoTaskId', reason: 'name the task it is taken into', rule: 'required' },
      ]);
    if (!body.taken && !body.reason)
      throw ApiError.invalid([{ field: 'reason', reason: 'a decline says why', rule: 'required' }]);
    const into = body.taken
      ? await this.stores.projections.collection<TaskSummaryView>('tasks', 'tasks').get(body.intoTaskId!)
      : undefined;
    await this.commands.execute(
      taskCommand(
        p.id,
        {
          kind: 'AnswerHandOver',
          taskId: p.id,
          by: acting(context),
          entityId: p.entityId,
          taken: body.taken,
          ...(body.taken ? { intoTaskId: body.intoTaskId } : { reason: body.reason }),
          ...(into
            ? {
                intoTask: {
                  leadDepartmentId: into.leadDepartmentId,
                  participantIds: into.participantIds,
                  status: into.status,
                },
              }
            : {}),
        },
        context,
      ),
    );
    return { entityId: p.entityId, status: body.taken ? 'taken' : 'declined' };
  }

  /** Hand-overs to the caller's department (default), or those it sent; oldest first, with names. */
  @Get('hand-overs')
  @Roles('operator', 'head')
  async handOvers(
    @Query() query: HandOverQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ items: HandOverItem[] }> {
    const side = query.direction === 'sent' ? 'fromDepartmentId' : 'toDepartmentId';
    const views = await everything(
      this.stores.projections.collection<HandOverView>('handOvers', 'handOvers'),
      {
        [side]: actor.departmentId,
        ...(query.status ? { status: query.status } : {}),
      },
    );
    const tasks = this.stores.projections.collection<TaskSummaryView>('tasks', 'tasks');
    const entities = this.stores.projections.collection<EntityView>('entities', 'entities');
    const items: HandOverItem[] = [];
    for (const { id: _id, ...view } of views.sort((a, b) => a.handedOverOn.localeCompare(b.handedOverOn))) {
      const task = await tasks.get(view.taskId);
      const entity = await entities.get(view.entityId);
      items.push({ ...view, taskName: task?.name ?? '', entityName: entity?.name ?? '' });
    }
    return { items };
  }

  private async decide(
    taskId: string,
    requestId: string,
    approve: boolean,
    body: DecisionDto,
    context: CommandContext,
  ): Promise<{ requestId: string; approved: boolean }> {
    return decideTaskRequest(
      this.commands,
      { taskId, requestId, approve, kind: 'postponement' },
      body,
      context,
    );
  }
}
