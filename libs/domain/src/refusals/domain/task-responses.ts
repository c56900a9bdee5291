import type { Bilingual } from '../message-template';

/** The words of the domain's refusals about tasks: the departments' responses, their acceptance and the lead's acts. */
export const TASK_RESPONSE_REFUSALS: Record<string, Bilingual> = {
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
};
