import type { Bilingual } from '../message-template';

/** The words of the domain's refusals about plans. */
export const PLAN_REFUSALS: Record<string, Bilingual> = {
  PLAN_FILING_INVALID: {
    zh: '计划备案的日期或截止日期格式不正确。',
    en: "The plan filing's day or deadline is malformed.",
  },
  CONSOLIDATED_PLAN_EMPTY: {
    zh: '本年度尚无报本联席办备案并已发布的部门联合抽查计划，无可汇总发布。',
    en: 'No joint plan of the year is filed with this joint office and published: nothing to consolidate.',
  },
  CONSOLIDATED_PLAN_TOO_LARGE: {
    zh: '汇总计划包含的计划过多[（最多 {max} 个）]。',
    en: 'The consolidated plan lists too many plans[ (at most {max})].',
  },
  CONSOLIDATED_PLAN_UNCHANGED: {
    zh: '汇总计划已按这些计划及其版本发布，无需重复发布。',
    en: 'The consolidated plan already lists these plans at these versions.',
  },
  PLAN_EXISTS: { zh: '该抽查计划已存在。', en: 'This plan exists already.' },
  PLAN_NOT_FOUND: { zh: '未找到该抽查计划。', en: 'No such plan.' },
  PLAN_CLOSED: { zh: '该抽查计划已关闭。', en: 'This plan is closed.' },
  PLAN_NOT_PUBLISHED: {
    zh: '该抽查计划尚未发布，发布后才能据以发起任务。',
    en: 'This plan is not published yet.',
  },
  PLAN_ALREADY_PUBLISHED: { zh: '该计划没有需要发布的新内容。', en: 'This plan has nothing new to publish.' },
  PLAN_CRITERIA_MALFORMED: {
    zh: '计划的检查对象范围条件格式不正确，请重新选择。',
    en: "The plan's target criteria are malformed; choose them again.",
  },
  PLAN_ITEM_OF_OTHER_DEPARTMENT: {
    zh: '所选事项有属于未参加本计划部门的。',
    en: 'Some items belong to departments not in the plan.',
  },
  PLAN_LEAD_IS_COOPERATING: {
    zh: '牵头部门不能同时作为配合部门。',
    en: 'The lead department is not also a cooperating one.',
  },
  PLAN_RATIO_INVALID: {
    zh: '[信用风险{risk}类的]抽查比例须在 0% 至 100% 之间。',
    en: 'The ratio[ for credit class {risk}] must be 0%–100%.',
  },
  PLAN_WINDOW_INVALID: {
    zh: '计划期限须为两个有效日期，且开始日期不晚于结束日期。',
    en: 'The window must be two real days, the first not after the second.',
  },
  PLAN_WINDOW_OUTSIDE_YEAR: {
    zh: '年度计划的期限须在计划年度之内。',
    en: "An annual plan's window lies within its year.",
  },
  PLAN_WINDOW_OUT_OF_RANGE: {
    zh: '计划期限须在 2000-01-01 至 2100-12-31 之间。',
    en: 'The window lies from 2000-01-01 to 2100-12-31.',
  },
  TASK_BEYOND_PLAN: {
    zh: '任务的抽查比例或检查对象范围超出所属计划，须说明理由并经负责人批准。',
    en: "The task goes beyond its plan's ratios or criteria: give a reason for a head's approval.",
  },
  BEYOND_PLAN_NOT_APPROVED: {
    zh: '任务超出所属计划，负责人批准前不能抽取检查对象。',
    en: 'The task goes beyond its plan: no draw before a head approves.',
  },
  /** The kinds of going beyond a plan, named in TASK_BEYOND_PLAN's deviations. */
  RATIO_ABOVE_PLAN: {
    zh: '信用风险{creditRisk}类的抽查比例高于计划规定的比例。',
    en: "Credit class {creditRisk} is sampled above the plan's ratio.",
  },
  COUNT_ABOVE_PLAN: {
    zh: '按数量抽取的{count}户超出计划比例所允许的{allowed}户（各信用风险类别按比例向上取整之和）。',
    en: "A count of {count} is above the {allowed} the plan's class ratios allow (each class's ratio × its pool, rounded up, summed).",
  },
  CRITERIA_BEYOND_PLAN: {
    zh: '检查对象范围超出计划的抽查对象范围。',
    en: "The criteria reach beyond the plan's target criteria.",
  },
  OFFICE_TASK_NEEDS_PLAN: {
    zh: '联席会议办公室须根据年度联合检查计划发起联合任务，请选择所依据的计划。',
    en: "The joint office initiates a joint task from the year's joint plan: name the plan.",
  },
  LEAD_NOT_AN_INDUSTRY_DEPARTMENT: {
    zh: '牵头部门由行业主管部门担任[，{departmentId} 是联席办]。',
    en: 'The lead is an industry department[; {departmentId} is a joint office].',
  },
  PLAN_NOT_FILED_WITH_OFFICE: {
    zh: '计划[ {planId} ]未报本联席办[ {officeId} ]备案，不能据此发起联合任务。',
    en: 'The plan[ {planId}] is not filed with this joint office[ {officeId}]: no joint task from it.',
  },
  OFFICE_TASK_LEAD_NOT_IN_PLAN: {
    zh: '牵头部门[ {departmentId} ]不是计划[ {planId} ]的牵头或配合部门。',
    en: "The lead[ {departmentId}] is not one of the plan[ {planId}]'s departments.",
  },
};
