import type { DocumentChange, Projection, ReadDocument, RecordedOf } from '@app/read-store';
import {
  type CaseFileSource,
  caseFileEntryOf,
  caseFileStepOf,
  caseFileTaskChange,
} from './case-file-entries';
import {
  CASE_FILE_REFERRAL_EVENT_TYPES,
  type CaseFileReferralSource,
  caseFileReferralChange,
} from './case-file-referrals';

/** What happened to an entity, as its case file (一对象一档案) lists it. */
export const CASE_FILE_ENTRY_KINDS = [
  'drawn',
  'result',
  'publication',
  'publicationStopped',
  'nonPublication',
  'correction',
  'objection',
  'followUp',
  'rectification',
  'evidence',
  'sharedVisit',
  'withdrawn',
  'handedOver',
  'taskCancelled',
  'exported',
  'referral',
  'listing',
] as const;
export type CaseFileEntryKind = (typeof CASE_FILE_ENTRY_KINDS)[number];

export type CaseFileValue = string | number | boolean;

/** A later step of a request or objection (approved, rejected, reviewed, notified). */
export interface CaseFileStep {
  act: string;
  at: string;
  by: string;
  detail: Record<string, CaseFileValue>;
}

/**
 * One entry of an entity's case file, from one event (requests and objections: from their first,
 * with their later steps). No free text of the record (witness, notes, grounds, replies): the case
 * file lists acts, their outcomes and files; the texts stay with the task, sealed.
 */
export interface CaseFileEntryView extends ReadDocument {
  entityId: string;
  /** The task the entry belongs to; absent for an export of the case file itself. */
  taskId?: string;
  kind: CaseFileEntryKind;
  /** When it was recorded (the event's time) and its log position: the case file's order. */
  at: string;
  position: number;
  /** Who recorded it and for which department. */
  by: string;
  departmentId?: string;
  detail: Record<string, CaseFileValue>;
  steps?: CaseFileStep[];
}

/** A task that drew the entity, as its case file names it: its type, departments and window. */
export interface CaseFileTaskView extends ReadDocument {
  name: string;
  planId: string | null;
  leadDepartmentId: string;
  participantIds: string[];
  /** Participants that accepted: with the lead, the task's departments (who sees its evidence). */
  acceptedIds: string[];
  window: { from: string; to: string };
  initiatedAt: string;
  initiatedByOffice?: string;
}

/** The case-file entries of every entity, keyed by entity and time; rebuilt from the log like any read model. */
export const caseFileProjection: Projection<CaseFileSource | CaseFileReferralSource> = {
  name: 'caseFile',
  collections: [
    // No query reads entries by task: an index on it cost a page on every entry (issue 25).
    {
      name: 'entries',
      indexes: [
        ['entityId', 'position'],
        ['entityId', 'kind'],
      ],
    },
    { name: 'tasks', indexes: [['leadDepartmentId']] },
  ],
  eventTypes: [
    'InspectionTaskInitiated',
    'ParticipantResponded',
    'InspectionTaskPostponed',
    'EntitiesDrawn',
    'DrawnEntitiesListed',
    'ResultEntered',
    'ResultPublished',
    'PublicDisclosureStopped',
    'NonPublicationRequested',
    'ResultWithheldFromPublication',
    'CorrectionRequested',
    'ResultCorrected',
    'RequestRejected',
    'ObjectionFiled',
    'ObjectionReviewed',
    'ObjectionOutcomeNotified',
    'FollowUpRecorded',
    'RectificationResultEntered',
    'EvidenceAttached',
    'TaskJoinedVisit',
    'EntityWithdrawnWithApproval',
    'EntityHandedOver',
    'InspectionTaskCancelled',
    'CaseFileExported',
    ...CASE_FILE_REFERRAL_EVENT_TYPES,
  ],
  apply(recorded): DocumentChange[] {
    if ((CASE_FILE_REFERRAL_EVENT_TYPES as readonly string[]).includes(recorded.type)) {
      return caseFileReferralChange(recorded as RecordedOf<CaseFileReferralSource>);
    }
    const event = recorded as RecordedOf<CaseFileSource>;
    const task = caseFileTaskChange(event);
    if (task) return [task];
    const step = caseFileStepOf(event);
    if (step) {
      return [
        {
          collection: 'entries',
          id: step.id,
          update: (entry: CaseFileEntryView | undefined) =>
            entry ? { ...entry, steps: [...(entry.steps ?? []), step.step] } : null,
        },
      ];
    }
    return caseFileEntryOf(event).map((entry) => ({ collection: 'entries', id: entry.id, put: entry }));
  },
};
