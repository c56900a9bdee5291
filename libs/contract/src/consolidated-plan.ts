/** One joint plan in a consolidated plan: the filed version's public parts. */
export interface ConsolidatedPlanEntry {
  planId: string;
  version: number;
  name: string;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  itemIds: string[];
  window: { from: string; to: string };
}

/** What the joint office would publish now: the year's joint plans filed with it (GET, coordinator). */
export interface ConsolidatedPlanDraft {
  jointOfficeId: string;
  year: number;
  plans: ConsolidatedPlanEntry[];
}

/** A published consolidated county plan (全县部门联合抽查计划), as the portal shows it: no one who acted. */
export interface PublicConsolidatedPlan extends ConsolidatedPlanDraft {
  version: number;
  publishedOn: string;
  deadline: string;
  late: boolean;
  /** Every publication: the version and its day, oldest first. */
  versions: { version: number; publishedOn: string }[];
}
