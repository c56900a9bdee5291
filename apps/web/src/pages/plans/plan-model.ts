import type { Scale } from '../../api/vocabulary';
import type { KnownFields } from '../../api/server-types';
import type { CheckItemView } from '../registers/views';
import type {
  PlanDefinition as DomainPlanDefinition,
  TargetCriteria as DomainTargetCriteria,
} from '@app/domain/plans/plan';
import type { PlanAdjustmentView, PlanView } from '@app/projections/plans/plans.projection';
import type { PlanCoverage, PlanProgress } from '@app/contract';

/** A plan as the api answers it (projections/plans: PlanView), with progress on GET /api/plans/:id. */

export type { PlanCoverage, PlanProgress };

/** The domain keeps scales as plain strings; the console knows the words (api/vocabulary.ts). */
export type TargetCriteria = Omit<DomainTargetCriteria, 'scales'> & { scales?: Scale[] };

export type PlanDefinition = Omit<DomainPlanDefinition, 'targetCriteria'> & {
  targetCriteria: TargetCriteria;
};

export type PlanChanges = Partial<Omit<PlanDefinition, 'year' | 'leadDepartmentId' | 'jointList'>>;

export type PlanAdjustment = Omit<PlanAdjustmentView, 'changes' | 'previous' | 'version'> & {
  changes: PlanChanges;
  previous: PlanChanges;
  /** Absent until `plans` is rebuilt (docs/operations.md). */
  version?: number;
};

export type Plan = Omit<KnownFields<PlanView>, 'targetCriteria' | 'adjustments' | 'pending'> & {
  targetCriteria: TargetCriteria;
  adjustments: PlanAdjustment[];
  /** 待发布的调整: the next version, while a published plan's adjustment awaits publication. */
  pending?: PlanDefinition;
  progress?: PlanProgress;
};

/** The plan as adjustments change it: the pending draft over the published version. */
export function draftOf(plan: Plan): Plan {
  return plan.pending ? { ...plan, ...plan.pending } : plan;
}

/** The adjustments in the published versions, and those awaiting publication. */
export function adjustmentsByState(plan: Pick<Plan, 'adjustments' | 'version'>): {
  published: PlanAdjustment[];
  pending: PlanAdjustment[];
} {
  const pending = (a: PlanAdjustment) => (a.version ?? 0) > plan.version;
  return {
    published: plan.adjustments.filter((a) => !pending(a)),
    pending: plan.adjustments.filter(pending),
  };
}

export type CheckItem = Pick<CheckItemView, 'id' | 'departmentId' | 'name' | 'itemClass' | 'status'>;

/** Who may act on a plan (docs/security.md): staff of its lead department, or an administrator. */
export function planActs(
  session: { departmentId: string; roles: readonly string[] } | undefined,
  plan: Pick<Plan, 'leadDepartmentId' | 'status' | 'everPublished' | 'unpublishedChanges'>,
) {
  const has = (role: string) => session?.roles.includes(role) ?? false;
  const ofLead = has('admin') || session?.departmentId === plan.leadDepartmentId;
  const open = plan.status !== 'closed';
  return {
    publish: open && plan.unpublishedChanges && ofLead && (has('admin') || has('operator') || has('head')),
    adjust: open && ofLead && (has('admin') || has('operator')),
    close: open && ofLead && (has('admin') || has('operator')),
  };
}
