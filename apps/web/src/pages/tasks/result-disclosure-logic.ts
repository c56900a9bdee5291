import { resultKey } from '@app/domain';
import type { Rectification } from '@app/domain/tasks/task-state';
import type { NonPublicationGround } from '../../api/vocabulary';
import type { TaskState } from './task-types';

/** The non-publication request as typed. */
export interface NonPublicationDraft {
  ground: NonPublicationGround | '';
  legalBasis: string;
}

/** The request as the api takes it; a blank ground is left out, so the api names the field. */
export function nonPublicationBody(entityId: string, draft: NonPublicationDraft) {
  return {
    entityId,
    ...(draft.ground ? { ground: draft.ground } : {}),
    legalBasis: draft.legalBasis.trim(),
  };
}

/** A 整改 follow-up as typed: put right or not is chosen, never assumed. */
export interface RectificationDraft {
  rectified: '' | 'yes' | 'no';
  findings: string;
  rectifiedOn: string;
}

export const blankRectification = (today: string): RectificationDraft => ({
  rectified: '',
  findings: '',
  rectifiedOn: today,
});

export function rectificationBody(entityId: string, draft: RectificationDraft) {
  return {
    entityId,
    ...(draft.rectified === '' ? {} : { rectified: draft.rectified === 'yes' }),
    findings: draft.findings.trim(),
    rectifiedOn: draft.rectifiedOn,
  };
}

/** The follow-ups of one department's result, oldest first (none for tasks folded before they were kept). */
export function rectificationsOf(task: TaskState, entityId: string, departmentId: string): Rectification[] {
  return task.rectifications?.[resultKey(entityId, departmentId)] ?? [];
}

/** Whether a request to keep this result from publication awaits its head (publication waits too). */
export function nonPublicationPending(task: TaskState, entityId: string, departmentId: string): boolean {
  return Object.values(task.requests).some(
    (r) =>
      r.kind === 'non_publication' &&
      r.status === 'pending' &&
      r.entityId === entityId &&
      r.departmentId === departmentId,
  );
}
