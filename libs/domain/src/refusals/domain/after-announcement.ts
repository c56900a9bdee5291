import type { Bilingual } from '../message-template';

/** The words of the domain's refusals about postponements and hand-overs of moved businesses. */
export const AFTER_ANNOUNCEMENT_REFUSALS: Record<string, Bilingual> = {
  POSTPONEMENT_SAME_WINDOW: {
    zh: '新的实施期间与任务现有期间相同。',
    en: 'The new window is the window the task has.',
  },
  POSTPONEMENT_WINDOW_PASSED: {
    zh: '新的实施期间[于{windowTo}]已经结束，不能延期到过去。',
    en: 'The new window[ ends on {windowTo}, which] has passed: a task is not postponed into the past.',
  },
  POSTPONEMENT_ALREADY_REQUESTED: {
    zh: '该任务已有待审批的延期申请[（{requestId}）]。',
    en: 'A postponement of this task is already awaiting approval[ ({requestId})].',
  },
  HAND_OVER_NOT_MOVED_AWAY: {
    zh: '该检查对象未经批准以“迁出”为由移出本任务，不能转交。',
    en: 'The entity was not withdrawn from this task as moved away: it cannot be handed over.',
  },
  HAND_OVER_TO_ITSELF: {
    zh: '不能转交给本部门。',
    en: 'A department does not hand a business over to itself.',
  },
  HAND_OVER_EXISTS: {
    zh: '该检查对象已经转交[（{toDepartmentId}）]。',
    en: 'This entity was handed over already[ ({toDepartmentId})].',
  },
  HAND_OVER_NOT_FOUND: {
    zh: '该检查对象未从本任务转交。',
    en: 'This entity was not handed over from this task.',
  },
  HAND_OVER_OF_OTHER_DEPARTMENT: {
    zh: '只有接收部门才能办理该转交。',
    en: 'Only the receiving department answers this hand-over.',
  },
  HAND_OVER_ANSWERED: {
    zh: '该转交已经办理。',
    en: 'This hand-over was answered already.',
  },
  HAND_OVER_TASK_NOT_OURS: {
    zh: '所选任务[（{intoTaskId}）]不是接收部门进行中的任务。',
    en: 'The task chosen[ ({intoTaskId})] is not a live task of the receiving department.',
  },
};
