import {
  beijingDate,
  type CheckItemDefinition,
  type InspectorFact,
  type JointListFact,
  type ListedItemFact,
  type PlanState,
  type WorkingDayDate,
  type TaskState,
  checkItemDecider,
  entityDecider,
  inspectionTaskDecider,
  inspectorDecider,
  jointItemListDecider,
  planDecider,
  registerStreams,
} from '@app/domain';
import type { AppConfig, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service';
import { loadAggregate } from '@app/audit';
import { listedItemFacts, registeredDepartmentIds } from '../registers/register-reads';
import { APP_CONFIG, STORES } from '../stores/stores.providers';

/** Today's date in China: deadlines and inspection dates are Beijing days. */
export { beijingDate };

/**
 * The facts the task's rules need from outside the task: other aggregates (read from their
 * streams, so consistent), and deadlines from the working-day calendar and the deployment's policy.
 */
@Injectable()
export class TaskFacts {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendars: CalendarService,
  ) {}

  items(itemIds: readonly string[]): Promise<ListedItemFact[]> {
    return listedItemFacts(this.stores.events, itemIds);
  }

  /** A check item's definition as it stands, or undefined. */
  async checkItem(itemId: string): Promise<CheckItemDefinition | undefined> {
    const { state } = await loadAggregate(
      this.stores.events,
      registerStreams.checkItem(itemId),
      checkItemDecider,
    );
    return state.status === 'absent' ? undefined : state.definition;
  }

  /** The 一业一单 a task is made from, as it stands (its current version). */
  async jointList(listId: string): Promise<JointListFact> {
    const stream = registerStreams.jointItemList(listId);
    return { listId, state: (await loadAggregate(this.stores.events, stream, jointItemListDecider)).state };
  }

  registeredDepartments(departmentIds: readonly string[]): Promise<string[]> {
    return registeredDepartmentIds(this.stores.events, departmentIds);
  }

  async plan(planId: string): Promise<PlanState> {
    return (await loadAggregate(this.stores.events, registerStreams.plan(planId), planDecider)).state;
  }

  async inspectors(inspectorIds: readonly string[]): Promise<InspectorFact[]> {
    const out: InspectorFact[] = [];
    for (const inspectorId of new Set(inspectorIds)) {
      const { state } = await loadAggregate(
        this.stores.events,
        registerStreams.inspector(inspectorId),
        inspectorDecider,
      );
      if (state.registered) {
        out.push({
          inspectorId,
          departmentId: state.profile.departmentId,
          status: state.status,
          erased: state.erased,
          conflicts: state.conflicts,
          category: state.profile.category,
          ...(state.profile.enforcementValidUntil
            ? { enforcementValidUntil: state.profile.enforcementValidUntil }
            : {}),
        });
      }
    }
    return out;
  }

  /** Whether the directory shows the entity deregistered. */
  async entityDeregistered(entityId: string): Promise<boolean> {
    const { state } = await loadAggregate(
      this.stores.events,
      registerStreams.entity(entityId),
      entityDecider,
    );
    return state.status === 'deregistered';
  }

  /** The task's current state, or undefined when there is none. */
  async task(taskId: string): Promise<TaskState | undefined> {
    const { state } = await loadAggregate(
      this.stores.events,
      registerStreams.inspectionTask(taskId),
      inspectionTaskDecider,
    );
    return state.status === 'absent' ? undefined : state;
  }

  async inspector(inspectorId: string): Promise<InspectorFact | undefined> {
    return (await this.inspectors([inspectorId]))[0];
  }

  /** Participants respond within this many working days of the initiation. */
  async responseDue(today: string): Promise<WorkingDayDate> {
    return (await this.calendars.calendar()).addWorkingDays(today, this.config.deadlines.response);
  }

  /** Results are published within this many working days after the window ends. */
  async publicationDue(windowEnd: string): Promise<WorkingDayDate> {
    return (await this.calendars.calendar()).addWorkingDays(windowEnd, this.config.deadlines.publication);
  }

  /** An objection is reviewed within this many working days of its receipt (Yiyuan 二十七). */
  async objectionReviewDue(today: string): Promise<WorkingDayDate> {
    return (await this.calendars.calendar()).addWorkingDays(today, this.config.deadlines.objectionReview);
  }

  /** The business is told the outcome within this many working days of the review (Yiyuan 二十七). */
  async objectionOutcomeNoticeDue(reviewedOn: string): Promise<WorkingDayDate> {
    return (await this.calendars.calendar()).addWorkingDays(
      reviewedOn,
      this.config.deadlines.objectionOutcomeNotice,
    );
  }
}
