import type { DomainEvent } from '../domain-event';
import {
  type EvidenceReference,
  type EvidenceTarget,
  MAX_EVIDENCE_NAME_LENGTH,
  MAX_EVIDENCE_PER_TARGET,
  contentTypeFitsKind,
  evidenceTargetKey,
  isEvidenceHash,
  normaliseEvidenceName,
} from './evidence-vocabulary';
import { assertListed, lockedTask, reject } from './task-guards';
import { type InspectionTaskState, type TaskState, resultKey } from './task-state';
import type { Acting } from './task-vocabulary';

/**
 * A file attached to a result, an objection, a follow-up or a correction (ADR 47). Only its
 * reference: who attached it and when are the event's metadata, as for every act.
 * `departmentId`: the department whose record it joins.
 */
export type EvidenceEvent = DomainEvent<
  'EvidenceAttached',
  { taskId: string; entityId: string; departmentId: string; to: EvidenceTarget; evidence: EvidenceReference }
>;

export interface AttachEvidence {
  kind: 'AttachEvidence';
  taskId: string;
  by: Acting;
  /** The acting user's inspector, when they have one (a result's evidence is its team's). */
  inspectorId?: string;
  to: EvidenceTarget;
  /** As the blob store has it: hash, sniffed type, size; `kind` and `name` as the user gave them. */
  evidence: EvidenceReference;
}

/** The entity and department of the record the target is part of, and whether `by` may add to it. */
function recordOf(task: TaskState, c: AttachEvidence): { entityId: string; departmentId: string } {
  const to = c.to;
  const sameDepartment = (departmentId: string): void => {
    if (c.by.departmentId !== departmentId) {
      reject('EVIDENCE_OF_OTHER_DEPARTMENT', `Only ${departmentId} adds evidence to this record`, {
        departmentId,
      });
    }
  };
  switch (to.kind) {
    case 'result': {
      assertListed(task, to.entityId);
      if (!task.entered[resultKey(to.entityId, to.departmentId)]) {
        reject('RESULT_NOT_ENTERED', `No result of ${to.departmentId} for ${to.entityId} yet`);
      }
      // "谁检查、谁录入": the team members of the result's department, as for entering it.
      const inTeam = task.teams[to.entityId]?.members.some(
        (m) => m.inspectorId === c.inspectorId && m.departmentId === to.departmentId,
      );
      if (c.inspectorId === undefined || !inTeam)
        reject('NOT_IN_TEAM', `You are not in the team that inspects ${to.entityId}`);
      return { entityId: to.entityId, departmentId: to.departmentId };
    }
    case 'objection': {
      const objection = task.objections[to.objectionId];
      if (!objection) reject('OBJECTION_NOT_FOUND', `No objection ${to.objectionId}`);
      sameDepartment(objection.departmentId);
      return { entityId: objection.entityId, departmentId: objection.departmentId };
    }
    case 'followUp': {
      const followUp = task.followUps?.[to.followUpId];
      if (!followUp) reject('FOLLOW_UP_NOT_FOUND', `No follow-up ${to.followUpId}`);
      sameDepartment(followUp.departmentId);
      return followUp;
    }
    case 'correction': {
      const request = task.requests[to.requestId];
      if (request?.kind !== 'correction')
        reject('CORRECTION_NOT_FOUND', `No correction request ${to.requestId}`);
      if (request.status === 'rejected')
        reject('CORRECTION_REJECTED', 'This correction was rejected; its record is closed');
      sameDepartment(request.departmentId);
      return { entityId: request.entityId, departmentId: request.departmentId };
    }
  }
}

function assertReference(evidence: EvidenceReference): void {
  if (!isEvidenceHash(evidence.hash))
    reject('EVIDENCE_HASH_INVALID', 'A file is named by the SHA-256 of its content, 64 hex digits');
  if (!Number.isSafeInteger(evidence.size) || evidence.size <= 0)
    reject('EVIDENCE_SIZE_INVALID', 'A file of evidence has a size of at least one byte');
  if (!contentTypeFitsKind(evidence.kind, evidence.contentType)) {
    reject('EVIDENCE_KIND_MISMATCH', `A ${evidence.kind} cannot be of type ${evidence.contentType}`, {
      kind: evidence.kind,
      contentType: evidence.contentType,
    });
  }
  if ((evidence.name?.length ?? 0) > MAX_EVIDENCE_NAME_LENGTH) {
    reject('EVIDENCE_NAME_TOO_LONG', `A file name has at most ${MAX_EVIDENCE_NAME_LENGTH} characters`, {
      max: MAX_EVIDENCE_NAME_LENGTH,
    });
  }
}

/**
 * Evidence is added, never removed: also to a published result, a reviewed objection or an
 * approved correction (an archivist's file grows); not to a rejected correction, a cancelled task,
 * or a record that does not exist. The same file once per target, at most 50 per target.
 */
export function attachEvidence(state: InspectionTaskState, c: AttachEvidence): EvidenceEvent[] {
  const task = lockedTask(state, c.taskId);
  const record = recordOf(task, c);
  const { name: given, ...reference } = c.evidence;
  const name = normaliseEvidenceName(given);
  const evidence: EvidenceReference = { ...reference, ...(name ? { name } : {}) };
  assertReference(evidence);
  const attached = task.evidence?.[evidenceTargetKey(c.to)] ?? [];
  if (attached.includes(evidence.hash))
    reject('EVIDENCE_ALREADY_ATTACHED', 'This file is attached to this record already');
  if (attached.length >= MAX_EVIDENCE_PER_TARGET) {
    reject('EVIDENCE_LIMIT_REACHED', `At most ${MAX_EVIDENCE_PER_TARGET} files per record`, {
      max: MAX_EVIDENCE_PER_TARGET,
    });
  }
  return [{ type: 'EvidenceAttached', data: { taskId: c.taskId, ...record, to: c.to, evidence } }];
}

/** The state after an attachment: its hash listed under its target. */
export function withEvidence(state: TaskState, d: EvidenceEvent['data']): TaskState {
  const key = evidenceTargetKey(d.to);
  return {
    ...state,
    evidence: { ...state.evidence, [key]: [...(state.evidence?.[key] ?? []), d.evidence.hash] },
  };
}

/** A follow-up or rectification, kept so that evidence can name it. */
export function withFollowUp(
  state: TaskState,
  followUpId: string,
  record: { entityId: string; departmentId: string },
): TaskState {
  return {
    ...state,
    followUps: {
      ...state.followUps,
      [followUpId]: { entityId: record.entityId, departmentId: record.departmentId },
    },
  };
}
