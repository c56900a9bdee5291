import type { Overdue, OverdueDisclosure, OverdueResponse } from '@app/contract';
import { beijingDate } from '@app/domain';
import type { DisclosureObligationView, DisclosureTaskView, ResponseObligationView } from '@app/projections';
import type { Actor, AppConfig, Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsCode } from '../common/field-rules';
import { CalendarService } from '../calendar/calendar.service';
import { DeadlineCount } from '../calendar/deadline-count';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { CLOCK, type Clock } from '../common/clock';
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
      const due = count.addWorkingDays(o.taskId, o.windowTo, this.config.deadlines.publication);
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
        windowTo: o.windowTo,
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

  /** Participants that did not respond within the response deadline, and late responses. */
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
    const items: OverdueResponse[] = [];
    for (const r of responses) {
      if (tasks.get(r.taskId)?.cancelled || r.initiatedOn > asOf) continue;
      const due = count.addWorkingDays(r.taskId, r.initiatedOn, this.config.deadlines.response);
      if (!due) continue;
      const respondedOn = r.respondedOn && r.respondedOn <= asOf ? r.respondedOn : undefined;
      if (respondedOn ? respondedOn <= due.date : asOf <= due.date) continue;
      const late = count.workingDaysBetween(r.taskId, due.date, respondedOn ?? asOf);
      if (!late) continue;
      const unknownYears = [...new Set([...due.unknownYears, ...late.unknownYears])].sort();
      items.push({
        taskId: r.taskId,
        departmentId: r.departmentId,
        leadDepartmentId: r.leadDepartmentId,
        initiatedOn: r.initiatedOn,
        dueDate: due.date,
        provisional: unknownYears.length > 0,
        unknownYears,
        state: respondedOn ? 'responded-late' : 'not-responded',
        ...(respondedOn ? { respondedOn } : {}),
        workingDaysOverdue: late.days,
      });
    }
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

  private async tasks(taskIds: string[]): Promise<Map<string, DisclosureTaskView>> {
    const collection = this.stores.projections.collection<DisclosureTaskView>('disclosures', 'tasks');
    const out = new Map<string, DisclosureTaskView>();
    for (const id of new Set(taskIds)) {
      const task = await collection.get(id);
      if (task) out.set(id, task);
    }
    return out;
  }
}

/** Each row with its task's name, for people (the id stays for links and files). */
function named<T extends { taskId: string }>(
  items: T[],
  tasks: Map<string, DisclosureTaskView>,
): (T & { taskName?: string })[] {
  return items.map((item) => {
    const taskName = tasks.get(item.taskId)?.name;
    return taskName === undefined ? item : { ...item, taskName };
  });
}

function byDueThenIds(
  a: { dueDate: string; taskId: string },
  b: { dueDate: string; taskId: string },
): number {
  return a.dueDate.localeCompare(b.dueDate) || a.taskId.localeCompare(b.taskId);
}
