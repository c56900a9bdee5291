import type { Actor } from '@app/runtime';
import { ApiError } from '../common/api-error';

/** A department's staff act only for their own department; an administrator acts for any. */
export function assertActsFor(actor: Actor, departmentId: string): void {
  if (actor.roles.includes('admin') || actor.departmentId === departmentId) return;
  throw ApiError.forbidden(
    'OTHER_DEPARTMENT',
    `You act for department ${actor.departmentId}, not ${departmentId}`,
    { departmentId, actingFor: actor.departmentId },
  );
}
