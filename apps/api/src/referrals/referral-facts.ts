import { loadAggregate } from '@app/audit';
import {
  type ReferralResultFacts,
  type ReferralState,
  type ReferralTargetFacts,
  type WorkingDayDate,
  departmentDecider,
  referralDecider,
  registerStreams,
  resultKey,
} from '@app/domain';
import type { AppConfig, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { TaskFacts } from '../tasks/task-facts';

/** What a referral's rules need from other streams, the calendar and the deployment's policy (ADR 50). */
@Injectable()
export class ReferralFacts {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendars: CalendarService,
    private readonly tasks: TaskFacts,
  ) {}

  async referral(referralId: string): Promise<ReferralState> {
    return (await loadAggregate(this.stores.events, registerStreams.referral(referralId), referralDecider))
      .state;
  }

  /**
   * The entity's entered result in the task: the caller's department's if it has one, else another
   * department's (the decider refuses the caller then), else none.
   */
  async result(
    taskId: string,
    entityId: string,
    departmentId: string,
  ): Promise<ReferralResultFacts | undefined> {
    const task = await this.tasks.task(taskId);
    if (!task) return undefined;
    if (task.entered[resultKey(entityId, departmentId)]) return { taskId, entityId, departmentId };
    const other = Object.keys(task.entered).find((key) => key.startsWith(`${entityId}|`));
    return other ? { taskId, entityId, departmentId: other.slice(entityId.length + 1) } : undefined;
  }

  /** The addressed department as its stream holds it; undefined when not registered. */
  async department(departmentId: string): Promise<ReferralTargetFacts | undefined> {
    const { state } = await loadAggregate(
      this.stores.events,
      registerStreams.department(departmentId),
      departmentDecider,
    );
    return state.registered ? { departmentId, disabled: state.disabled ?? false } : undefined;
  }

  async acceptDue(today: string): Promise<WorkingDayDate> {
    return (await this.calendars.calendar()).addWorkingDays(today, this.config.deadlines.referralAccept);
  }

  async outcomeDue(today: string): Promise<WorkingDayDate> {
    return (await this.calendars.calendar()).addWorkingDays(today, this.config.deadlines.referralOutcome);
  }
}
