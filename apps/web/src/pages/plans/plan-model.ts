import type { CreditRisk, EntityKind, PlanStatus, Scale } from '../../api/vocabulary';

/** A plan as the api answers it (projections/plans: PlanView), with progress on GET /api/plans/:id. */

export interface TargetCriteria {
  kinds?: EntityKind[];
  regionCodes?: string[];
  industryCodes?: string[];
  tags?: string[];
  scales?: Scale[];
}

export interface PlanDefinition {
  year: number;
  name: string;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  itemIds: string[];
  targetCriteria: TargetCriteria;
  ratiosByCreditRisk: Partial<Record<CreditRisk, number>>;
  window: { from: string; to: string };
}

export type PlanChanges = Partial<Omit<PlanDefinition, 'year' | 'leadDepartmentId'>>;

export interface PlanAdjustment {
  changes: PlanChanges;
  previous: PlanChanges;
  reason: string;
  at: string;
  actorId: string;
}

export interface PlanProgress {
  tasks: { initiated: number; locked: number; cancelled: number };
  entitiesDrawn: number;
  results: {
    owed: number;
    entered: number;
    published: number;
    publishedOnTime: number;
    publishedLate: number;
  };
}

export interface Plan extends PlanDefinition {
  id: string;
  status: PlanStatus;
  version: number;
  everPublished: boolean;
  unpublishedChanges: boolean;
  adjustments: PlanAdjustment[];
  departmentIds: string[];
  draftedAt: string;
  publishedAt?: string;
  closedAt?: string;
  closedReason?: string;
  updatedAt: string;
  progress?: PlanProgress;
}

export interface PlanCoverage {
  year: number;
  departments: {
    departmentId: string;
    activeItems: number;
    covered: number;
    uncovered: { id: string; name: string }[];
  }[];
}

export interface CheckItem {
  id: string;
  departmentId: string;
  name: string;
  itemClass: 'A' | 'B' | 'C';
  status: 'active' | 'retired';
}

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
