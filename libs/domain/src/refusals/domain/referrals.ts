import type { Bilingual } from '../message-template';

/** The words of the domain's refusals about referrals (移送/转办) and listings of entities (ADR 50). */
export const REFERRAL_REFUSALS: Record<string, Bilingual> = {
  REFERRAL_ALREADY_EXISTS: { zh: '该移送已经存在。', en: 'The referral exists already.' },
  REFERRAL_RESULT_NOT_FOUND: {
    zh: '该任务中没有该检查对象的检查结果[（{entityId}）]。',
    en: 'The task has no result for the entity[ ({entityId})].',
  },
  NOT_THE_RESULT_DEPARTMENT: {
    zh: '只有录入该检查结果的部门才能移送。',
    en: 'Only the department that entered the result refers it.',
  },
  DEPARTMENT_DISABLED: {
    zh: '该部门已停用，不能接收移送。',
    en: 'The department is disabled and receives nothing.',
  },
  REFERRAL_TO_OWN_DEPARTMENT: { zh: '移送须送往其他部门。', en: 'A referral goes to another department.' },
  REFERRAL_REASON_REQUIRED: {
    zh: '移送或退回须说明理由。',
    en: 'A referral, or its return, says why.',
  },
  REFERRAL_NOT_FOUND: { zh: '未找到该移送。', en: 'No such referral.' },
  NOT_THE_RECEIVING_DEPARTMENT: {
    zh: '只有接收移送的部门才能办理。',
    en: 'Only the department the referral is addressed to acts on it.',
  },
  REFERRAL_NOT_PENDING: {
    zh: '该移送已经接收或退回[（{status}）]。',
    en: 'The referral was accepted or returned already[ ({status})].',
  },
  REFERRAL_NOT_ACCEPTED: {
    zh: '该移送尚未接收，不能登记处理结果[（{status}）]。',
    en: 'The referral is not accepted: accept it before recording its outcome[ ({status})].',
  },
  REFERRAL_ALREADY_DECIDED: {
    zh: '该移送已登记处理结果。',
    en: 'The referral has its outcome already.',
  },
  REFERRAL_CASE_ALREADY_FILED: {
    zh: '已经立案，请登记立案后的处理结果。',
    en: 'The case is filed already: record what came of it.',
  },
  REFERRAL_CASE_NUMBER_REQUIRED: {
    zh: '立案须填写案件编号。',
    en: 'A case filed is recorded with its number.',
  },
  REFERRAL_DATE_OUT_OF_RANGE: {
    zh: '日期[{date}]不是有效的日子。',
    en: 'The date[ {date}] is not a real day.',
  },
  REFERRAL_OUTCOME_BEFORE_ACCEPTANCE: {
    zh: '处理日期早于接收移送的日期[（{acceptedOn}）]。',
    en: 'The outcome is dated before the referral was accepted[ ({acceptedOn})].',
  },
  REFERRAL_OUTCOME_IN_FUTURE: { zh: '处理日期晚于今天。', en: 'The outcome is dated after today.' },
  DEPARTMENT_DISABLE_REASON_REQUIRED: { zh: '停用部门须说明理由。', en: 'Disabling a department says why.' },
  ENTITY_LISTING_REASON_REQUIRED: {
    zh: '列入或移出名录须说明理由。',
    en: 'A listing, or its removal, says why.',
  },
  ENTITY_ALREADY_LISTED: {
    zh: '该检查对象已在该名录中[（{list}）]。',
    en: 'The entity is on the list already[ ({list})].',
  },
  ENTITY_NOT_LISTED: {
    zh: '该检查对象不在该名录中[（{list}）]。',
    en: 'The entity is not on the list[ ({list})].',
  },
};
