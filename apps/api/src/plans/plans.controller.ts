import type { HistoryEntry, Page, PlanCoverage } from '@app/contract';
import {
  type PlanCommand,
  type PlanDefinition,
  type PlanState,
  planDecider,
  registerStreams,
} from '@app/domain';
import type { PlanDepartmentView, PlanView } from '@app/projections';
import type { AppConfig, Stores } from '@app/runtime';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { assertActsFor } from '../auth/department-access';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { CommandBus } from '@nestjs/cqrs';
import { DecideCommand } from '../commands/decide.command';
import { Context } from '../commands/request-context';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { CLOCK, type Clock } from '../common/clock';
import { planFilingFacts } from './joint-office';
import { CalendarService } from '../calendar/calendar.service';
import { planCoverage, planProgress } from './plan-progress.query';
import { historyOrNotFound, stateAtOrNotFound } from '../history/aggregate-history';
import { AdjustPlanDto, ClosePlanDto, DraftPlanDto, PlanCoverageQueryDto, PlanQueryDto } from './plan.dto';
import { planChangesOf, planDefinitionOf } from './plan-definition';
import { listPlans } from './plan-list.query';
import { jointListFact, loadPlan, planFacts } from './plan-reads';

/** Annual random-inspection plans (年度抽查工作计划; Gui'an 第二十六条), led by one department. */
@ApiTags('plans')
@ApiBearerAuth()
@Controller('api/plans')
export class PlansController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendars: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Drafts a plan for the lead department (an operator's own, or any for an administrator). */
  @Post()
  @HttpCode(201)
  @Roles('admin', 'operator')
  async draft(@Body() body: DraftPlanDto, @Context() context: CommandContext): Promise<{ id: string }> {
    assertActsFor(context.actor, body.leadDepartmentId);
    const planId = context.commandId;
    const definition = planDefinitionOf(body);
    const jointList = body.jointListId
      ? await jointListFact(this.stores.events, body.jointListId)
      : undefined;
    // The facts cover the list's departments and items too, which the decider fills in from it.
    const listed = jointList && jointList.state.status !== 'absent' ? jointList.state : undefined;
    const facts = await planFacts(this.stores.events, {
      leadDepartmentId: definition.leadDepartmentId,
      cooperatingDepartmentIds: [...definition.cooperatingDepartmentIds, ...(listed?.departmentIds ?? [])],
      itemIds: [...definition.itemIds, ...(listed?.itemIds ?? [])],
    });
    await this.decide(
      planId,
      { kind: 'DraftPlan', planId, definition, facts, ...(jointList ? { jointList } : {}) },
      context,
    );
    return { id: planId };
  }

  /**
   * Publishes the plan (公开): the first time, or again after adjustments (the next version), and
   * files that version with the lead department's joint office in the same act (备案; ADR 37).
   */
  @Post(':id/publish')
  @HttpCode(200)
  @Roles('admin', 'operator', 'head')
  async publish(@Param('id') id: string, @Context() context: CommandContext): Promise<PlanView> {
    const plan = await this.assertLeads(id, context);
    const filing = await planFilingFacts(this.stores, this.config, plan.leadDepartmentId, this.clock.now());
    await this.decide(id, { kind: 'PublishPlan', planId: id, ...(filing ? { filing } : {}) }, context);
    return this.get(id);
  }

  /**
   * Adjusts the plan with a reason. A published plan's adjustment stays a draft (待发布的调整):
   * the published version binds until the plan is published again.
   */
  @Post(':id/adjustments')
  @HttpCode(200)
  @Roles('admin', 'operator')
  async adjust(
    @Param('id') id: string,
    @Body() body: AdjustPlanDto,
    @Context() context: CommandContext,
  ): Promise<PlanView> {
    const current = await this.assertLeads(id, context);
    const changes = planChangesOf(body.changes);
    const facts = await planFacts(this.stores.events, { ...current, ...changes });
    await this.decide(id, { kind: 'AdjustPlan', planId: id, changes, reason: body.reason, facts }, context);
    return this.get(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('admin', 'operator')
  async close(
    @Param('id') id: string,
    @Body() body: ClosePlanDto,
    @Context() context: CommandContext,
  ): Promise<PlanView> {
    await this.assertLeads(id, context);
    await this.decide(id, { kind: 'ClosePlan', planId: id, reason: body.reason }, context);
    return this.get(id);
  }

  /** Whether the year's published plans cover every active check item of each department. */
  @Get('coverage')
  async coverage(@Query() query: PlanCoverageQueryDto): Promise<PlanCoverage> {
    return planCoverage(this.stores, query.year, query.departmentId);
  }

  /** Plans by year, status, and a department taking part (leading or cooperating). */
  @Get()
  async list(@Query() query: PlanQueryDto): Promise<Page<PlanView>> {
    return listPlans(
      this.stores.projections.collection<PlanView>('plans', 'plans'),
      this.stores.projections.collection<PlanDepartmentView>('plans', 'planDepartments'),
      query,
    );
  }

  /** Every act on the plan, with who, role, department, reason, and the plan after each. */
  @Get(':id/history')
  async history(@Param('id') id: string): Promise<HistoryEntry<PlanState>[]> {
    return historyOrNotFound(this.stores.events, registerStreams.plan(id), planDecider, {
      code: 'PLAN_NOT_FOUND',
      name: `plan ${id}`,
    });
  }

  /** The plan (read model); with `at` (a revision or a time), as it stood then, from its stream. */
  @Get(':id')
  @ApiQuery({ name: 'at', required: false, description: 'a revision, or an ISO 8601 time' })
  async read(
    @Param('id') id: string,
    @Query('at') at?: string,
  ): Promise<PlanView | ({ id: string; at: string; revision: number } & PlanState)> {
    if (at === undefined) {
      const plan = await this.get(id);
      const calendar = await this.calendars.calendar();
      return {
        ...plan,
        progress: await planProgress(this.stores, id, calendar, this.config.deadlines.publication),
      };
    }
    return stateAtOrNotFound(this.stores.events, registerStreams.plan(id), planDecider, at, id, {
      code: 'PLAN_NOT_FOUND',
      name: `plan ${id}`,
    });
  }

  async get(id: string): Promise<PlanView> {
    const found = await this.stores.projections.collection<PlanView>('plans', 'plans').get(id);
    if (!found) throw ApiError.notFound('PLAN_NOT_FOUND', `No plan ${id}`);
    return found;
  }

  /** Only the lead department's staff (or an administrator) change a plan; its draft, which adjustments change. */
  private async assertLeads(id: string, context: CommandContext): Promise<PlanDefinition> {
    const state = await loadPlan(this.stores.events, id);
    if (state.status === 'absent') throw ApiError.notFound('PLAN_NOT_FOUND', `No plan ${id}`);
    assertActsFor(context.actor, state.draft.leadDepartmentId);
    return state.draft;
  }

  private async decide(planId: string, command: PlanCommand, context: CommandContext): Promise<void> {
    await this.commands.execute(
      new DecideCommand(registerStreams.plan(planId), planDecider, command, context),
    );
  }
}
