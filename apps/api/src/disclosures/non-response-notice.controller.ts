import type { NonResponseNotice, OverdueResponse } from '@app/contract';
import { beijingDate, daysBetween } from '@app/domain';
import type { ResponseObligationView } from '@app/projections';
import type { Actor, AppConfig, Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { CalendarService } from '../calendar/calendar.service';
import { DeadlineCount } from '../calendar/deadline-count';
import { ApiError } from '../common/api-error';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { CLOCK, type Clock } from '../common/clock';
import { IsCode } from '../common/field-rules';
import { everything } from '../common/read-all';
import { assertSupervises, supervisionScope } from '../org/supervision-scope';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { byDueThenIds, disclosureTasks, named, overdueResponses } from './overdue-responses';

/** A 通报 list covers at most a year of deadlines. */
const MAX_PERIOD_DAYS = 366;

export class NonResponseNoticeQueryDto {
  @ApiProperty({ description: 'First day of the period the response deadlines fall in (YYYY-MM-DD)' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ description: 'Last day of the period, at most 366 days after `from`' })
  @IsCalendarDate()
  to!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @IsCode() departmentId?: string;
}

/**
 * The joint office's 通报 list (Gui'an 第四十条): participants that did not answer a joint task by
 * its deadline, by department and task, for a period of deadlines. A query over the overdue
 * responses of the disclosures read model; late answers are left out (they answered).
 */
@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('api/joint-office')
export class NonResponseNoticeController {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendars: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('non-responses')
  @Roles('coordinator', 'supervisor', 'admin')
  async list(
    @Query() query: NonResponseNoticeQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<NonResponseNotice> {
    const { from, to } = query;
    if (from > to || daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) {
      throw ApiError.invalid([
        {
          field: 'to',
          reason: `must not be before from; the period spans at most ${MAX_PERIOD_DAYS} days`,
          rule: 'periodSpan',
          params: { max: MAX_PERIOD_DAYS },
        },
      ]);
    }
    const today = beijingDate(this.clock.now());
    const asOf = to < today ? to : today;
    const scope = await supervisionScope(this.stores, actor);
    if (query.departmentId !== undefined) assertSupervises(scope, query.departmentId);
    const filter =
      query.departmentId !== undefined
        ? { departmentId: query.departmentId }
        : scope
          ? { departmentId: { $in: [...scope.departmentIds] } }
          : undefined;
    const responses = await everything(
      this.stores.projections.collection<ResponseObligationView>('disclosures', 'responses'),
      filter,
    );
    const tasks = await disclosureTasks(
      this.stores,
      responses.map((r) => r.taskId),
    );
    const count = new DeadlineCount(await this.calendars.calendar());
    const silent = overdueResponses(responses, tasks, count, this.config.deadlines.response, asOf).filter(
      (r) => r.state !== 'responded-late' && r.dueDate >= from && r.dueDate <= to,
    );
    const byDepartment = new Map<string, OverdueResponse[]>();
    for (const row of named(silent.sort(byDueThenIds), tasks)) {
      byDepartment.set(row.departmentId, [...(byDepartment.get(row.departmentId) ?? []), row]);
    }
    return {
      from,
      to,
      asOf,
      departments: [...byDepartment.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([departmentId, rows]) => ({ departmentId, tasks: rows })),
      tasksWithoutDeadlines: count.tasksWithoutDeadlines(),
    };
  }
}
