import type { Statistics } from '@app/contract';
import { EARLIEST_YEAR, LATEST_YEAR, NO_PROBLEM_CATEGORIES, beijingDate } from '@app/domain';
import { type DisclosureObligationView, type DisclosureTaskView, obligationWindowTo } from '@app/projections';
import type { Actor, AppConfig, Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsCode } from '../common/field-rules';
import { CalendarService } from '../calendar/calendar.service';
import { DeadlineCount } from '../calendar/deadline-count';
import { CLOCK, type Clock } from '../common/clock';
import { everything } from '../common/read-all';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { CurrentActor } from '../auth/auth.decorators';
import { assertSupervises, supervisionScope } from '../org/supervision-scope';

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

const NO_PROBLEM = new Set<string>(NO_PROBLEM_CATEGORIES);

const rate = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

/**
 * The figures assessments ask for (Yiyuan 七, 三十三), for a year (the tasks initiated in it) and
 * optionally one department (the tasks it leads or takes part in, and its own results).
 */
@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('api/statistics')
export class StatisticsController {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendars: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async statistics(@Query() query: StatisticsQueryDto, @CurrentActor() actor: Actor): Promise<Statistics> {
    const asOf = beijingDate(this.clock.now());
    const year = query.year ?? Number(asOf.slice(0, 4));
    // A supervisor bound to a region reads a department within it; unnamed, its own.
    const scope = await supervisionScope(this.stores, actor);
    if (scope && query.departmentId !== undefined) assertSupervises(scope, query.departmentId);
    const department = query.departmentId ?? (scope ? actor.departmentId : undefined);
    const count = new DeadlineCount(await this.calendars.calendar());
    const tasks = (
      await everything(this.stores.projections.collection<DisclosureTaskView>('disclosures', 'tasks'), {
        initiatedOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` },
      })
    ).filter(
      (t) => !department || t.leadDepartmentId === department || t.participantIds.includes(department),
    );
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const obligations = (
      await everything(
        this.stores.projections.collection<DisclosureObligationView>('disclosures', 'obligations'),
        department ? { departmentId: department } : undefined,
      )
    ).filter((o) => {
      const task = byId.get(o.taskId);
      // A locked task cancelled (its window out of range) owes nothing any more.
      return task !== undefined && !task.cancelled && !task.withdrawn.includes(o.entityId);
    });
    const live = tasks.filter((t) => !t.cancelled);
    const completed = live.filter((t) => {
      const owed = obligations.filter((o) => o.taskId === t.id);
      return t.locked && owed.length > 0 && owed.every((o) => o.publishedOn !== undefined);
    });
    let due = 0;
    let enteredOnTime = 0;
    let publishedOnTime = 0;
    for (const o of obligations) {
      const deadline = count.addWorkingDays(
        o.taskId,
        obligationWindowTo(o, byId.get(o.taskId)),
        this.config.deadlines.publication,
      )?.date;
      if (deadline === undefined) continue; // reported in tasksWithoutDeadlines
      if (deadline >= asOf && o.publishedOn === undefined) continue; // not due yet, nothing to judge
      due += 1;
      if (o.enteredOn !== undefined && o.enteredOn <= deadline) enteredOnTime += 1;
      if (o.publishedOn !== undefined && o.publishedOn <= deadline) publishedOnTime += 1;
    }
    const published = obligations.filter((o) => o.category !== undefined);
    const problemsFound = published.filter((o) => !NO_PROBLEM.has(o.category!)).length;
    const joint = live.filter((t) => t.acceptedIds.length > 0).length;
    const discarded = tasks.filter((t) => t.cancelledAfterDraw === true);
    const registered = await this.stores.projections
      .collection('entities', 'entities')
      .count({ status: 'registered' });
    return {
      year,
      departmentId: department ?? null,
      asOf,
      directory: { registered },
      tasks: {
        initiated: tasks.length,
        cancelled: tasks.length - live.length,
        cancelledAfterDraw: discarded.length,
        locked: live.filter((t) => t.locked).length,
        completed: completed.length,
        executionRate: rate(completed.length, live.length),
      },
      cancelledAfterDrawByLead: perLead(discarded),
      joint: { tasks: joint, share: rate(joint, live.length) },
      entitiesChecked: new Set(obligations.filter((o) => o.enteredOn !== undefined).map((o) => o.entityId))
        .size,
      results: {
        due,
        enteredOnTime,
        publishedOnTime,
        enteredOnTimeRate: rate(enteredOnTime, due),
        publishedOnTimeRate: rate(publishedOnTime, due),
        published: published.length,
        problemsFound,
        problemDiscoveryRate: rate(problemsFound, published.length),
      },
      followUps: { recorded: live.reduce((n, t) => n + t.followUps, 0) },
      tasksWithoutDeadlines: count.tasksWithoutDeadlines(),
    };
  }
}

/** How many of the tasks each lead department has, most first (then by department). */
function perLead(tasks: DisclosureTaskView[]): { departmentId: string; tasks: number }[] {
  const counts = new Map<string, number>();
  for (const t of tasks) counts.set(t.leadDepartmentId, (counts.get(t.leadDepartmentId) ?? 0) + 1);
  return [...counts]
    .map(([departmentId, n]) => ({ departmentId, tasks: n }))
    .sort((a, b) => b.tasks - a.tasks || a.departmentId.localeCompare(b.departmentId));
}
