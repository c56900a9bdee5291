import type { Bilingual } from '../message-template';

/** The words of the domain's refusals about draws and teams. */
export const DRAW_AND_TEAM_REFUSALS: Record<string, Bilingual> = {
  DRAW_DUPLICATE: { zh: '同一检查对象只能抽取一次。', en: 'An entity is drawn once.' },
  DRAW_EMPTY: { zh: '抽取结果至少应有一个检查对象。', en: 'A draw names at least one entity.' },
  DRAW_PARTS_MISMATCH: {
    zh: '本任务的抽取结果已开始记录，将继续完成，不能重新抽取。',
    en: 'A draw of this task has begun recording its list; it is resumed, not redone.',
  },
  DRAW_PARTS_MISSING: {
    zh: '抽取结果记录不完整，请重新提交抽取。',
    en: 'Parts of the drawn list are missing.',
  },
  DRAW_LEDGER_MISMATCH: {
    zh: '抽取登记中的一次抽取按其记录的输入无法重算出相同结果，请联系运维人员核查。',
    en: 'A draw in the draw ledger does not recompute from the inputs it recorded; have the operators check it.',
  },
  DRAW_LEDGER_ENTRY_NOT_FOUND: { zh: '抽取登记中没有该条登记。', en: 'The draw ledger has no such entry.' },
  DRAW_LEDGER_ENTRY_NOT_LAST: {
    zh: '只能作废抽取登记中最后一条尚未记录的登记。',
    en: 'Only the last entry of the draw ledger, not yet recorded, can be voided.',
  },
  DRAW_LEDGER_ENTRY_RECOMPUTES: {
    zh: '该登记按其记录的输入可以重算出相同结果，下一次抽取将补记它，不能作废。',
    en: 'This entry recomputes to its draw: the next draw records it; it cannot be voided.',
  },
  DRAW_LEDGER_ENTRY_RECORDED: {
    zh: '该登记所属任务已记录抽取结果，该登记不妨碍抽取，不能作废。',
    en: "This entry's task has recorded a draw: the entry stops nothing and cannot be voided.",
  },
  DRAW_LEDGER_ENTRY_VOID: { zh: '该登记已作废。', en: 'This ledger entry is void already.' },
  DRAW_LEDGER_MOVED: {
    zh: '其他任务正在同时抽取，本次抽取多次重算仍未完成，请稍后重试。',
    en: 'Other draws were recorded while this one was computed, again and again; draw again shortly.',
  },
  DRAW_LEDGER_POOL_BEHIND: {
    zh: '本次抽取的名录未包含此前已记录的抽取，请重新抽取。',
    en: 'The pool of this draw does not include the draw recorded before it; draw again.',
  },
  DRAW_LEDGER_VOID_REASON: {
    zh: '作废抽取登记须说明理由[（不超过 {max} 个字）]。',
    en: 'A void gives its reason[ (at most {max} characters)].',
  },
  DRAW_PART_OUT_OF_RANGE: { zh: '抽取结果的分段序号有误。', en: 'A part of the drawn list is out of range.' },
  DRAW_POOL_EMPTY: {
    zh: '没有符合检查对象范围的市场主体，请放宽范围条件。',
    en: 'No entity matches the criteria; widen them.',
  },
  DRAW_POOL_NOT_READY: {
    zh: '检查对象名录尚在生成中，请稍后再抽取。',
    en: 'The directory is still being built; draw a little later.',
  },
  DRAW_SEED_MISSING: {
    zh: '发起任务时承诺的随机种子不可用，无法抽取。',
    en: 'The seed committed at initiation is not available.',
  },
  ENTITIES_ALREADY_DRAWN: {
    zh: '本任务的检查对象已经抽取，不能重新抽取。',
    en: 'The entities of this task were drawn already; no redraws.',
  },
  ENTITIES_NOT_DRAWN: { zh: '请先抽取检查对象。', en: 'Draw the entities first.' },
  ENTITY_NOT_IN_TASK: {
    zh: '该市场主体不在本任务的抽中名单内。',
    en: 'This entity was not drawn for this task.',
  },
  INSPECTORS_ALREADY_DRAWN: {
    zh: '该部门已抽取过执法检查人员，不能重新抽取[（{departmentId}）]。',
    en: 'This department drew its inspectors already[ ({departmentId})]; no redraws.',
  },
  INSPECTOR_DRAW_INCOMPLETE: {
    zh: '须为名单上的每个检查对象各抽取一次执法检查人员。',
    en: 'Inspectors are drawn for every entity on the list, once each.',
  },
  INSPECTOR_CONFLICT_OF_INTEREST: {
    zh: '该执法检查人员已申报与此检查对象存在利害关系，应当回避。',
    en: 'This inspector declared a conflict of interest with the entity.',
  },
  INSPECTOR_NOT_ELIGIBLE: {
    zh: '该人员不是本部门在岗的执法检查人员。',
    en: 'This is not an active inspector of the department.',
  },
  INSPECTOR_TWICE: {
    zh: '同一检查对象不能重复指派同一执法检查人员。',
    en: 'An inspector is named once per entity.',
  },
  INSPECTOR_ALREADY_IN_TEAM: {
    zh: '该执法检查人员已在检查组中。',
    en: 'This inspector is in the team already.',
  },
  INSPECTOR_NOT_IN_TEAM: {
    zh: '该执法检查人员已不在检查组中。',
    en: 'This inspector is no longer in the team.',
  },
  LEADER_NOT_FROM_LEAD: {
    zh: '检查组组长须由牵头部门人员担任。',
    en: 'The team leader comes from the lead department.',
  },
  TEAM_LEADER_MISSING: {
    zh: '牵头部门须从本部门执法检查人员中指定检查组组长。',
    en: 'The lead department names a team leader among its inspectors.',
  },
  TEAM_MISSING_DEPARTMENT: {
    zh: '检查组中缺少参与部门的执法检查人员[（{departmentId}）]。',
    en: 'The team lacks an inspector of a participating department[ ({departmentId})].',
  },
  TEAM_TOO_SMALL: { zh: '每个检查组至少须有 2 名执法检查人员。', en: 'A team needs at least 2 inspectors.' },
  NOT_IN_TEAM: {
    zh: '您不在检查该市场主体的检查组中，不能录入其检查结果。',
    en: 'You are not in the team that inspects this entity.',
  },
  AUXILIARY_NOT_COUNTED: {
    zh: '专家和其他辅助人员不计入检查组的 2 名执法人员，请从专家库另行抽取或指派。',
    en: 'Experts and auxiliary staff never count toward the 2 enforcement officials; draw or appoint them as experts.',
  },
  ENFORCEMENT_CERTIFICATE_MISSING: {
    zh: '该人员没有登记执法资格（执法证及有效期），不能计入检查组。',
    en: 'This person has no enforcement certificate (执法资格) on record and cannot count toward the team.',
  },
  ENFORCEMENT_CERTIFICATE_EXPIRED: {
    zh: '该人员的执法资格在任务检查期限结束前到期，不能计入检查组。',
    en: 'This person’s enforcement certificate ends before the task’s window does.',
  },
  EXPERTS_ALREADY_DRAWN: {
    zh: '本部门已抽取或指派专家，不得重新抽取。',
    en: 'Your department drew or appointed its experts already; no redraws.',
  },
  NOT_AN_EXPERT: {
    zh: '该人员不在专家库中（类别须为专家或其他人员）。',
    en: 'This person is not in the expert pool (category expert or other).',
  },
  TOO_MANY_EXPERTS: {
    zh: '每个部门为每个市场主体最多抽取或指派 5 名专家。',
    en: 'At most 5 experts per entity and department.',
  },
  APPOINTMENT_REASON_MISSING: {
    zh: '指派须说明理由。',
    en: 'An appointment gives its reason.',
  },
};
