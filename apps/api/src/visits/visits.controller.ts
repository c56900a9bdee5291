import type { EntityVisitItem } from '@app/contract';
import { type EntityVisitsView, type TaskSummaryView, type Visit, visitsByWindows } from '@app/projections';
import type { Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiError } from '../common/api-error';
import { calendarDateProblems } from '../common/calendar-date.validator';
import { STORES } from '../stores/stores.providers';

/**
 * Visits (进一次门、查多项事): an entity's locked tasks whose windows overlap as they stand (possible
 * visits), and the visits proposed, agreed or declined by their leads (`agreed`; ADR 39).
 */
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
  ): Promise<{ entityId: string; visits: Visit[]; agreed: EntityVisitItem[] }> {
    const problems = [
      ...(entityId ? [] : [{ field: 'entityId', reason: 'is required', rule: 'required' as const }]),
      ...calendarDateProblems({ from, to }),
    ];
    if (problems.length > 0 || !entityId) throw ApiError.invalid(problems);
    const found = await this.stores.projections
      .collection<EntityVisitsView>('visits', 'entityVisits')
      .get(entityId);
    // The windows as they stand: a postponed task's new window (the view keeps the lock's).
    const tasks = this.stores.projections.collection<TaskSummaryView>('tasks', 'tasks');
    const windows = new Map<string, { from: string; to: string }>();
    for (const task of (found?.visits ?? []).flatMap((v) => v.tasks)) {
      const summary = await tasks.get(task.taskId);
      if (summary) windows.set(task.taskId, summary.window);
    }
    const visits = visitsByWindows(found?.visits ?? [], (id) => windows.get(id)).filter(
      (v) => (!from || v.to >= from) && (!to || v.from <= to),
    );
    const agreed = (found?.proposals ?? []).filter((p) => (!from || p.date >= from) && (!to || p.date <= to));
    return { entityId, visits, agreed };
  }
}
