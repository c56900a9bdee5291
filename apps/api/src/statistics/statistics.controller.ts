import type { Statistics } from '@app/contract';
import { EARLIEST_YEAR, LATEST_YEAR } from '@app/domain';
import type { Actor, Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsCode } from '../common/field-rules';
import { CLOCK, type Clock } from '../common/clock';
import { STORES } from '../stores/stores.providers';
import { CurrentActor } from '../auth/auth.decorators';
import { statisticsScope } from './statistics-scope';
import { StatisticsFigures } from './statistics.query';

export class StatisticsQueryDto {
  @ApiPropertyOptional({ description: 'default this year (Beijing)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(EARLIEST_YEAR)
  @Max(LATEST_YEAR)
  year?: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @IsCode() departmentId?: string;
}

/** The year's figures (Yiyuan 七, 三十三): see StatisticsFigures. */
@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('api/statistics')
export class StatisticsController {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    private readonly figures: StatisticsFigures,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async statistics(@Query() query: StatisticsQueryDto, @CurrentActor() actor: Actor): Promise<Statistics> {
    return this.figures.statistics(await statisticsScope(this.stores, actor, query, this.clock.now()));
  }
}
