import type { Role } from '@app/domain/roles';

export type NoAddReason = 'role' | 'noDepartments' | 'ownNotRegistered';

/**
 * Why a register page offers no "新增": the roles (only administrators and operators add), no
 * department registered yet, or the operator's own department not registered. Undefined when
 * the page should offer it (`needsDepartment`: what is added belongs to a department;
 * `departmentIds` undefined while they are read).
 */
export function noAddReason(
  session: { roles: readonly Role[]; departmentId: string } | undefined,
  departmentIds: readonly string[] | undefined,
  needsDepartment = true,
): NoAddReason | undefined {
  const roles = session?.roles ?? [];
  if (!roles.includes('admin') && !roles.includes('operator')) return 'role';
  if (!needsDepartment || departmentIds === undefined) return undefined;
  if (departmentIds.length === 0) return 'noDepartments';
  if (!roles.includes('admin') && !departmentIds.includes(session?.departmentId ?? '')) {
    return 'ownNotRegistered';
  }
  return undefined;
}
