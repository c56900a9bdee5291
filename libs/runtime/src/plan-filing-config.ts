import { CONSOLIDATED_PLAN_DEADLINES, type MonthDay, PLAN_FILING_DEADLINES, deadlineIn } from '@app/domain';

/**
 * PLAN_FILING_DEADLINE: the day by which departments file their annual plans with the joint office
 * (备案): a seed's name (`siyang`, the default: 1月底前, Siyang 二(四); `yuanqu`: 3月底前, Yuanqu
 * 二(三); `guian`: 第一季度, Gui'an 第二十五条) or a day `MM-DD`. CONSOLIDATED_PLAN_DEADLINE: the day
 * by which the joint office publishes the consolidated county plan: `siyang` (default: 3月初, the
 * 10th), `yuanqu` (3月底前) or `MM-DD`. JOINT_OFFICE_ID: the joint office every plan is filed with;
 * unset: the nearest joint-office unit whose region covers the lead department's (docs/operations.md).
 */
export const PLAN_FILING_DEADLINE_VARIABLE = 'PLAN_FILING_DEADLINE';
export const CONSOLIDATED_PLAN_DEADLINE_VARIABLE = 'CONSOLIDATED_PLAN_DEADLINE';
export const JOINT_OFFICE_VARIABLE = 'JOINT_OFFICE_ID';

export interface PlanFilingSettings {
  filingDeadline: MonthDay;
  consolidatedDeadline: MonthDay;
  jointOfficeId?: string;
}

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const CODE = /^[A-Za-z0-9_-]{1,64}$/;

function monthDay(
  name: string,
  value: string | undefined,
  seeds: Record<string, MonthDay>,
  fallback: MonthDay,
): MonthDay | string[] {
  const given = value?.trim();
  if (given === undefined || given === '') return fallback;
  const named = seeds[given.toLowerCase()];
  if (named) return named;
  // Checked in a leap year, so 02-29 is a day (in a common year it reads as 02-28).
  if (MONTH_DAY.test(given) && deadlineIn(2028, given) === `2028-${given}`) return given;
  return [
    `${name}=${JSON.stringify(given.slice(0, 40))}: a seed (${Object.keys(seeds).join(', ')}) or a day MM-DD`,
  ];
}

/** The settings, or the reasons the variables are wrong (each `NAME=value: reason`). */
export function readPlanFilingSettings(
  env: Record<string, string | undefined>,
): { settings: PlanFilingSettings } | { problems: string[] } {
  const filing = monthDay(
    PLAN_FILING_DEADLINE_VARIABLE,
    env[PLAN_FILING_DEADLINE_VARIABLE],
    PLAN_FILING_DEADLINES,
    PLAN_FILING_DEADLINES.siyang,
  );
  const consolidated = monthDay(
    CONSOLIDATED_PLAN_DEADLINE_VARIABLE,
    env[CONSOLIDATED_PLAN_DEADLINE_VARIABLE],
    CONSOLIDATED_PLAN_DEADLINES,
    CONSOLIDATED_PLAN_DEADLINES.siyang,
  );
  const office = env[JOINT_OFFICE_VARIABLE]?.trim();
  const problems = [
    ...(Array.isArray(filing) ? filing : []),
    ...(Array.isArray(consolidated) ? consolidated : []),
    ...(office && !CODE.test(office)
      ? [
          `${JOINT_OFFICE_VARIABLE}=${JSON.stringify(office.slice(0, 40))}: a unit's id (letters, digits, - and _)`,
        ]
      : []),
  ];
  if (problems.length > 0 || Array.isArray(filing) || Array.isArray(consolidated)) return { problems };
  return {
    settings: {
      filingDeadline: filing,
      consolidatedDeadline: consolidated,
      ...(office ? { jointOfficeId: office } : {}),
    },
  };
}
