import type { JointTaskMinimum, StatisticsBreakdown, YearlySummary } from '@app/contract';
import type { Actor, Stores } from '@app/runtime';
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { STORES } from '../stores/stores.providers';
import { BreakdownFigures } from './breakdown.query';
import { JointTaskFigures } from './joint-tasks.query';
import { StatisticsQueryDto } from './statistics.controller';
import { type StatisticsScope, statisticsScope } from './statistics-scope';
import { summaryFileName, summaryWorkbook } from './summary-workbook';
import { SummaryFigures } from './summary.query';

/** 考核 (Yiyuan 七, 三十三; Siyang 二(四), 四(三); Yuanqu 三(三)): the access of GET /api/statistics. */
@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('api/statistics')
export class AssessmentController {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly breakdowns: BreakdownFigures,
    private readonly joint: JointTaskFigures,
    private readonly summaries: SummaryFigures,
  ) {}

  @Get('breakdown')
  async breakdown(
    @Query() query: StatisticsQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<StatisticsBreakdown> {
    return this.breakdowns.breakdown(await this.scope(query, actor));
  }

  @Get('joint-tasks')
  async jointTasks(
    @Query() query: StatisticsQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<JointTaskMinimum> {
    return this.joint.jointTasks(await this.scope(query, actor));
  }

  @Get('summary')
  async summary(@Query() query: StatisticsQueryDto, @CurrentActor() actor: Actor): Promise<YearlySummary> {
    return this.summaries.summary(await this.scope(query, actor));
  }

  @Get('summary.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async summaryXlsx(
    @Query() query: StatisticsQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const summary = await this.summaries.summary(await this.scope(query, actor));
    void reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header(
        'content-disposition',
        `attachment; filename="${summaryFileName(summary.year, summary.departmentId)}"`,
      );
    return summaryWorkbook(summary);
  }

  private scope(query: StatisticsQueryDto, actor: Actor): Promise<StatisticsScope> {
    return statisticsScope(this.stores, actor, query, this.clock.now());
  }
}
