import type { EntityVisitsView, Visit } from '@app/projections';
import type { Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiError } from '../common/api-error';
import { calendarDateProblems } from '../common/calendar-date.validator';
import { STORES } from '../stores/stores.providers';

/** Visits (进一次门、查多项事): an entity's locked tasks with overlapping windows, inspected in one visit. */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/visits')
export class VisitsController {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  @Get()
  @ApiQuery({ name: 'entityId', required: true })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  async list(
    @Query('entityId') entityId: string | undefined,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
  ): Promise<{ entityId: string; visits: Visit[] }> {
    const problems = [
      ...(entityId ? [] : [{ field: 'entityId', reason: 'is required', rule: 'required' as const }]),
      ...calendarDateProblems({ from, to }),
    ];
    if (problems.length > 0 || !entityId) throw ApiError.invalid(problems);
    const found = await this.stores.projections
      .collection<EntityVisitsView>('visits', 'entityVisits')
      .get(entityId);
    const visits = (found?.visits ?? []).filter((v) => (!from || v.to >= from) && (!to || v.from <= to));
    return { entityId, visits };
  }
}
