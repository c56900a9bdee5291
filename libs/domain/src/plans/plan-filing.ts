import { isCalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../domain-error';

/**
 * The day of the year by which departments file their annual plans with the joint office (备案),
 * as each seed sets it: Siyang 二(四) 1月底前; Yuanqu 二(三)/三(一) 3月底前; Gui'an 第二十五条 第一季度.
 * Yiyuan 十 says only 及时 (no day).
 */
export const PLAN_FILING_DEADLINES = { siyang: '01-31', yuanqu: '03-31', guian: '03-31' } as const;

/**
 * The day by which the joint office publishes the consolidated county plan: Siyang 二(四) 3月初
 * (taken as the end of 上旬, the 10th); Yuanqu 三(一) 3月底前.
 */
export const CONSOLIDATED_PLAN_DEADLINES = { siyang: '03-10', yuanqu: '03-31' } as const;

/** A month and day, `MM-DD`. */
export type MonthDay = string;

/** The deadline of `year` for a month and day (02-29 in a common year: 02-28). */
export function deadlineIn(year: number, monthDay: MonthDay): string {
  const date = `${year}-${monthDay}`;
  return isCalendarDate(date) ? date : `${year}-02-28`;
}

/**
 * What the publishing handler found: the joint office the lead department files with (the
 * nearest joint-office unit whose region covers it, or the configured one), the Beijing day, and
 * the filing deadline. Absent: no joint office is registered, and nothing is filed.
 */
export interface PlanFilingFacts {
  jointOfficeId: string;
  filedOn: string;
  deadline: MonthDay;
}

/**
 * Whether a filing is late: only the first version has a deadline (the annual plan); an
 * adjustment is filed when re-published, which the seeds ask be done 及时, with no day.
 */
export function filingIsLate(year: number, version: number, facts: PlanFilingFacts): boolean {
  return version === 1 && facts.filedOn > deadlineIn(year, facts.deadline);
}

export function assertFilingFacts(facts: PlanFilingFacts): void {
  if (!isCalendarDate(facts.filedOn) || !/^\d{2}-\d{2}$/.test(facts.deadline)) {
    throw new DomainError('PLAN_FILING_INVALID', 'A filing names a real day and an MM-DD deadline', {
      filedOn: facts.filedOn,
      deadline: facts.deadline,
    });
  }
}
