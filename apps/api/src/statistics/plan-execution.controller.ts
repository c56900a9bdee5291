import type { PlanExecution } from '@app/contract';
import type { Actor, Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { STORES } from '../stores/stores.providers';
import { StatisticsQueryDto } from './statistics.controller';
import { statisticsScope } from './statistics-scope';
import { PlanExecutionFigures } from './plan-execution.query';

/** Each department's executed ratio against its plans of a year (ADR 38): see PlanExecutionFigures. */
@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('api/statistics/plan-execution')
export class PlanExecutionController {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    private readonly figures: PlanExecutionFigures,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async execution(@Query() query: StatisticsQueryDto, @CurrentActor() actor: Actor): Promise<PlanExecution> {
    return this.figures.execution(await statisticsScope(this.stores, actor, query, this.clock.now()));
  }
}
