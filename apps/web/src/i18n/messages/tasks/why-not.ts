import { section } from '../../section';

/** Reasons given where an act's button would be. */
export const whyNot = section(
  {
    'whyNot.notInTeam': '您不在该检查对象的检查组中，不能录入此项检查结果。',
    'whyNot.otherDepartmentEnters': '此项检查结果由该部门的检查组成员录入。',
    'whyNot.windowNotStarted': '检查时间窗口自 {from} 起，届时方可录入检查结果。',
    'whyNot.headPublishes': '检查结果由本部门负责人审核后公示。',
    'whyNot.leadLocks': '锁定并派发由牵头部门（{department}）的业务经办人员办理。',
    'whyNot.waitingResponses': '待{departments}响应后方可锁定。',
    'whyNot.waitingInspectorDraws': '待{departments}抽取执法检查人员后方可锁定。',
  },
  {
    'whyNot.notInTeam': "You are not in this entity's inspection team, so you cannot enter this result.",
    'whyNot.otherDepartmentEnters': "This result is entered by that department's members of the team.",
    'whyNot.windowNotStarted': 'The inspection window opens on {from}; results can be entered from then.',
    'whyNot.headPublishes': "The department's head reviews and publishes the result.",
    'whyNot.leadLocks': 'An operator of the lead department ({department}) locks and dispatches the task.',
    'whyNot.waitingResponses': 'Locking waits for the response of {departments}.',
    'whyNot.waitingInspectorDraws': 'Locking waits for the inspector draw of {departments}.',
  },
);
