import type { ConsolidatedPlanDraft, PublicConsolidatedPlan } from '@app/contract';
import {
  EARLIEST_YEAR,
  LATEST_YEAR,
  type ConsolidatedPlanEntry,
  beijingDate,
  consolidatedPlanDecider,
  registerStreams,
} from '@app/domain';
import type { PlanView, PublicConsolidatedPlanView } from '@app/projections';
import type { Actor, AppConfig, Stores } from '@app/runtime';
import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { IsCode } from '../common/field-rules';
import { everything } from '../common/read-all';
import type { CommandContext } from '../commands/command-context';
import { DecideCommand } from '../commands/decide.command';
import { Context } from '../commands/request-context';
import { departmentProfile } from '../org/organisation-reads';
import { APP_CONFIG, STORES } from '../stores/stores.providers';

export class ConsolidatedPlanQueryDto {
  @ApiProperty({ minimum: EARLIEST_YEAR, maximum: LATEST_YEAR })
  @Type(() => Number)
  @IsInt()
  @Min(EARLIEST_YEAR)
  @Max(LATEST_YEAR)
  year!: number;

  @ApiPropertyOptional({ description: "The joint office (default: the caller's own unit)" })
  @IsOptional()
  @IsString()
  @IsCode()
  jointOfficeId?: string;
}

export class PublishConsolidatedPlanDto extends ConsolidatedPlanQueryDto {}

/**
 * The consolidated county plan (全县部门联合抽查计划; Siyang 二(四) 县联席办于每年3月初汇总发布;
 * Yuanqu 三(一)): the year's joint plans (with cooperating departments) filed with the joint office
 * and published, gathered from the plans read model at their published version, and published
 * by the office's coordinator as one (ADR 37).
 */
@ApiTags('plans')
@Controller()
export class ConsolidatedPlansController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** What publishing would list now. */
  @ApiBearerAuth()
  @Get('api/joint-office/consolidated-plan')
  @Roles('coordinator', 'supervisor', 'admin')
  async draft(
    @Query() query: ConsolidatedPlanQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<ConsolidatedPlanDraft> {
    const jointOfficeId = await this.officeOf(actor, query.jointOfficeId);
    return { jointOfficeId, year: query.year, plans: await this.jointPlans(jointOfficeId, query.year) };
  }

  /** Publishes the consolidated plan: version 1, then again whenever its plans or their versions change. */
  @ApiBearerAuth()
  @Post('api/joint-office/consolidated-plans')
  @HttpCode(200)
  @Roles('coordinator', 'admin')
  async publish(
    @Body() body: PublishConsolidatedPlanDto,
    @Context() context: CommandContext,
  ): Promise<ConsolidatedPlanDraft> {
    const jointOfficeId = await this.officeOf(context.actor, body.jointOfficeId);
    const plans = await this.jointPlans(jointOfficeId, body.year);
    await this.commands.execute(
      new DecideCommand(
        registerStreams.consolidatedPlan(jointOfficeId, body.year),
        consolidatedPlanDecider,
        {
          kind: 'PublishConsolidatedPlan',
          jointOfficeId,
          year: body.year,
          plans,
          publishedOn: beijingDate(this.clock.now()),
          deadline: this.config.planFiling.consolidatedDeadline,
        },
        context,
      ),
    );
    return { jointOfficeId, year: body.year, plans };
  }

  /** The published consolidated plans of a year, every joint office's (公开; no one who acted). */
  @Public()
  @Get('api/public/consolidated-plans')
  async publicList(@Query() query: ConsolidatedPlanQueryDto): Promise<PublicConsolidatedPlan[]> {
    const found = await everything(
      this.stores.projections.collection<PublicConsolidatedPlanView>(
        'publicConsolidatedPlans',
        'consolidatedPlans',
      ),
      { year: query.year },
    );
    return found
      .filter((plan) => query.jointOfficeId === undefined || plan.jointOfficeId === query.jointOfficeId)
      .map(({ id: _id, ...plan }) => plan)
      .sort((a, b) => a.jointOfficeId.localeCompare(b.jointOfficeId));
  }

  /** The caller's own unit, which must be a joint office; an administrator names one. */
  private async officeOf(actor: Actor, named: string | undefined): Promise<string> {
    const admin = actor.roles.includes('admin');
    const officeId = named ?? actor.departmentId;
    if (!admin && actor.roles.includes('coordinator') && officeId !== actor.departmentId) {
      throw ApiError.forbidden('OTHER_DEPARTMENT', `You act for ${actor.departmentId}, not ${officeId}`, {
        departmentId: officeId,
        actingFor: actor.departmentId,
      });
    }
    const unit = await departmentProfile(this.stores.events, officeId);
    if (!unit) throw ApiError.notFound('DEPARTMENT_NOT_FOUND', `No unit ${officeId}`);
    if (unit.kind !== 'joint-office') {
      throw ApiError.forbidden('NOT_A_JOINT_OFFICE', `${officeId} is not a joint office`, {
        departmentId: officeId,
      });
    }
    return officeId;
  }

  /** The year's published joint plans filed with the office, at the version in force. */
  private async jointPlans(jointOfficeId: string, year: number): Promise<ConsolidatedPlanEntry[]> {
    const plans = await everything(this.stores.projections.collection<PlanView>('plans', 'plans'), {
      jointOfficeId,
    });
    return plans
      .filter(
        (plan) =>
          plan.year === year && plan.status === 'published' && plan.cooperatingDepartmentIds.length > 0,
      )
      .map((plan) => ({
        planId: plan.id,
        version: plan.version,
        name: plan.name,
        leadDepartmentId: plan.leadDepartmentId,
        cooperatingDepartmentIds: plan.cooperatingDepartmentIds,
        itemIds: plan.itemIds,
        window: plan.window,
      }))
      .sort((a, b) => a.planId.localeCompare(b.planId));
  }
}
