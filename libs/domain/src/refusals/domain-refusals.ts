import type { Bilingual } from './message-template';

/**
 * The words for each rule code the domain refuses with (DomainError, `reject`), for the console.
 * `{key}` is filled from the refusal's details; a part in [ ] is shown only when its details are
 * given. Departments are named by the reader's side, never by their ids.
 */
export const DOMAIN_REFUSALS: Record<string, Bilingual> = {
  // Tasks: initiation
  ADHOC_TASK_NEEDS_REASON: {
    zh: '计划外的抽查任务须说明发起理由。',
    en: 'A task outside any plan needs a stated reason.',
  },
  ITEM_NOT_IN_PLAN: {
    zh: '所选抽查事项有不在计划内的，须说明计划外发起理由。',
    en: 'Some chosen items are not in the plan: state the reason for an ad hoc task.',
  },
  TASK_ITEM_OF_OTHER_DEPARTMENT: {
    zh: '任务本身的抽查事项须为牵头部门的事项；其他部门的事项请在参与部门中选择。',
    en: "The task's own items are the lead department's; choose other departments' items under their participation.",
  },
  PARTICIPANT_ITEM_OF_OTHER_DEPARTMENT: {
    zh: '分配给参与部门的事项须为该部门自己的事项[（{departmentId}）]。',
    en: 'The items given to a participating department[ ({departmentId})] must be its own.',
  },
  PARTICIPANT_TWICE: { zh: '每个参与部门只能选择一次。', en: 'Each participating department is named once.' },
  LEAD_IS_PARTICIPANT: {
    zh: '牵头部门不能同时作为本任务的参与部门。',
    en: 'The lead department is not a participant of its own task.',
  },
  SAMPLING_NEEDS_RATIO_OR_COUNT: {
    zh: '抽取方式须在“按比例”和“按数量”中选择其一。',
    en: 'Sampling is by a ratio or by a count, one of the two.',
  },
  SAMPLING_COUNT_WITH_CLASS_RATIOS: {
    zh: '按数量抽取时不能再按信用风险分类设定比例；请改为按比例抽取，或删去分类比例。',
    en: 'Sampling by a count takes no ratios per credit-risk class: sample by ratio, or leave the class ratios out.',
  },
  SEED_COMMITMENT_INVALID: {
    zh: '随机种子承诺值无效（应为 SHA-256 摘要）。',
    en: 'The seed commitment is not a SHA-256 digest.',
  },
  TASK_EXISTS: { zh: '该抽查任务已存在。', en: 'This task exists already.' },
  TASK_NOT_FOUND: { zh: '未找到该抽查任务。', en: 'No such inspection task.' },
  TASK_CANCELLED: { zh: '该抽查任务已撤销，不能再办理。', en: 'This task was cancelled.' },
  TASK_LOCKED: {
    zh: '该任务已锁定，检查对象名单和检查组不可再更改。',
    en: 'This task is locked; its list and teams are frozen.',
  },
  TASK_NOT_LOCKED: { zh: '该任务尚未锁定，请先锁定名单。', en: 'This task is not locked yet.' },
  TASK_HAS_NO_ENTITIES: {
    zh: '抽中的检查对象均已移出，本任务已无检查对象。',
    en: 'Every drawn entity was withdrawn: nothing to inspect.',
  },
  TASK_WINDOW_INVALID: {
    zh: '检查期限须为两个有效日期，且开始日期不晚于结束日期。',
    en: 'The window must be two real days, the first not after the second.',
  },
  TASK_WINDOW_OUTSIDE_PLAN: {
    zh: '任务的检查期限须在计划期限内[（{from} 至 {to}）]。',
    en: "The task's window lies within the plan's[ ({from} to {to})].",
  },
  TASK_WINDOW_OUT_OF_RANGE: {
    zh: '检查期限须在 2000-01-01 至 2100-12-31 之间。',
    en: 'The window lies from 2000-01-01 to 2100-12-31.',
  },
  TASK_WINDOW_TOO_LONG: {
    zh: '检查期限最长[ {maxDays} ]天。',
    en: 'A window spans at most[ {maxDays}] days.',
  },
  TASK_CRITERIA_MALFORMED: {
    zh: '检查对象范围的条件格式不正确，请重新选择。',
    en: 'The target criteria are malformed; choose them again.',
  },
  CHECK_ITEM_NOT_ON_LIST: {
    zh: '所选事项有不在抽查事项清单上的，请重新选择。',
    en: 'Some chosen items are not on the check-item list.',
  },
  CHECK_ITEM_RETIRED: {
    zh: '所选事项有已停用的，停用事项不能再纳入抽查。',
    en: 'Some chosen items are retired and cannot be inspected.',
  },
  DEPARTMENT_NOT_REGISTERED: {
    zh: '有部门尚未登记[：{departmentIds}]，请先在“部门管理”中登记。',
    en: 'Not registered[: {departmentIds}]; register the department first.',
  },
  // Tasks: responses, acceptance and the lead's acts
  DECLINE_NEEDS_REASON: {
    zh: '不参加本任务的，须填写理由。',
    en: 'A department that declines gives its reason.',
  },
  ALREADY_RESPONDED: {
    zh: '该部门已答复过本任务，不能重复答复[（{departmentId}）]。',
    en: 'This department has responded already[ ({departmentId})].',
  },
  RESPONSE_ITEMS_NOT_CONFIRMED: {
    zh: '参加任务须至少确认一项分配给本部门的抽查事项。',
    en: 'Accepting confirms at least one of the assigned items.',
  },
  RESPONSE_ITEMS_NOT_ASSIGNED: {
    zh: '所确认的事项有未分配给本部门的。',
    en: 'Some confirmed items were not assigned to this department.',
  },
  PARTICIPANTS_NOT_ALL_RESPONDED: {
    zh: '还有参与部门未答复[：{departmentIds}]。请待其答复后再办理。',
    en: 'Waiting for the response of[ {departmentIds}]; act once they have answered.',
  },
  NOT_A_PARTICIPANT: {
    zh: '该部门不是本任务的参与部门[（{departmentId}）]。',
    en: 'This department is not a participant of this task[ ({departmentId})].',
  },
  DEPARTMENT_NOT_IN_TASK: {
    zh: '该部门未参加本任务，不能办理此项[（{departmentId}）]。',
    en: 'This department does not take part in this task[ ({departmentId})].',
  },
  NOT_THE_LEAD_DEPARTMENT: {
    zh: '此项只能由牵头部门[（{leadDepartmentId}）]办理。',
    en: 'Only the lead department[ ({leadDepartmentId})] may do this.',
  },
  // Draws and teams
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
  // Requests (replacement, withdrawal, correction)
  APPROVER_IS_REQUESTER: {
    zh: '申请人不能审批自己的申请。',
    en: 'The one who asked does not approve their own request.',
  },
  APPROVER_OF_OTHER_DEPARTMENT: {
    zh: '该申请应由申请所属部门审批[（{departmentId}）]。',
    en: 'This request is decided in its own department[ ({departmentId})].',
  },
  APPLICATION_REQUIRED: {
    zh: '须先登记市场主体的申请。',
    en: "The entity's application is recorded first.",
  },
  REPLACEMENT_ALREADY_REQUESTED: {
    zh: '该执法检查人员的更换申请已在审批中。',
    en: 'A replacement of this inspector awaits approval already.',
  },
  REPLACEMENT_OF_OTHER_DEPARTMENT: {
    zh: '各部门只能更换本部门的执法检查人员。',
    en: 'A department replaces only its own inspectors.',
  },
  WITHDRAWAL_ALREADY_REQUESTED: {
    zh: '该检查对象的移出申请已在审批中。',
    en: 'A withdrawal of this entity awaits approval already.',
  },
  REQUEST_ALREADY_DECIDED: { zh: '该申请已经审批过。', en: 'This request was decided already.' },
  REQUEST_NOT_FOUND: { zh: '本任务中没有该申请。', en: 'No such request on this task.' },
  // Results, publication, objections, follow-ups
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
  // Plans
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
  // Registers
  DEPARTMENT_ALREADY_REGISTERED: {
    zh: '该部门编码已登记为其他信息。',
    en: 'This department is already registered with other details.',
  },
  DEPARTMENT_NOT_FOUND: { zh: '未找到该部门。', en: 'No such department.' },
  CHECK_ITEM_EXISTS: { zh: '该抽查事项已存在。', en: 'This check item exists already.' },
  CHECK_ITEM_NOT_FOUND: { zh: '未找到该抽查事项。', en: 'No such check item.' },
  CLASS_A_RATIO_ABOVE_10_PERCENT: {
    zh: '重点检查事项（A 类）的抽查比例不得高于 10%。',
    en: "A class A item's ratio is at most 10%.",
  },
  CLASS_B_RATIO_NOT_ABOVE_10_PERCENT: {
    zh: '一般检查事项（B 类）的抽查比例须高于 10%。',
    en: "A class B item's ratio is above 10%.",
  },
  JOINT_ITEM_LIST_EXISTS: { zh: '该联合抽查事项清单已存在。', en: 'This joint item list exists already.' },
  JOINT_LIST_LEAD_HAS_NO_ITEM: {
    zh: '牵头部门[{departmentId}]在清单中没有事项。',
    en: 'The lead department[ {departmentId}] has no item on the list.',
  },
  JOINT_LIST_NEEDS_SEVERAL_DEPARTMENTS: {
    zh: '联合抽查事项清单须包含至少两个部门的事项。',
    en: 'A joint item list merges the items of at least two departments.',
  },
  ENTITY_ALREADY_REGISTERED: {
    zh: '该市场主体已登记为其他信息，请修改原记录。',
    en: 'This entity is already registered with other details; update it instead.',
  },
  ENTITY_CODE_INVALID: {
    zh: '统一社会信用代码无效，应为 18 位且校验位正确。',
    en: 'Not a valid 18-character unified social credit code.',
  },
  ENTITY_DEREGISTERED: {
    zh: '该市场主体已注销，不能再修改。',
    en: 'This entity is deregistered and cannot change.',
  },
  ENTITY_KIND_MISMATCH: {
    zh: '市场主体类型与已登记的不一致。',
    en: 'The kind of entity differs from the registered one.',
  },
  ENTITY_NAME_REQUIRED: { zh: '市场主体须有名称。', en: 'An entity in the directory has a name.' },
  ENTITY_NOT_DEREGISTERED: { zh: '该市场主体未注销。', en: 'This entity is not deregistered.' },
  ENTITY_NOT_FOUND: { zh: '未找到该市场主体。', en: 'No such entity.' },
  INSPECTOR_ALREADY_REGISTERED: {
    zh: '该身份证号已登记为其他信息，请修改原执法检查人员记录。',
    en: 'This ID-card number is already registered with other details; update the inspector instead.',
  },
  INSPECTOR_NOT_FOUND: { zh: '未找到该执法检查人员。', en: 'No such inspector.' },
  INSPECTOR_ERASED: {
    zh: '该执法检查人员的个人信息已删除。',
    en: "This inspector's personal data was erased.",
  },
  INSPECTOR_NOT_LEFT: {
    zh: '只有已离岗人员的个人信息才能删除。',
    en: 'Only the personal data of an inspector who has left is erased.',
  },
  CONFLICT_ALREADY_DECLARED: {
    zh: '已申报过与该市场主体的利害关系。',
    en: 'This conflict of interest was declared already.',
  },
  NOT_YOUR_DECLARATION: {
    zh: '执法检查人员只能为本人申报利害关系。',
    en: 'An inspector declares conflicts of interest for themselves only.',
  },
  // Calendar
  CALENDAR_DATE_INVALID: { zh: '[{date} ]不是有效日期。', en: '[{date} is ]not a real day.' },
  CALENDAR_DATE_OUTSIDE_YEAR: {
    zh: '所填日期须在该年度之内[：{dates}]。',
    en: 'The dates must be days of that year[: {dates}].',
  },
  CALENDAR_DATE_OUT_OF_RANGE: {
    zh: '日期超出系统可计算的范围。',
    en: 'The date is beyond the days the system counts.',
  },
  CALENDAR_DAY_BOTH_OFF_AND_WORKED: {
    zh: '同一天不能既是休息日又是调休上班日[：{dates}]。',
    en: 'A day cannot be both off and worked[: {dates}].',
  },
  CALENDAR_WORKDAY_NOT_WEEKEND: {
    zh: '调休上班日须为周末[；以下日期本是工作日：{dates}]。',
    en: 'Make-up working days are weekend days[; these are weekdays already: {dates}].',
  },
  CALENDAR_YEAR_OUT_OF_RANGE: {
    zh: '节假日安排的年度须在 2000 至 2100 年之间。',
    en: 'A calendar year is 2000–2100.',
  },
  WORKING_DAYS_OUT_OF_RANGE: {
    zh: '工作日天数须为 0 至[ {max} ]之间的整数。',
    en: 'Working days must be a whole number from 0 to[ {max}].',
  },
};
