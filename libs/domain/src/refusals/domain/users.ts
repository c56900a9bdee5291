import type { Bilingual } from '../message-template';

/** The words of the domain's refusals about officials' accounts and their roles. */
export const USER_REFUSALS: Record<string, Bilingual> = {
  USER_NOT_FOUND: { zh: '未找到该用户。', en: 'No such user.' },
  USER_ALREADY_REGISTERED: {
    zh: '该部门的此工号已登记为其他信息。',
    en: 'This employee number is registered for this department with other details.',
  },
  USER_ERASED: {
    zh: '该用户的个人信息已删除，账号不能再修改。',
    en: "This user's personal data was erased; the account cannot change.",
  },
  USER_DISABLED: { zh: '该账号已停用。', en: 'This account is disabled.' },
  USER_ALREADY_DISABLED: { zh: '该账号已经停用。', en: 'This account is disabled already.' },
  USER_NOT_DISABLED: { zh: '该账号未停用。', en: 'This account is not disabled.' },
  LAST_ADMINISTRATOR: {
    zh: '这是最后一个在用的系统管理员账号：请先为其他账号授予管理员角色。',
    en: 'This is the last active administrator: grant admin to another account first.',
  },
  USER_DISABLES_SELF: { zh: '不能停用自己的账号。', en: 'No one disables their own account.' },
  USER_LOCKED: {
    zh: '登录失败次数过多，账号已锁定[，{until} 后可再试]。',
    en: 'Too many failed sign-ins: the account is locked[ until {until}].',
  },
  SESSION_NOT_FOUND: { zh: '未找到该登录会话，或它已结束。', en: 'No such open session.' },
  SESSION_OF_ANOTHER_USER: { zh: '只能结束自己的登录会话。', en: 'Only its user ends a session.' },
  ROLE_REQUEST_FOR_SELF: {
    zh: '不能为自己授予或批准角色。',
    en: 'No one grants or approves roles for themselves.',
  },
  ROLE_ALREADY_HELD: { zh: '该用户已拥有[{role}]角色。', en: 'The user holds the role[ {role}] already.' },
  ROLE_NOT_HELD: { zh: '该用户没有[{role}]角色。', en: 'The user does not hold the role[ {role}].' },
  ROLE_REQUEST_PENDING: {
    zh: '[{role}]角色的授予申请已在等待批准。',
    en: 'A grant of the role[ {role}] awaits approval already.',
  },
  ROLE_REQUEST_NOT_FOUND: { zh: '未找到待批准的角色授予申请。', en: 'No such pending role request.' },
  ROLE_APPROVER_IS_REQUESTER: {
    zh: '[{role}]角色的授予须由申请人以外的另一名系统管理员批准。',
    en: 'A second administrator, not the one who asked, approves the grant[ of {role}].',
  },
  INSPECTOR_OF_OTHER_DEPARTMENT: {
    zh: '只能关联本部门的执法检查人员。',
    en: "A user is linked to an inspector of the user's own department.",
  },
  INSPECTOR_ALREADY_LINKED: {
    zh: '该执法检查人员已关联其他用户。',
    en: 'This inspector is linked to another user.',
  },
};
