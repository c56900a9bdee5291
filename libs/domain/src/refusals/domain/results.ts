import type { Bilingual } from '../message-template';

/** The words of the domain's refusals about results, publication, objections and follow-ups. */
export const RESULT_REFUSALS: Record<string, Bilingual> = {
  INSPECTION_DATE_OUT_OF_RANGE: {
    zh: '检查日期须在 2000-01-01 至 2100-12-31 之间。',
    en: 'The inspection date lies from 2000-01-01 to 2100-12-31.',
  },
  RESULT_OUTSIDE_WINDOW: {
    zh: '检查日期须在任务检查期限内[（{from} 至 {to}）]。',
    en: "The inspection date lies within the task's window[ ({from} to {to})].",
  },
  RESULT_IN_FUTURE: { zh: '检查日期不能晚于今天。', en: 'The inspection date cannot be after today.' },
  FINDING_ITEM_TWICE: { zh: '每个抽查事项只能填写一条检查结果。', en: 'Each item has one finding.' },
  FINDING_ITEM_NOT_IN_TASK: {
    zh: '检查结果中有不属于本部门在本任务中的事项。',
    en: "Some findings are for items that are not this department's in the task.",
  },
  RESULT_ALREADY_PUBLISHED: {
    zh: '该检查结果已公示，只能通过经批准的更正申请修改。',
    en: 'This result is published; it changes only through an approved correction.',
  },
  RESULT_NOT_ENTERED: { zh: '尚未录入该市场主体的检查结果。', en: 'No result for this entity yet.' },
  RESULT_NOT_PUBLISHED: { zh: '该检查结果尚未公示。', en: 'This result is not published.' },
  PUBLICATION_PERIOD_NOT_OVER: {
    zh: '该结果[于 {publishedOn} ]公示，公示期[至 {periodEnds} ]未满，不能撤下。',
    en: 'Published[ on {publishedOn}]: it stays public[ until {periodEnds}].',
  },
  PUBLIC_DISCLOSURE_ALREADY_STOPPED: {
    zh: '该结果已停止公示。',
    en: 'This result is withdrawn from public view already.',
  },
  OBJECTION_EXISTS: { zh: '该异议已经提出。', en: 'This objection exists already.' },
  OBJECTION_NOT_FOUND: { zh: '未找到该检查结果的异议。', en: 'No such objection about this result.' },
  OBJECTION_ALREADY_REVIEWED: { zh: '该异议已经复核。', en: 'This objection was reviewed already.' },
  OBJECTION_NOT_REVIEWED: {
    zh: '该异议尚未复核，不能反馈复核结果。',
    en: 'This objection is not reviewed yet: there is no outcome to tell.',
  },
  OBJECTION_OUTCOME_ALREADY_NOTIFIED: {
    zh: '该异议的复核结果已经反馈检查对象。',
    en: 'The business was told the outcome of this objection already.',
  },
  REVIEWER_OF_OTHER_DEPARTMENT: {
    zh: '该异议应由作出结果的部门复核[（{departmentId}）]。',
    en: 'The objection is reviewed by another department[ ({departmentId})].',
  },
  REFERRAL_NEEDS_DEPARTMENT: {
    zh: '移送须写明接收部门。',
    en: 'A referral names the department it goes to.',
  },
  PERSONAL_TEXT_ALREADY_ERASED: {
    zh: '该检查的个人信息已经删除。',
    en: 'The personal text of this inspection is erased already.',
  },
  PERSONAL_TEXT_NOT_SEALED: {
    zh: '个人信息须加密保存，不能以明文提交。',
    en: 'Personal text is sealed, not given in clear.',
  },
  ERASURE_NEEDS_REASON: { zh: '删除个人信息须写明理由。', en: 'An erasure records why.' },
  INSPECTION_METHOD_REQUIRED: {
    zh: '检查结果须记录检查方式（书面检查、实地核查、网络监测、抽样检测、委托第三方或其他）。',
    en: 'A result records how it was inspected (document review, on-site, online, sampling test, third party or other).',
  },
  RESULT_NOT_FOR_PUBLICATION: {
    zh: '该检查结果经批准不予公示。',
    en: 'This result is kept from publication, with approval.',
  },
  NON_PUBLICATION_PENDING: {
    zh: '该检查结果的不予公示申请正在审批中。',
    en: 'A request to keep this result from publication awaits a decision.',
  },
  LEGAL_BASIS_REQUIRED: {
    zh: '不予公示申请须写明法律依据。',
    en: 'The request names the legal provision it rests on.',
  },
  RECTIFICATION_DATE_OUT_OF_RANGE: {
    zh: '整改日期须在 2000-01-01 至 2100-12-31 之间。',
    en: 'The rectification date lies from 2000-01-01 to 2100-12-31.',
  },
  RECTIFICATION_BEFORE_INSPECTION: {
    zh: '整改日期不能早于检查日期[（{inspectedOn}）]。',
    en: 'The rectification date cannot be before the inspection[ ({inspectedOn})].',
  },
  RECTIFICATION_IN_FUTURE: {
    zh: '整改日期不能晚于今天。',
    en: 'The rectification date cannot be after today.',
  },
  RECTIFICATION_FINDINGS_REQUIRED: {
    zh: '整改复查结果须写明复查情况。',
    en: 'A rectification result says what was found.',
  },
};
