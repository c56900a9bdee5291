import type { ObjectionDeadlineState, Overdue, OverdueObjection } from '@app/contract';
import { beijingDate } from '@app/domain';
import type { DisclosureTaskView, ObjectionDeadlineView } from '@app/projections';
import type { Actor, AppConfig, Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CalendarService } from '../calendar/calendar.service';
import { DeadlineCount } from '../calendar/deadline-count';
import { CLOCK, type Clock } from '../common/clock';
import { everything } from '../common/read-all';
import { CurrentActor } from '../auth/auth.decorators';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { assertSupervises, supervisionScope } from '../org/supervision-scope';
import { OverdueQueryDto } from './overdue.controller';

/**
 * Objections whose review, or whose notice of the outcome to the business, is overdue (Yiyuan
 * 二十七: OBJECTION_REVIEW_WORKING_DAYS from receipt, OBJECTION_OUTCOME_NOTICE_WORKING_DAYS from the
 * review). Counted at each request with the calendar as it is then, like the other overdue lists.
 */
@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('api')
export class OverdueObjectionsController {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendars: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('overdue-objections')
  async objections(
    @Query() query: OverdueQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Overdue<OverdueObjection>> {
    const asOf = query.asOf ?? beijingDate(this.clock.now());
    const count = new DeadlineCount(await this.calendars.calendar());
    const scope = await supervisionScope(this.stores, actor);
    if (query.departmentId !== undefined) assertSupervises(scope, query.departmentId);
    const filter =
      query.departmentId !== undefined
        ? { departmentId: query.departmentId }
        : scope
          ? { departmentId: { $in: [...scope.departmentIds] } }
          : undefined;
    const objections = await everything(
      this.stores.projections.collection<ObjectionDeadlineView>('objectionDeadlines', 'objections'),
      filter,
    );
    const tasks = await this.tasks(objections.map((o) => o.taskId));
    const { objectionReview, objectionOutcomeNotice } = this.config.deadlines;
    const items: OverdueObjection[] = [];
    for (const o of objections) {
      if (tasks.get(o.taskId)?.cancelled || o.receivedOn > asOf) continue;
      const reviewedOn = o.reviewedOn && o.reviewedOn <= asOf ? o.reviewedOn : undefined;
      const notifiedOn = o.notifiedOn && o.notifiedOn <= asOf ? o.notifiedOn : undefined;
      const overdue = (
        deadline: OverdueObjection['deadline'],
        from: string,
        days: number,
        doneOn: string | undefined,
        states: [ObjectionDeadlineState, ObjectionDeadlineState],
      ) => {
        const due = count.addWorkingDays(o.taskId, from, days);
        if (!due || (doneOn ? doneOn <= due.date : asOf <= due.date)) return;
        const late = count.workingDaysBetween(o.taskId, due.date, doneOn ?? asOf);
        if (!late) return;
        const unknownYears = [...new Set([...due.unknownYears, ...late.unknownYears])].sort();
        items.push({
          taskId: o.taskId,
          objectionId: o.objectionId,
          entityId: o.entityId,
          departmentId: o.departmentId,
          deadline,
          dueDate: due.date,
          provisional: unknownYears.length > 0,
          unknownYears,
          state: doneOn ? states[1] : states[0],
          receivedOn: o.receivedOn,
          ...(reviewedOn ? { reviewedOn } : {}),
          ...(notifiedOn ? { notifiedOn } : {}),
          workingDaysOverdue: late.days,
        });
      };
      overdue('review', o.receivedOn, objectionReview, reviewedOn, ['not-reviewed', 'reviewed-late']);
      if (reviewedOn) {
        overdue('outcome-notice', reviewedOn, objectionOutcomeNotice, notifiedOn, [
          'outcome-not-notified',
          'outcome-notified-late',
        ]);
      }
    }
    items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.taskId.localeCompare(b.taskId));
    return {
      asOf,
      items: items.map((item) => {
        const taskName = tasks.get(item.taskId)?.name;
        return taskName === undefined ? item : { ...item, taskName };
      }),
      tasksWithoutDeadlines: count.tasksWithoutDeadlines(),
    };
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
