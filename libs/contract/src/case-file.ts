/**
 * The case file of a business (一对象一档案; docs/api.md "Case file"): every task that drew it,
 * and in time order what each recorded about it, with its files of evidence.
 */
export type CaseFileValue = string | number | boolean;

export interface CaseFileStep {
  act: string;
  at: string;
  by: string;
  detail: Record<string, CaseFileValue>;
}

export interface CaseFileEntry {
  id: string;
  kind: string;
  taskId?: string;
  at: string;
  position: number;
  by: string;
  departmentId?: string;
  detail: Record<string, CaseFileValue>;
  steps?: CaseFileStep[];
  /** An evidence entry of a task the caller's department had no part in: the file is not listed. */
  withheld?: true;
}

export interface CaseFileTask {
  taskId: string;
  name: string;
  /** `planned` (in a plan), `adhoc`; `joint` when other departments take part. */
  type: 'planned' | 'adhoc';
  joint: boolean;
  planId: string | null;
  leadDepartmentId: string;
  /** The departments that took part: the lead and those that accepted. */
  departmentIds: string[];
  window: { from: string; to: string };
  /** When the entity was drawn by it. */
  drawnAt?: string;
  /** Whether the caller's department took part (its files are the caller's to see). */
  own: boolean;
}

export interface CaseFileYear {
  year: number;
  count: number;
  taskIds: string[];
  discardedTaskIds: string[];
  sharedVisits: { visitId: string; taskIds: string[] }[];
}

export interface CaseFileAnswer {
  entity: { id: string; name: string; code: string };
  /** `all`: auditor or supervisor; `department`: the caller's department's tasks' files only. */
  scope: 'all' | 'department';
  tasks: CaseFileTask[];
  yearlyChecks: CaseFileYear[];
  /** One page of entries, oldest first. */
  entries: CaseFileEntry[];
  nextCursor?: string;
}
