import type { HistoryEntry, Page } from '@app/contract';
import {
  BEACON_SOURCES,
  type InspectionTaskState,
  beaconRoundProblem,
  inspectionTaskDecider,
  registerStreams,
} from '@app/domain';
import type { Actor, AppConfig, Stores } from '@app/runtime';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { loadAggregate } from '@app/audit';
import { historyOrNotFound, stateAtAndNowOrNotFound } from '../history/aggregate-history';
import { Context } from '../commands/request-context';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { DrawSeeds, contributionSeedKey, inspectorSeedKey } from './draw-seeds';
import { CancelDto, InitiateTaskDto, NonResponseDto, RespondDto, TaskQueryDto } from './dto';
import { CommandBus } from '@nestjs/cqrs';
import { taskCommand } from './task-command';
import { acting } from './acting';
import { TaskFacts, beijingDate } from './task-facts';
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
    private readonly facts: TaskFacts,
    private readonly seeds: DrawSeeds,
    private readonly personalText: PersonalText,
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Initiated by an operator of the lead department; records the draw seed's commitment. */
  @Post()
  @HttpCode(201)
  @Roles('operator')
  async initiate(@Body() body: InitiateTaskDto, @Context() context: CommandContext): Promise<{ id: string }> {
    const taskId = context.commandId;
    const today = beijingDate(context.now);
    assertBeaconRound(body.beacon);
    const given = {
      participants: (body.participants ?? []).map((p) => ({
        departmentId: p.departmentId,
        itemIds: p.itemIds,
      })),
      itemIds: body.itemIds ?? [],
    };
    const jointList = body.jointListId ? await this.facts.jointList(body.jointListId) : undefined;
    // The departments taking part: the list's, when it fills them (the decider checks the rest).
    const departmentIds = [
      context.actor.departmentId,
      ...(jointList && given.participants.length === 0 && jointList.state.status === 'active'
        ? jointList.state.departmentIds.filter((id) => id !== context.actor.departmentId)
        : given.participants.map((p) => p.departmentId)),
    ];
    const named = [
      ...given.itemIds,
      ...given.participants.flatMap((p) => p.itemIds),
      ...(jointList && jointList.state.status !== 'absent' ? jointList.state.itemIds : []),
    ];
    const { commitment } = await this.seeds.commit(taskId);
    // Each department's inspector draw has its own secret seed, revealed only when it draws:
    // nobody can rank a department's inspectors before it draws them.
    const inspectorSeedCommitments: Record<string, string> = {};
    for (const departmentId of departmentIds) {
      inspectorSeedCommitments[departmentId] = (
        await this.seeds.commit(inspectorSeedKey(taskId, departmentId))
      ).commitment;
    }
    await this.commands.execute(
      taskCommand(
        taskId,
        {
          kind: 'InitiateTask',
          taskId,
          by: acting(context),
          ...(body.planId ? { planId: body.planId, plan: await this.facts.plan(body.planId) } : {}),
          ...(body.adhocReason ? { adhocReason: body.adhocReason } : {}),
          ...(body.beyondPlanReason ? { beyondPlanReason: body.beyondPlanReason } : {}),
          name: body.name,
          ...given,
          ...(jointList ? { jointList } : {}),
          criteria: { ...body.criteria },
          sampling: {
            ...(body.sampling.ratio !== undefined ? { ratio: body.sampling.ratio } : {}),
            ...(body.sampling.count !== undefined ? { count: body.sampling.count } : {}),
            ...(body.sampling.byCreditRisk ? { byCreditRisk: { ...body.sampling.byCreditRisk } } : {}),
          },
          window: { from: body.window.from, to: body.window.to },
          ...(body.beacon
            ? {
                beacon: {
                  source: body.beacon.source,
                  round: body.beacon.round,
                  ...(body.beacon.drawDate ? { drawDate: body.beacon.drawDate } : {}),
                },
              }
            : {}),
          ...(body.withoutBeaconReason ? { withoutBeaconReason: body.withoutBeaconReason } : {}),
          beaconPolicy: this.config.beaconPolicy,
          now: context.now.toISOString(),
          seedCommitment: commitment,
          inspectorSeedCommitments,
          items: await this.facts.items(named),
          registeredDepartmentIds: await this.facts.registeredDepartments(departmentIds),
          responseDue: await this.facts.responseDue(today),
        },
        context,
      ),
    );
    return { id: taskId };
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

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('operator')
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

/** A round written as its source writes it (a daily source with its date), or a 400 naming the field. */
function assertBeaconRound(beacon: InitiateTaskDto['beacon']): void {
  const source = beacon ? BEACON_SOURCES[beacon.source] : undefined;
  if (!beacon || !source || !beaconRoundProblem(source, beacon.round, beacon.drawDate)) return;
  const undated = source.publication.kind === 'daily' && !beacon.drawDate;
  throw ApiError.invalid([
    undated
      ? {
          field: 'beacon.drawDate',
          reason: 'a daily source names the draw date of its round',
          rule: 'required',
        }
      : {
          field: 'beacon.round',
          reason: `must be written as ${source.id} writes its rounds, e.g. ${source.round.example}`,
          rule: 'beaconRoundFormat',
          params: { source: source.id, example: source.round.example },
        },
  ]);
}
