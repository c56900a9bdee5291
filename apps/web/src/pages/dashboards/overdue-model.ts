/** GET /api/overdue-disclosures: a result not entered, or not published, by its deadline. */
export interface OverdueDisclosure {
  taskId: string;
  entityId: string;
  departmentId: string;
  windowTo: string;
  dueDate: string;
  provisional: boolean;
  unknownYears: number[];
  state: DisclosureState;
  enteredOn?: string;
  publishedOn?: string;
  workingDaysOverdue: number;
}

/** GET /api/overdue-responses: a participant that did not answer a joint task in time. */
export interface OverdueResponse {
  taskId: string;
  departmentId: string;
  leadDepartmentId: string;
  initiatedOn: string;
  dueDate: string;
  provisional: boolean;
  unknownYears: number[];
  state: ResponseState;
  respondedOn?: string;
  workingDaysOverdue: number;
}

export const DISCLOSURE_STATES = ['not-entered', 'not-published', 'published-late'] as const;
export type DisclosureState = (typeof DISCLOSURE_STATES)[number];
export const RESPONSE_STATES = ['not-responded', 'responded-late'] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];

export interface DepartmentCounts<S extends string> {
  departmentId: string;
  counts: Record<S, number>;
  total: number;
}

/** How many overdue items each department has, by state; most first, then by id. */
export function countByDepartment<S extends string>(
  items: readonly { departmentId: string; state: S }[],
  states: readonly S[],
): DepartmentCounts<S>[] {
  const byDepartment = new Map<string, DepartmentCounts<S>>();
  for (const item of items) {
    let entry = byDepartment.get(item.departmentId);
    if (!entry) {
      entry = {
        departmentId: item.departmentId,
        counts: Object.fromEntries(states.map((s) => [s, 0])) as Record<S, number>,
        total: 0,
      };
      byDepartment.set(item.departmentId, entry);
    }
    entry.counts[item.state] += 1;
    entry.total += 1;
  }
  return [...byDepartment.values()].sort(
    (a, b) => b.total - a.total || a.departmentId.localeCompare(b.departmentId),
  );
}
