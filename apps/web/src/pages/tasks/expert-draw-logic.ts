import { actingDepartments } from '@app/domain';
import type { Inspector, TaskState } from './task-types';
import type { Actor } from './task-view';

/** Experts and auxiliaries (the expert pool): never counted toward a team's two (Yiyuan 十九、二十). */
export const isExpertPool = (inspector: Pick<Inspector, 'category'>): boolean =>
  inspector.category === 'expert' || inspector.category === 'other';

/**
 * An operator of an acting department draws (or appoints) its experts once, after the entities
 * are drawn and before the lock (POST /api/tasks/:id/draws/experts).
 */
export function mayDrawExperts(task: TaskState, actor: Actor): boolean {
  return (
    task.status === 'initiated' &&
    task.entityIds !== null &&
    actor.roles.includes('operator') &&
    actingDepartments(task).includes(actor.departmentId) &&
    !(task.expertDrawsBy ?? []).includes(actor.departmentId)
  );
}

/** The expert draw as typed: how many per entity, and an appointment for one entity with its reason. */
export interface ExpertDrawDraft {
  perEntity: string;
  entityId: string;
  expertIds: string[];
  reason: string;
}

/** `POST /api/tasks/:id/draws/experts`: a blank count is left to the api's default (1). */
export function expertDrawBody(draft: ExpertDrawDraft): Record<string, unknown> {
  const appointing = draft.entityId !== '' && draft.expertIds.length > 0;
  return {
    ...(draft.perEntity.trim() ? { perEntity: Number(draft.perEntity) } : {}),
    ...(appointing
      ? {
          appointments: [
            { entityId: draft.entityId, inspectorIds: draft.expertIds, reason: draft.reason.trim() },
          ],
        }
      : {}),
  };
}
