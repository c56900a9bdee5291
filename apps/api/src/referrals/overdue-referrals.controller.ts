import type { Overdue, OverdueReferral, ReferralDeadlineState } from '@app/contract';
import { beijingDate } from '@app/domain';
import type { ReferralView } from '@app/projections';
import type { Actor, Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/auth.decorators';
import { CalendarService } from '../calendar/calendar.service';
import { DeadlineCount } from '../calendar/deadline-count';
import { CLOCK, type Clock } from '../common/clock';
import { everything } from '../common/read-all';
import { OverdueQueryDto } from '../disclosures/overdue.controller';
import { assertSupervises, supervisionScope } from '../org/supervision-scope';
import { STORES } from '../stores/stores.providers';

/**
 * Referrals not accepted or returned, or without an outcome, by their deadline (ADR 50): the due
 * dates are those the events recorded (REFERRAL_ACCEPT_WORKING_DAYS, REFERRAL_OUTCOME_WORKING_DAYS);
 * the days late are counted at each request on the calendar as it is then.
 */
@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('api')
export class OverdueReferralsController {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    private readonly calendars: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('overdue-referrals')
  async referrals(
    @Query() query: OverdueQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Overdue<OverdueReferral>> {
    const asOf = query.asOf ?? beijingDate(this.clock.now());
    const scope = await supervisionScope(this.stores, actor);
    if (query.departmentId !== undefined) assertSupervises(scope, query.departmentId);
    const filter =
      query.departmentId !== undefined
        ? { toDepartmentId: query.departmentId }
        : scope
          ? { toDepartmentId: { $in: [...scope.departmentIds] } }
          : undefined;
    const referrals = await everything(
      this.stores.projections.collection<ReferralView>('referrals', 'referrals'),
      filter,
    );
    const count = new DeadlineCount(await this.calendars.calendar());
    const items = referrals.flatMap((r) => overdueOf(r, asOf, count));
    items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.referralId.localeCompare(b.referralId));
    return { asOf, items, tasksWithoutDeadlines: count.tasksWithoutDeadlines() };
  }
}

/** A referral's missed deadline as of a day, if any: its answer's, else its outcome's. */
export function overdueOf(r: ReferralView, asOf: string, count: DeadlineCount): OverdueReferral[] {
  if (r.referredOn > asOf) return [];
  const answeredOn = [r.acceptedOn, r.returnedOn].find((d) => d !== undefined && d <= asOf);
  const decidedOn = r.outcomes[0]?.recordedOn;
  const outcomeOn = decidedOn !== undefined && decidedOn <= asOf ? decidedOn : undefined;
  const late = (
    deadline: OverdueReferral['deadline'],
    due: string,
    doneOn: string | undefined,
    states: [ReferralDeadlineState, ReferralDeadlineState],
  ): OverdueReferral[] => {
    if (doneOn ? doneOn <= due : asOf <= due) return [];
    const days = count.workingDaysBetween(r.taskId, due, doneOn ?? asOf);
    if (!days?.days) return [];
    return [
      {
        referralId: r.id,
        taskId: r.taskId,
        entityId: r.entityId,
        fromDepartmentId: r.fromDepartmentId,
        departmentId: r.toDepartmentId,
        deadline,
        state: doneOn ? states[1] : states[0],
        dueDate: due,
        provisional: r.provisional || days.unknownYears.length > 0,
        unknownYears: days.unknownYears,
        workingDaysOverdue: days.days,
      },
    ];
  };
  const answer = late('accept', r.acceptDue, answeredOn, ['not-answered', 'answered-late']);
  if (answer.length > 0 || !r.acceptedOn || r.acceptedOn > asOf || !r.outcomeDue) return answer;
  return late('outcome', r.outcomeDue, outcomeOn, ['no-outcome', 'outcome-late']);
}
