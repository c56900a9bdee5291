import type { NonResponseNotice, OverdueResponse } from '@app/contract';

/** A plan as GET /api/plans answers it, with what the joint office needs of it. */
export interface FiledPlan {
  id: string;
  name: string;
  year: number;
  leadDepartmentId: string;
  status: string;
  version: number;
  jointOfficeId?: string;
  filings?: { version: number; jointOfficeId: string; filedOn: string; deadline?: string; late: boolean }[];
}

/** One filing (备案) of a plan version with a joint office, as the office lists them. */
export interface FilingRow {
  planId: string;
  name: string;
  leadDepartmentId: string;
  version: number;
  filedOn: string;
  late: boolean;
}

/**
 * The filings made with `officeId` (every joint office's when undefined: an admin or a supervisor),
 * newest first.
 */
export function filingsWith(plans: readonly FiledPlan[], officeId?: string): FilingRow[] {
  const rows: FilingRow[] = [];
  for (const plan of plans) {
    for (const filing of plan.filings ?? []) {
      if (officeId !== undefined && filing.jointOfficeId !== officeId) continue;
      rows.push({
        planId: plan.id,
        name: plan.name,
        leadDepartmentId: plan.leadDepartmentId,
        version: filing.version,
        filedOn: filing.filedOn,
        late: filing.late,
      });
    }
  }
  return rows.sort((a, b) => b.filedOn.localeCompare(a.filedOn) || b.version - a.version);
}

/** The 通报 list as rows: each participant's unanswered task, department by department. */
export function noticeRows(notice: NonResponseNotice): OverdueResponse[] {
  return notice.departments.flatMap((d) => d.tasks);
}

/** The year of a Beijing day (YYYY-MM-DD). */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** From the first day of `day`'s year to `day`: the 通报 list's period by default. */
export function yearToDate(day: string): { from: string; to: string } {
  return { from: `${day.slice(0, 4)}-01-01`, to: day };
}
