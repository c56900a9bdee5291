import type { DemoCounty } from './demo-county';

/** Every demo account's password: printed when the demo starts (demonstration data only). */
export const DEMO_PASSWORD = 'Demo-2026-ssj';

export interface DemoAccount {
  role: string;
  /** 角色 as the console names it. */
  label: string;
  department: string;
  employeeNumber: string;
  name: string;
}

/** One sign-in per role, of the market regulator (scjg) unless the role is another's. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: 'admin', label: '系统管理员', department: 'scjg', employeeNumber: 'A001', name: '刘洋' },
  { role: 'operator', label: '业务经办人员', department: 'scjg', employeeNumber: 'S001', name: '王明' },
  { role: 'head', label: '部门负责人', department: 'scjg', employeeNumber: 'S002', name: '张华' },
  { role: 'principal', label: '主要负责人', department: 'scjg', employeeNumber: 'S003', name: '陈静' },
  { role: 'inspector', label: '执法检查人员', department: 'scjg', employeeNumber: 'S004', name: '赵磊' },
  { role: 'operator', label: '业务经办人员（消防）', department: 'xf', employeeNumber: 'X001', name: '李强' },
  { role: 'supervisor', label: '监督人员', department: 'scjg', employeeNumber: 'J001', name: '周敏' },
  { role: 'auditor', label: '审计人员', department: 'scjg', employeeNumber: 'J002', name: '吴芳' },
];

/**
 * Registers the accounts as an administrator does (POST /api/users), grants each its role (admin
 * and principal approved by a second administrator), links the inspector's account to an
 * inspector of the directory, and sets the demo password through the sign-in a temporary password asks for.
 */
export async function openAccounts(county: DemoCounty): Promise<void> {
  const approver = county.api.token('demo-admin-2', 'scjg', ['admin']);
  for (const [n, account] of DEMO_ACCOUNTS.entries()) {
    const { id } = await county.ok<{ id: string }>('POST', '/api/users', county.admin, {
      departmentId: account.department,
      name: account.name,
      post: account.label,
      employeeNumber: account.employeeNumber,
      mobile: `1380013${String(8000 + n).padStart(4, '0')}`,
    });
    const grant = await county.ok<{ requestId?: string }>('POST', `/api/users/${id}/roles`, county.admin, {
      role: account.role,
    });
    if (grant.requestId)
      await county.ok('POST', `/api/users/${id}/role-requests/${grant.requestId}/approve`, approver, {});
    if (account.role === 'inspector')
      await county.ok('POST', `/api/users/${id}/inspector-link`, county.admin, {
        inspectorId: county.ids.inspectors[account.department][0],
      });
    const { temporaryPassword } = await county.ok<{ temporaryPassword: string }>(
      'POST',
      `/api/users/${id}/password-reset`,
      county.admin,
    );
    await county.ok('POST', '/api/auth/sign-in', '', {
      department: account.department,
      employeeNumber: account.employeeNumber,
      password: temporaryPassword,
      newPassword: DEMO_PASSWORD,
    });
  }
}
