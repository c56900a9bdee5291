import type { Overdue, OverdueDisclosure, OverdueResponse } from '@app/contract';
import { beijingDate } from '@app/domain';
import {
  type DisclosureObligationView,
  type DisclosureTaskView,
  type ResponseObligationView,
  obligationWindowTo,
} from '@app/projections';
import type { Actor, AppConfig, Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsCode } from '../common/field-rules';
import { CalendarService } from '../calendar/calendar.service';
import { DeadlineCount } from '../calendar/deadline-count';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { CLOCK, type Clock } from '../common/clock';
import { byDueThenIds, disclosureTasks, named, overdueResponses } from './overdue-responses';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { everything } from '../common/read-all';
import { CurrentActor } from '../auth/auth.decorators';
import { type SupervisionScope, assertSupervises, supervisionScope } from '../org/supervision-scope';

export class OverdueQueryDto {
  @ApiPropertyOptional({ description: 'YYYY-MM-DD (Beijing); default today' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @IsCode() departmentId?: string;
}

/**
 * Overdue disclosures and responses as of a date (docs/api.md). Deadlines are counted at each
 * request with the calendar as it is then: entering a calendar year corrects them at once.
 */
@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('api')
export class OverdueController {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendars: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Results not entered or not published by their deadline (window end + N working days). */
  @Get('overdue-disclosures')
  async disclosures(
    @Query() query: OverdueQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Overdue<OverdueDisclosure>> {
    const asOf = query.asOf ?? beijingDate(this.clock.now());
    const count = new DeadlineCount(await this.calendars.calendar());
    const obligations = await everything(
      this.stores.projections.collection<DisclosureObligationView>('disclosures', 'obligations'),
      await this.departmentFilter(query, actor),
    );
    const tasks = await this.tasks(obligations.map((o) => o.taskId));
    const items: OverdueDisclosure[] = [];
    for (const o of obligations) {
      const task = tasks.get(o.taskId);
      if (task?.cancelled || task?.withdrawn.includes(o.entityId)) continue;
      if (o.notForPublication && o.notForPublication.approvedOn <= asOf) continue;
      const windowTo = obligationWindowTo(o, task);
      const due = count.addWorkingDays(o.taskId, windowTo, this.config.deadlines.publication);
      if (!due || asOf <= due.date) continue;
      const enteredOn = o.enteredOn && o.enteredOn <= asOf ? o.enteredOn : undefined;
      const publishedOn = o.publishedOn && o.publishedOn <= asOf ? o.publishedOn : undefined;
      if (publishedOn && publishedOn <= due.date) continue;
      const late = count.workingDaysBetween(o.taskId, due.date, publishedOn ?? asOf);
      if (!late) continue;
      const unknownYears = [...new Set([...due.unknownYears, ...late.unknownYears])].sort();
      items.push({
        taskId: o.taskId,
        entityId: o.entityId,
        departmentId: o.departmentId,
        windowTo,
        dueDate: due.date,
        provisional: unknownYears.length > 0,
        unknownYears,
        state: !enteredOn ? 'not-entered' : !publishedOn ? 'not-published' : 'published-late',
        ...(enteredOn ? { enteredOn } : {}),
        ...(publishedOn ? { publishedOn } : {}),
        workingDaysOverdue: late.days,
      });
    }
    return {
      asOf,
      items: named(items.sort(byDueThenIds), tasks),
      tasksWithoutDeadlines: count.tasksWithoutDeadlines(),
    };
  }

  /** Participants that did not respond within the response deadline, late responses, and those recorded as not answering. */
  @Get('overdue-responses')
  async responses(
    @Query() query: OverdueQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Overdue<OverdueResponse>> {
    const asOf = query.asOf ?? beijingDate(this.clock.now());
    const count = new DeadlineCount(await this.calendars.calendar());
    const responses = await everything(
      this.stores.projections.collection<ResponseObligationView>('disclosures', 'responses'),
      await this.departmentFilter(query, actor),
    );
    const tasks = await this.tasks(responses.map((r) => r.taskId));
    const items = overdueResponses(responses, tasks, count, this.config.deadlines.response, asOf);
    return {
      asOf,
      items: named(items.sort(byDueThenIds), tasks),
      tasksWithoutDeadlines: count.tasksWithoutDeadlines(),
    };
  }

  /** The department asked for; a supervisor bound to a region, only within it (the whole of it unnamed). */
  private async departmentFilter(
    query: OverdueQueryDto,
    actor: Actor,
  ): Promise<{ departmentId: string | { $in: string[] } } | undefined> {
    const scope: SupervisionScope | undefined = await supervisionScope(this.stores, actor);
    if (query.departmentId !== undefined) {
      assertSupervises(scope, query.departmentId);
      return { departmentId: query.departmentId };
    }
    return scope ? { departmentId: { $in: [...scope.departmentIds] } } : undefined;
  }

  private tasks(taskIds: string[]): Promise<Map<string, DisclosureTaskView>> {
    return disclosureTasks(this.stores, taskIds);
  }
}
