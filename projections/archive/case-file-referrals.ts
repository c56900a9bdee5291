import type { EntityEvent, ReferralEvent } from '@app/domain';
import type { DocumentChange, RecordedOf } from '@app/read-store';
import type { CaseFileEntryView, CaseFileStep } from './case-file.projection';

/** The referral and listing events the case file reads (ADR 50). */
export type CaseFileReferralSource =
  ReferralEvent | Extract<EntityEvent, { type: 'EntityListed' | 'EntityDelisted' }>;
export const CASE_FILE_REFERRAL_EVENT_TYPES = [
  'ReferralCreated',
  'ReferralAccepted',
  'ReferralReturned',
  'ReferralOutcomeRecorded',
  'EntityListed',
  'EntityDelisted',
] as const;

const referralEntryId = (referralId: string) => `referral|${referralId}`;

/**
 * A referral is one entry of the entity's case file, its answer and outcomes added as steps (no
 * free text: reasons and notes stay with the referral); a listing or removal is an entry of its own.
 */
export function caseFileReferralChange(event: RecordedOf<CaseFileReferralSource>): DocumentChange[] {
  const base = {
    at: event.metadata.occurredAt,
    position: event.position,
    by: event.metadata.actorId,
  };
  if (event.type === 'EntityListed' || event.type === 'EntityDelisted') {
    const d = event.data;
    const view: CaseFileEntryView = {
      id: `${event.id}|${d.entityId}`,
      entityId: d.entityId,
      kind: 'listing',
      ...base,
      departmentId: event.metadata.departmentId,
      detail: {
        list: d.list,
        listed: event.type === 'EntityListed',
        ...(d.referralId ? { referralId: d.referralId } : {}),
      },
    };
    return [{ collection: 'entries', id: view.id, put: view }];
  }
  const id = referralEntryId(event.data.referralId);
  if (event.type === 'ReferralCreated') {
    const d = event.data;
    const view: CaseFileEntryView = {
      id,
      entityId: d.entityId,
      taskId: d.taskId,
      kind: 'referral',
      ...base,
      departmentId: d.fromDepartmentId,
      detail: { referralId: d.referralId, referralKind: d.referralKind, toDepartmentId: d.toDepartmentId },
    };
    return [{ collection: 'entries', id, put: view }];
  }
  const step: CaseFileStep = {
    act:
      event.type === 'ReferralAccepted'
        ? 'accepted'
        : event.type === 'ReferralReturned'
          ? 'returned'
          : 'outcome',
    at: base.at,
    by: base.by,
    detail:
      event.type === 'ReferralOutcomeRecorded'
        ? {
            outcome: event.data.outcome,
            decidedOn: event.data.decidedOn,
            ...(event.data.caseNumber ? { caseNumber: event.data.caseNumber } : {}),
          }
        : { departmentId: event.data.departmentId },
  };
  return [
    {
      collection: 'entries',
      id,
      update: (entry: CaseFileEntryView | undefined) =>
        entry ? { ...entry, steps: [...(entry.steps ?? []), step] } : null,
    },
  ];
}
