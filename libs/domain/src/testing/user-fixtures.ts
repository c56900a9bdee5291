import type { UserEvent, UserProfile } from '../users/user-events';

/** Shared givens of the user decider's specifications. */
export const profile: UserProfile = {
  departmentId: 'scjg',
  name: '张三',
  post: '科员',
  employeeNumber: 'E001',
};
export const sealed = { v: 1, iv: 'iv', data: 'sealed-mobile' };
export const registered: UserEvent = {
  type: 'UserRegistered',
  data: { userId: 'u1', ...profile, personalData: sealed },
};
export const disabled: UserEvent = {
  type: 'UserDisabled',
  data: { userId: 'u1', disabledBy: 'admin-1', reason: '调离' },
};
