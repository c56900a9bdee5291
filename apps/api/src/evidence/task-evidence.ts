import {
  type EvidenceReference,
  type EvidenceTarget,
  type InspectionTaskEvent,
  type InspectionTaskState,
  actingDepartments,
  inspectionTaskDecider,
  registerStreams,
} from '@app/domain';
import type { Actor, Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { STORES } from '../stores/stores.providers';

/** One attachment as the task's departments and auditors see it. */
export interface EvidenceAttachment extends EvidenceReference {
  entityId: string;
  departmentId: string;
  to: EvidenceTarget;
  attachedBy: string;
  attachedAt: string;
}

/** Roles that see every task's evidence (oversight), beside the task's own departments. */
const OVERSIGHT_ROLES = ['auditor', 'supervisor'] as const;

/**
 * A task's evidence, read from its stream (not a public read model: evidence is never public),
 * and who may see it: the task's departments (the lead and those that accepted) and oversight.
 */
@Injectable()
export class TaskEvidence {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  /** The attachments, oldest first; 404 no task, 403 a caller who may not see them. */
  async list(taskId: string, actor: Actor): Promise<EvidenceAttachment[]> {
    const { state, attachments } = await this.read(taskId);
    if (state.status === 'absent') throw ApiError.notFound('TASK_NOT_FOUND', `No inspection task ${taskId}`);
    if (!maySee(actor, state))
      throw ApiError.forbidden(
        'TASK_EVIDENCE_FORBIDDEN',
        'Only the task’s departments, auditors and supervisors see its evidence',
      );
    return attachments;
  }

  /**
   * Before an upload for a task (`?taskId=`): the caller's department takes part in it, else 403
   * DEPARTMENT_NOT_IN_TASK (404 TASK_NOT_FOUND for no task), before a byte is stored.
   */
  async assertTakesPart(taskId: string, actor: Actor): Promise<void> {
    const { state } = await this.read(taskId);
    if (state.status === 'absent') throw ApiError.notFound('TASK_NOT_FOUND', `No inspection task ${taskId}`);
    if (!actingDepartments(state).includes(actor.departmentId)) {
      throw ApiError.forbidden('DEPARTMENT_NOT_IN_TASK', 'Your department does not take part in this task', {
        departmentId: actor.departmentId,
      });
    }
  }

  /** The attachment of `hash` in the task, when the caller may see it; else 404 (no probing). */
  async find(taskId: string, hash: string, actor: Actor): Promise<EvidenceAttachment> {
    const { state, attachments } = await this.read(taskId);
    const found = attachments.find((a) => a.hash === hash);
    if (state.status === 'absent' || !found || !maySee(actor, state))
      throw ApiError.notFound('EVIDENCE_NOT_FOUND', 'No such file of evidence');
    return found;
  }

  private async read(taskId: string) {
    let state: InspectionTaskState = inspectionTaskDecider.initialState();
    const attachments: EvidenceAttachment[] = [];
    for await (const event of this.stores.events.readStream(registerStreams.inspectionTask(taskId))) {
      const typed = { type: event.type, data: event.data } as unknown as InspectionTaskEvent;
      state = inspectionTaskDecider.evolve(state, typed);
      if (typed.type !== 'EvidenceAttached') continue;
      const { entityId, departmentId, to, evidence } = typed.data;
      attachments.push({
        ...evidence,
        entityId,
        departmentId,
        to,
        attachedBy: event.metadata.actorId,
        attachedAt: event.metadata.occurredAt,
      });
    }
    return { state, attachments };
  }
}

function maySee(actor: Actor, state: Exclude<InspectionTaskState, { status: 'absent' }>): boolean {
  return (
    actor.roles.some((role) => (OVERSIGHT_ROLES as readonly string[]).includes(role)) ||
    actingDepartments(state).includes(actor.departmentId)
  );
}
