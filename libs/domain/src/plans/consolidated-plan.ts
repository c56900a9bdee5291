import type { Decider } from '../decider';
import type { DomainEvent } from '../domain-event';
import { DomainError } from '../domain-error';
import { type MonthDay, deadlineIn } from './plan-filing';
import type { DateWindow } from './plan';

/** At most this many joint plans in one consolidated plan (a county has tens). */
export const MAX_CONSOLIDATED_PLANS = 500;

/** One joint plan as the consolidated plan lists it: the filed version's public parts. */
export interface ConsolidatedPlanEntry {
  planId: string;
  version: number;
  name: string;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  itemIds: string[];
  window: DateWindow;
}

/**
 * 全县部门联合抽查计划 (Siyang 二(四); Yuanqu 三(一)): the joint office gathers the year's joint
 * plans filed with it (the handler reads them) and publishes them as one, again when they change.
 */
export type ConsolidatedPlanCommand = {
  kind: 'PublishConsolidatedPlan';
  jointOfficeId: string;
  year: number;
  plans: ConsolidatedPlanEntry[];
  publishedOn: string;
  deadline: MonthDay;
};

export type ConsolidatedPlanEvent = DomainEvent<
  'ConsolidatedPlanPublished',
  {
    jointOfficeId: string;
    year: number;
    version: number;
    plans: ConsolidatedPlanEntry[];
    publishedOn: string;
    deadline: string;
    /** The first version only: published after CONSOLIDATED_PLAN_DEADLINE of its year. */
    late: boolean;
  }
>;

export interface ConsolidatedPlanState {
  version: number;
  /** `planId@version` of each plan in the latest publication, to tell a change. */
  published: string[];
}

const keys = (plans: readonly ConsolidatedPlanEntry[]): string[] =>
  plans.map((plan) => `${plan.planId}@${plan.version}`).sort();

export const consolidatedPlanDecider: Decider<
  ConsolidatedPlanCommand,
  ConsolidatedPlanEvent,
  ConsolidatedPlanState
> = {
  initialState: () => ({ version: 0, published: [] }),
  evolve: (_state, event) => ({ version: event.data.version, published: keys(event.data.plans) }),
  decide(command, state) {
    const { jointOfficeId, year, plans, publishedOn } = command;
    if (plans.length === 0) {
      throw new DomainError(
        'CONSOLIDATED_PLAN_EMPTY',
        `No joint plan of ${year} is filed with ${jointOfficeId} and published`,
        { year },
      );
    }
    if (plans.length > MAX_CONSOLIDATED_PLANS) {
      throw new DomainError('CONSOLIDATED_PLAN_TOO_LARGE', `At most ${MAX_CONSOLIDATED_PLANS} plans`, {
        max: MAX_CONSOLIDATED_PLANS,
      });
    }
    const next = keys(plans);
    if (next.length === state.published.length && next.every((key, i) => key === state.published[i])) {
      throw new DomainError(
        'CONSOLIDATED_PLAN_UNCHANGED',
        `The consolidated plan of ${year} already lists these plans at these versions`,
        { year, version: state.version },
      );
    }
    const version = state.version + 1;
    const deadline = deadlineIn(year, command.deadline);
    return [
      {
        type: 'ConsolidatedPlanPublished',
        data: {
          jointOfficeId,
          year,
          version,
          plans: [...plans].sort((a, b) => a.planId.localeCompare(b.planId)),
          publishedOn,
          deadline,
          late: version === 1 && publishedOn > deadline,
        },
      },
    ];
  },
};
