import type { Role } from '@app/domain';

/** The roles an account may hold: the domain's list (docs/security.md). */
export type AccountRole = Role;

/** A grant of admin or principal waiting for a second administrator. */
export interface PendingRoleRequest {
  requestId: string;
  role: AccountRole;
  requesterId: string;
  requestedAt: string;
}

/** An official's account as administrators read it (`/api/users`); `mobile` only on `/api/users/:id`. */
export interface UserAccount {
  id: string;
  name: string;
  departmentId: string;
  post: string;
  employeeNumber: string;
  roles: AccountRole[];
  pendingRoleRequests: PendingRoleRequest[];
  status: 'active' | 'disabled';
  inspectorId: string | null;
  erased: boolean;
  registeredAt: string;
  updatedAt: string;
  mobile?: string | null;
}

/** The answer to a grant: at once, or a request another administrator approves. */
export interface RoleGrantAnswer {
  status: 'granted' | 'requested';
  requestId?: string;
  user: UserAccount;
}

/** What any signed-in official may know of another (`/api/users/names`). */
export interface UserName {
  id: string;
  name: string;
  departmentId: string;
}
