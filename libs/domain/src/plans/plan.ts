import { EARLIEST_DATE, LATEST_DATE, isCalendarDate, isCalendarDateInRange } from '../calendar/calendar-date';
import type { Decider } from '../decider';
import type { DomainEvent } from '../domain-event';
import { DomainError } from '../domain-error';
import { malformedCriteria } from './criteria-shape';
import { changedFields, previousValues } from '../registers/changed-fields';
import type { ListedItemFact } from '../registers/joint-item-list';
import { CREDIT_RISK_CLASSES, type CreditRisk, type EntityKind } from '../registers/vocabulary';
import { type PlanFilingFacts, assertFilingFacts, deadlineIn, filingIsLate } from './plan-filing';
import { type PlanJointListFact, planFromJointList } from './plan-from-joint-list';

/** Whom the draws of a plan aim at (directed draw criteria; empty: the whole directory). */
export interface TargetCriteria {
  kinds?: EntityKind[];
  regionCodes?: string[];
  industryCodes?: string[];
  tags?: string[];
  scales?: string[];
}

export interface DateWindow {
  from: string;
  to: string;
}

/** An annual random-inspection plan (年度抽查工作计划; Gui'an 第二十六条). */
export interface PlanDefinition {
  year: number;
  name: string;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  itemIds: string[];
  targetCriteria: TargetCriteria;
  /** Sampling ratio (0–1) per credit-risk class: higher risk, higher ratio. */
  ratiosByCreditRisk: Partial<Record<CreditRisk, number>>;
  window: DateWindow;
  /** The 一业一单 version its departments and items were filled from, when made from one (ADR 41). */
  jointList?: { listId: string; version: number };
}

export type PlanChanges = Partial<Omit<PlanDefinition, 'year' | 'leadDepartmentId' | 'jointList'>>;

/** What the handler found: the plan's items, and which of its departments are registered. */
export interface PlanFacts {
  items: ListedItemFact[];
  registeredDepartmentIds: string[];
}

export type PlanCommand =
  | {
      kind: 'DraftPlan';
      planId: string;
      definition: PlanDefinition;
      facts: PlanFacts;
      /** The joint list named to fill the departments and items (plan-from-joint-list.ts). */
      jointList?: PlanJointListFact;
    }
  /** With `filing`, each publication is filed with the joint office in the same act (备案). */
  | { kind: 'PublishPlan'; planId: string; filing?: PlanFilingFacts }
  | { kind: 'AdjustPlan'; planId: string; changes: PlanChanges; reason: string; facts: PlanFacts }
  | { kind: 'ClosePlan'; planId: string; reason: string };

export type PlanEvent =
  | DomainEvent<'PlanDrafted', { planId: string } & PlanDefinition>
  | DomainEvent<'PlanPublished', { planId: string; version: number }>
  | DomainEvent<
      'PlanAdjusted',
      { planId: string; changes: PlanChanges; previous: PlanChanges; reason: string }
    >
  | DomainEvent<'PlanClosed', { planId: string; reason: string }>
  | DomainEvent<
      'PlanFiled',
      {
        planId: string;
        version: number;
        jointOfficeId: string;
        filedOn: string;
        /** The first version's deadline (`YYYY-MM-DD`); absent for an adjustment's re-publication. */
        deadline?: string;
        late: boolean;
      }
    >;

export const PLAN_STATUSES = ['draft', 'published', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export type PlanState =
  | { status: 'absent' }
  | {
      status: PlanStatus;
      /**
       * The version in force (Gui'an 第27条; Yuanqu 二(三)): what initiation, the draw and the
       * public read. Absent until the plan is first published.
       */
      published?: PlanDefinition;
      /**
       * The plan as it is being drafted: the first draft, or a published plan's adjustment that
       * awaits publication (待发布的调整). Equals `published` while nothing is pending.
       */
      draft: PlanDefinition;
      /** Published at least once: tasks may belong to it. */
      everPublished: boolean;
      /** Changes made since the last publication, which must be published again. */
      unpublishedChanges: boolean;
      /** The number of the published version (0 while never published). */
      version: number;
    };

/** The rules every version of a plan must keep. */
export function assertPlanIsSound(definition: PlanDefinition, facts: PlanFacts): void {
  const { year, window } = definition;
  if (!isCalendarDate(window.from) || !isCalendarDate(window.to) || window.from > window.to) {
    throw new DomainError('PLAN_WINDOW_INVALID', `The window must be two real days, from before to`, {
      window,
    });
  }
  if (!isCalendarDateInRange(window.from) || !isCalendarDateInRange(window.to)) {
    throw new DomainError(
      'PLAN_WINDOW_OUT_OF_RANGE',
      `The window lies from ${EARLIEST_DATE} to ${LATEST_DATE}`,
      { window },
    );
  }
  if (!window.from.startsWith(`${year}-`) || !window.to.startsWith(`${year}-`)) {
    throw new DomainError('PLAN_WINDOW_OUTSIDE_YEAR', `An annual plan's window lies within ${year}`, {
      window,
    });
  }
  const malformed = malformedCriteria(definition.targetCriteria);
  if (malformed.length > 0) {
    throw new DomainError(
      'PLAN_CRITERIA_MALFORMED',
      `Target criteria must be lists: ${malformed.join(', ')}`,
      {
        fields: malformed,
      },
    );
  }
  if (definition.cooperatingDepartmentIds.includes(definition.leadDepartmentId)) {
    throw new DomainError('PLAN_LEAD_IS_COOPERATING', 'The lead department is not also a cooperating one');
  }
  const departments = [definition.leadDepartmentId, ...definition.cooperatingDepartmentIds];
  const unregistered = departments.filter((id) => !facts.registeredDepartmentIds.includes(id));
  if (unregistered.length > 0) {
    throw new DomainError('DEPARTMENT_NOT_REGISTERED', `Not registered: ${unregistered.join(', ')}`, {
      departmentIds: unregistered,
    });
  }
  const found = new Map(facts.items.map((item) => [item.itemId, item]));
  const missing = definition.itemIds.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new DomainError('CHECK_ITEM_NOT_ON_LIST', `Not on the check-item list: ${missing.join(', ')}`, {
      itemIds: missing,
    });
  }
  const retired = definition.itemIds.filter((id) => found.get(id)?.retired);
  if (retired.length > 0) {
    throw new DomainError('CHECK_ITEM_RETIRED', `Retired items cannot be planned: ${retired.join(', ')}`, {
      itemIds: retired,
    });
  }
  const foreign = definition.itemIds.filter((id) => !departments.includes(found.get(id)!.departmentId));
  if (foreign.length > 0) {
    throw new DomainError(
      'PLAN_ITEM_OF_OTHER_DEPARTMENT',
      `Items of departments not in the plan: ${foreign.join(', ')}`,
      { itemIds: foreign },
    );
  }
  for (const [risk, ratio] of Object.entries(definition.ratiosByCreditRisk)) {
    if (ratio === undefined) continue;
    const known = (CREDIT_RISK_CLASSES as readonly string[]).includes(risk);
    if (!known || typeof ratio !== 'number' || !Number.isFinite(ratio) || ratio < 0 || ratio > 1) {
      throw new DomainError(
        'PLAN_RATIO_INVALID',
        `The ratio for credit class ${risk} must be 0–1 (classes ${CREDIT_RISK_CLASSES.join(', ')})`,
        { risk, ratio },
      );
    }
  }
}

function open(state: PlanState, planId: string): Exclude<PlanState, { status: 'absent' }> {
  if (state.status === 'absent') throw new DomainError('PLAN_NOT_FOUND', `No plan ${planId}`);
  if (state.status === 'closed') throw new DomainError('PLAN_CLOSED', `Plan ${planId} is closed`);
  return state;
}

function filed(planId: string, year: number, version: number, filing: PlanFilingFacts): PlanEvent {
  assertFilingFacts(filing);
  const { jointOfficeId, filedOn } = filing;
  return {
    type: 'PlanFiled',
    data: {
      planId,
      version,
      jointOfficeId,
      filedOn,
      ...(version === 1 ? { deadline: deadlineIn(year, filing.deadline) } : {}),
      late: filingIsLate(year, version, filing),
    },
  };
}

export const planDecider: Decider<PlanCommand, PlanEvent, PlanState> = {
  initialState: () => ({ status: 'absent' }),
  evolve(state, event) {
    switch (event.type) {
      case 'PlanDrafted': {
        const { planId: _id, ...definition } = event.data;
        return {
          status: 'draft',
          draft: definition,
          everPublished: false,
          unpublishedChanges: true,
          version: 0,
        };
      }
      case 'PlanPublished':
        return state.status === 'absent'
          ? state
          : {
              ...state,
              status: 'published',
              // The draft becomes the next version; the one before stays in the stream's history.
              published: state.draft,
              everPublished: true,
              unpublishedChanges: false,
              version: event.data.version,
            };
      case 'PlanAdjusted':
        return state.status === 'absent'
          ? state
          : {
              ...state,
              // Only the draft: a published version changes only by being published again.
              draft: { ...state.draft, ...event.data.changes },
              unpublishedChanges: true,
            };
      case 'PlanClosed':
        return state.status === 'absent' ? state : { ...state, status: 'closed' };
      case 'PlanFiled':
        return state;
    }
  },
  decide(command, state) {
    switch (command.kind) {
      case 'DraftPlan': {
        if (state.status !== 'absent') throw new DomainError('PLAN_EXISTS', `Plan ${command.planId} exists`);
        const definition = command.jointList
          ? planFromJointList(command.definition, command.jointList)
          : command.definition;
        assertPlanIsSound(definition, command.facts);
        return [{ type: 'PlanDrafted', data: { planId: command.planId, ...definition } }];
      }
      case 'PublishPlan': {
        const plan = open(state, command.planId);
        if (!plan.unpublishedChanges) {
          throw new DomainError(
            'PLAN_ALREADY_PUBLISHED',
            `Plan ${command.planId} has nothing new to publish`,
          );
        }
        const version = plan.version + 1;
        const publishedEvent: PlanEvent = {
          type: 'PlanPublished',
          data: { planId: command.planId, version },
        };
        if (!command.filing) return [publishedEvent];
        return [publishedEvent, filed(command.planId, plan.draft.year, version, command.filing)];
      }
      case 'AdjustPlan': {
        const plan = open(state, command.planId);
        const changes = changedFields<PlanChanges>(plan.draft, command.changes);
        if (Object.keys(changes).length === 0) return [];
        assertPlanIsSound({ ...plan.draft, ...changes }, command.facts);
        const previous = previousValues<PlanChanges>(plan.draft, changes);
        return [
          {
            type: 'PlanAdjusted',
            data: { planId: command.planId, changes, previous, reason: command.reason },
          },
        ];
      }
      case 'ClosePlan':
        open(state, command.planId);
        return [{ type: 'PlanClosed', data: { planId: command.planId, reason: command.reason } }];
    }
  },
};
