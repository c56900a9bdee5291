import type { HistoryEntry, Page } from '@app/contract';
import { type InspectionTaskState, inspectionTaskDecider, registerStreams } from '@app/domain';
import type { Actor, Stores } from '@app/runtime';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { loadAggregate } from '@app/audit';
import { historyOrNotFound, stateAtAndNowOrNotFound } from '../history/aggregate-history';
import { Context } from '../commands/request-context';
import { STORES } from '../stores/stores.providers';
import { DrawSeeds, contributionSeedKey } from './draw-seeds';
import { CancelDto, InitiateTaskDto, NonResponseDto, RespondDto, TaskQueryDto } from './dto';
import { CommandBus } from '@nestjs/cqrs';
import { taskCommand } from './task-command';
import { acting } from './acting';
import { beijingDate } from './task-facts';
import { TaskInitiation } from './task-initiation';
import { type TaskListView, listTasks } from './task-list.query';
import { PersonalText } from './personal-text';

type TaskAnswer = { id: string } & (
  Exclude<InspectionTaskState, { status: 'absent' }> | { at: string; revision: number }
);

/** The inspection task (抽查任务): initiation to lock (docs/api.md, docs/events.md). */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/tasks')
export class TasksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly initiation: TaskInitiation,
    private readonly seeds: DrawSeeds,
    private readonly personalText: PersonalText,
    @Inject(STORES) private readonly stores: Stores,
  ) {}

  /** Initiated by an operator of the lead department; records the draw seed's commitment. */
  @Post()
  @HttpCode(201)
  @Roles('operator')
  async initiate(@Body() body: InitiateTaskDto, @Context() context: CommandContext): Promise<{ id: string }> {
    return this.initiation.initiate(body, context, context.actor.departmentId);
  }

  /** A participant accepts (confirming its items) or declines with a reason; once. */
  @Post(':id/responses')
  @HttpCode(201)
  @Roles('operator')
  async respond(@Param('id') id: string, @Body() body: RespondDto, @Context() context: CommandContext) {
    // An accepting department's own contribution to the draw key, committed now, revealed at the draw.
    const contribution = body.accepted
      ? await this.seeds.commit(contributionSeedKey(id, context.actor.departmentId))
      : undefined;
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'RespondToTask',
          taskId: id,
          by: acting(context),
          accepted: body.accepted,
          itemIds: body.itemIds ?? [],
          ...(body.reason ? { reason: body.reason } : {}),
          ...(contribution ? { contributionCommitment: contribution.commitment } : {}),
          today: beijingDate(context.now),
        },
        context,
      ),
    );
    return this.current(id, undefined);
  }

  /**
   * After the response deadline the lead goes on without participants that never answered
   * (Gui'an 第四十条): recorded as not answering, they take no part and are listed for 通报.
   */
  @Post(':id/non-responses')
  @HttpCode(200)
  @Roles('operator')
  async recordNonResponse(
    @Param('id') id: string,
    @Body() body: NonResponseDto,
    @Context() context: CommandContext,
  ) {
    const today = beijingDate(context.now);
    const { departmentIds } = body;
    await this.commands.execute(
      taskCommand(
        id,
        { kind: 'RecordNonResponse', taskId: id, by: acting(context), departmentIds, today },
        context,
      ),
    );
    return this.current(id, undefined);
  }

  /** The lead confirms: the list and the teams are frozen, and the task is announced. */
  @Post(':id/lock')
  @HttpCode(200)
  @Roles('operator')
  async lock(@Param('id') id: string, @Context() context: CommandContext) {
    await this.commands.execute(
      taskCommand(id, { kind: 'LockTask', taskId: id, by: acting(context) }, context),
    );
    return this.current(id, undefined);
  }

  /** By the lead, or by the joint office that initiated the task (Gui'an 第39条), before the draw. */
  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('operator', 'coordinator')
  async cancel(@Param('id') id: string, @Body() body: CancelDto, @Context() context: CommandContext) {
    await this.commands.execute(
      taskCommand(id, { kind: 'CancelTask', taskId: id, by: acting(context), reason: body.reason }, context),
    );
    return this.current(id, undefined);
  }

  /**
   * Every act on the task: who, in which role and department, approver, reason, and the state after.
   * Free text with personal data is opened only for those allowed to read it (PersonalText).
   */
  @Get(':id/history')
  async history(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
  ): Promise<HistoryEntry<InspectionTaskState>[]> {
    const entries = await historyOrNotFound(
      this.stores.events,
      registerStreams.inspectionTask(id),
      inspectionTaskDecider,
      { code: 'TASK_NOT_FOUND', name: `inspection task ${id}` },
    );
    const reader = this.personalText.readerFor(id, entries[entries.length - 1].state, actor);
    const out: HistoryEntry<InspectionTaskState>[] = [];
    for (const entry of entries) {
      out.push({
        ...entry,
        data: await reader.event(entry.type, entry.data),
        state: await reader.state(entry.state),
      });
    }
    return out;
  }

  /** The task's current state, folded from its stream; with `at` (a revision or a time), as it stood then. */
  @Get(':id')
  @ApiQuery({ name: 'at', required: false, description: 'a revision, or an ISO 8601 time' })
  async get(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Query('at') at?: string,
  ): Promise<TaskAnswer> {
    if (at === undefined) return this.current(id, actor);
    // Who may read is decided by the task as it is now (a department may have taken part since).
    const { then, now } = await stateAtAndNowOrNotFound(
      this.stores.events,
      registerStreams.inspectionTask(id),
      inspectionTaskDecider,
      at,
      id,
      { code: 'TASK_NOT_FOUND', name: `inspection task ${id}` },
    );
    const { id: _id, at: _at, revision, ...state } = then;
    const opened = await this.personalText.readerFor(id, now, actor).state(state);
    return { id, at, revision, ...opened };
  }

  /** The task as it is now, its free text read as `actor` may (withheld for all when undefined). */
  private async current(id: string, actor: Actor | undefined): Promise<TaskAnswer> {
    const { state } = await this.load(id);
    if (state.status === 'absent') throw ApiError.notFound('TASK_NOT_FOUND', `No inspection task ${id}`);
    return { id, ...(await this.personalText.readerFor(id, state, actor).state(state)) };
  }

  private load(id: string) {
    return loadAggregate(this.stores.events, registerStreams.inspectionTask(id), inspectionTaskDecider);
  }

  @Get()
  async list(@Query() query: TaskQueryDto): Promise<Page<TaskListView>> {
    return listTasks(this.stores, query);
  }
}
