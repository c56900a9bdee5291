import type { Bilingual } from '../message-template';

/** The words of the domain's refusals about tasks: initiation. */
export const TASK_INITIATION_REFUSALS: Record<string, Bilingual> = {
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
};
