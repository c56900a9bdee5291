import type { Statistics } from '@app/contract';
import { NO_PROBLEM_CATEGORIES } from '@app/domain';
import { type DisclosureTaskView, obligationWindowTo } from '@app/projections';
import type { AppConfig, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service';
import { DeadlineCount } from '../calendar/deadline-count';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { referralFigures } from '../referrals/referral-figures';
import type { StatisticsScope } from './statistics-scope';
import { obligationsOf, tasksOfYear } from './year-reads';

const NO_PROBLEM = new Set<string>(NO_PROBLEM_CATEGORIES);

const rate = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

/**
 * The figures assessments ask for (Yiyuan 七, 三十三), for a year (the tasks initiated in it) and
 * optionally one department (the tasks it leads or takes part in, and its own results).
 */
@Injectable()
export class StatisticsFigures {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendars: CalendarService,
  ) {}

  async statistics({ year, departmentId: department, asOf }: StatisticsScope): Promise<Statistics> {
    const count = new DeadlineCount(await this.calendars.calendar());
    const tasks = await tasksOfYear(this.stores, year, department);
    const byId = new Map(tasks.map((t) => [t.id, t]));
    // A locked task cancelled (its window out of range) owes nothing any more.
    const obligations = await obligationsOf(this.stores, tasks, department);
    const live = tasks.filter((t) => !t.cancelled);
    // A result withheld from publication with a head's approval (ADR 34) owes no publication.
    const withheld = (o: (typeof obligations)[number]) =>
      o.notForPublication !== undefined && o.notForPublication.approvedOn <= asOf;
    const completed = live.filter((t) => {
      const owed = obligations.filter((o) => o.taskId === t.id);
      return (
        t.locked &&
        owed.length > 0 &&
        owed.every((o) => o.publishedOn !== undefined || (withheld(o) && o.enteredOn !== undefined))
      );
    });
    let due = 0;
    let enteredOnTime = 0;
    let publishedOnTime = 0;
    for (const o of obligations) {
      if (withheld(o)) continue; // as in the overdue report
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
      referrals: await referralFigures(this.stores, count, year, asOf, department),
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
