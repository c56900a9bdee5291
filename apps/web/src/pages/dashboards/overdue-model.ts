export {
  DISCLOSURE_STATES,
  OBJECTION_DEADLINE_STATES,
  type ObjectionDeadlineState,
  type OverdueObjection,
  RESPONSE_STATES,
  type DisclosureState,
  type OverdueDisclosure,
  type OverdueResponse,
  type ResponseState,
} from '@app/contract';

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
