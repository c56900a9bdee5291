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
    zh: '还有参与部门未答复[：{departmentIds}]。请待其答复；响应期限届满后，可不再等待该部门。',
    en: 'Waiting for the response of[ {departmentIds}]; after the response deadline the lead may go on without them.',
  },
  RESPONSE_DEADLINE_NOT_PASSED: {
    zh: '参与部门的响应期限[（{responseDue}）]尚未届满，届满前须等待其答复（贵安第四十条）。',
    en: "The participants may answer until their deadline[ ({responseDue})]; wait until it has passed (Gui'an art. 40).",
  },
  RECORDED_AS_NOT_ANSWERING: {
    zh: '该部门[（{departmentId}）]逾期未响应，牵头部门已[于{recordedOn}]记录并不再等待其答复；此事由联席办通报处理。',
    en: 'This department[ ({departmentId})] did not answer in time and was recorded as not answering[ on {recordedOn}]; the joint office deals with it.',
  },
  DEPARTMENT_NOT_A_PARTICIPANT: {
    zh: '所列部门不是本任务的参与部门[（{departmentId}）]。',
    en: 'The department named is not a participant of this task[ ({departmentId})].',
  },
  NON_RESPONSE_NAMES_NO_PARTICIPANT: {
    zh: '请列出逾期未响应的参与部门。',
    en: 'Name the participants that did not answer.',
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
