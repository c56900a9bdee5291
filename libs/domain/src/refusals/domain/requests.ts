import type { Bilingual } from '../message-template';

/** The words of the domain's refusals about requests (replacement, withdrawal, correction). */
export const REQUEST_REFUSALS: Record<string, Bilingual> = {
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
  CANCELLATION_NEEDS_APPROVAL: {
    zh: '该任务的抽取对象库已冻结，撤销须提出申请并经主要负责人批准。',
    en: "This task's pool is frozen: it is cancelled only on a request its principal head approves.",
  },
  CANCELLATION_NOT_NEEDED: {
    zh: '该任务的抽取对象库尚未冻结，牵头部门可直接撤销，无需申请。',
    en: "This task's pool is not frozen yet: its lead department cancels it directly.",
  },
  CANCELLATION_ALREADY_REQUESTED: {
    zh: '该任务已有待审批的撤销申请[（{requestId}）]。',
    en: 'A cancellation of this task is already awaiting approval[ ({requestId})].',
  },
};
