import type { DomainEvent } from '../domain-event';
import type { BeaconRound } from '../draws/beacon';
import type { SealedText } from './personal-text';
import type { AfterAnnouncementEvent } from './after-announcement-events';
import type { PlanBindingEvent } from './plan-binding';
import type { VisitJoiningEvent } from './visit-joining';
import type { EvidenceEvent } from './evidence';
import type {
  DateWindow,
  EntityWithdrawalReason,
  FollowUpKind,
  InspectionResult,
  NonPublicationGround,
  ObjectionNoticeMeans,
  Participant,
  ReplacementReason,
  Sampling,
  TargetCriteria,
  Team,
  TeamExpert,
  WorkingDayDate,
} from './task-vocabulary';

/**
 * The draw a cancellation after the freeze discarded, as its record has it: `entityIds` for a draw
 * recorded in one event, `parts` (and no ids) for a large draw recorded in parts.
 */
export interface DiscardedDraw {
  drawId?: string;
  algorithm?: string;
  /** The log position P the pool was taken at. */
  position?: number;
  year?: number;
  poolDigest?: string;
  selectedDigest?: string;
  selectedCount: number;
  entityIds?: string[];
  parts?: number;
}

type E<T extends string, D extends object> = DomainEvent<T, { taskId: string } & D>;

/** Every event of the inspection task (docs/events.md). */
export type InspectionTaskEvent =
  | E<
      'InspectionTaskInitiated',
      {
        planId?: string;
        adhocReason?: string;
        name: string;
        leadDepartmentId: string;
        participants: Participant[];
        itemIds: string[];
        criteria: TargetCriteria;
        sampling: Sampling;
        window: DateWindow;
        /** SHA-256 of the draw seed, hex; the seed is revealed at the draw. */
        seedCommitment: string;
        inspectorSeedCommitments?: Record<string, string>;
        responseDue: WorkingDayDate;
        /** The 一业一单 whose version filled the departments and items, when the task was made from one. */
        jointList?: { listId: string; version: number };
        /** The joint office that initiated the task for its lead (Gui'an 第39条); absent: the lead did. */
        initiatedByOffice?: { officeId: string };
        /** The public beacon round the draw waits for (docs/draw.md §2). */
        beacon?: BeaconRound;
        /** A draw without a beacon, allowed by the deployment: trusted to the operator, and marked so. */
        operatorTrusted?: { reason: string };
      }
    >
  | E<
      'ParticipantResponded',
      {
        departmentId: string;
        accepted: boolean;
        itemIds: string[];
        reason?: string;
        respondedOn: string;
        late: boolean;
        /** SHA-256 of the department's contribution to the draw key (accepting only), revealed at the draw. */
        seedCommitment?: string;
      }
    >
  /**
   * The lead went on without a participant silent past its response deadline (Gui'an 第四十条): it
   * takes no part, and the joint office lists it for 通报. `recordedBy`: the lead's official.
   */
  | E<
      'ParticipantRecordedAsNotAnswering',
      { departmentId: string; deadline: string; recordedOn: string; recordedBy: string }
    >
  /** The pool's log position P fixed before the beacon's publication: the draw reads the pool as of P. */
  | E<'PoolFrozen', { position: number; frozenAt: string; frozenBy: string }>
  /** The beacon's value as one official read it, after its publication time. */
  | E<'BeaconValueEntered', { value: string; enteredBy: string; departmentId: string; enteredAt: string }>
  /** A second official, of another department, read the same value (four eyes). */
  | E<
      'BeaconValueConfirmed',
      { value: string; confirmedBy: string; departmentId: string; confirmedAt: string }
    >
  | E<
      'EntitiesDrawn',
      { entityIds: string[]; draw: Record<string, unknown>; drawId?: string; parts?: number }
    >
  /** Part of a large drawn list, appended before its EntitiesDrawn (appends stay small). */
  | E<'DrawnEntitiesListed', { drawId: string; part: number; parts: number; entityIds: string[] }>
  | E<'InspectorsDrawn', { departmentId: string; teams: Record<string, Team>; draw: Record<string, unknown> }>
  /** A department's experts and auxiliaries per entity (drawn, or appointed with a reason). */
  | E<
      'ExpertsDrawn',
      { departmentId: string; experts: Record<string, TeamExpert[]>; draw: Record<string, unknown> }
    >
  /** Also the task's public announcement: what is inspected, when, by which departments. */
  | E<
      'InspectionTaskLocked',
      {
        entityIds: string[];
        teams: Record<string, Team>;
        window: DateWindow;
        leadDepartmentId: string;
        departmentIds: string[];
        itemIds: string[];
      }
    >
  | E<
      'InspectorReplacementRequested',
      {
        requestId: string;
        entityId: string;
        outInspectorId: string;
        inInspectorId: string;
        departmentId: string;
        reason: ReplacementReason;
        note: string;
        requesterId: string;
      }
    >
  | E<
      'InspectorReplacedWithApproval',
      {
        requestId: string;
        entityId: string;
        outInspectorId: string;
        inInspectorId: string;
        departmentId: string;
        reason: ReplacementReason;
        requesterId: string;
        approverId: string;
        leaderId?: string;
      }
    >
  | E<'RequestRejected', { requestId: string; approverId: string; reply: string }>
  | E<
      'EntityWithdrawalRequested',
      {
        requestId: string;
        entityId: string;
        reason: EntityWithdrawalReason;
        note: string;
        requesterId: string;
      }
    >
  | E<
      'EntityWithdrawnWithApproval',
      {
        requestId: string;
        entityId: string;
        reason: EntityWithdrawalReason;
        requesterId: string;
        approverId: string;
      }
    >
  | E<
      'ResultEntered',
      { entityId: string; departmentId: string; inspectorId: string; result: InspectionResult; entry: number }
    >
  | E<
      'ResultPublished',
      {
        entityId: string;
        departmentId: string;
        result: InspectionResult;
        publishedOn: string;
        due: WorkingDayDate;
        late: boolean;
      }
    >
  | E<
      'PublicDisclosureStopped',
      {
        entityId: string;
        departmentId: string;
        application: string;
        publishedOn: string;
        stoppedOn: string;
        approverId: string;
      }
    >
  | E<
      'CorrectionRequested',
      {
        requestId: string;
        entityId: string;
        departmentId: string;
        corrected: InspectionResult;
        reason: string;
        objectionId?: string;
        requesterId: string;
      }
    >
  | E<
      'ResultCorrected',
      {
        requestId: string;
        entityId: string;
        departmentId: string;
        corrected: InspectionResult;
        reason: string;
        objectionId?: string;
        requesterId: string;
        approverId: string;
        publishedOn: string;
      }
    >
  | E<
      'ObjectionFiled',
      {
        objectionId: string;
        entityId: string;
        departmentId: string;
        /** `{ grounds }` sealed under the inspection's key; `grounds` in clear before sealing. */
        sealed?: SealedText;
        grounds?: string;
        receivedOn: string;
        reviewDue: WorkingDayDate;
      }
    >
  | E<
      'ObjectionReviewed',
      {
        objectionId: string;
        upheld: boolean;
        reply: string;
        reviewedOn: string;
        late: boolean;
        /** By when the business is told the outcome (absent in reviews recorded before it was kept). */
        noticeDue?: WorkingDayDate;
      }
    >
  | E<
      'ObjectionOutcomeNotified',
      { objectionId: string; means: ObjectionNoticeMeans; notifiedOn: string; late: boolean }
    >
  | E<
      'FollowUpRecorded',
      {
        followUpId: string;
        entityId: string;
        departmentId: string;
        kind: FollowUpKind;
        /** `{ detail }` sealed under the inspection's key; `detail` in clear before sealing. */
        sealed?: SealedText;
        detail?: string;
        toDepartmentId?: string;
      }
    >
  /** Asked in the result's department: keep this result from publication, on a legal ground. */
  | E<
      'NonPublicationRequested',
      {
        requestId: string;
        entityId: string;
        departmentId: string;
        ground: NonPublicationGround;
        legalBasis: string;
        requesterId: string;
      }
    >
  /** A head of the department approved it: the result is never published (Gui'an 第四十三、四十六条). */
  | E<
      'ResultWithheldFromPublication',
      {
        requestId: string;
        entityId: string;
        departmentId: string;
        ground: NonPublicationGround;
        legalBasis: string;
        requesterId: string;
        approverId: string;
        approvedOn: string;
      }
    >
  /** A 整改 follow-up result, linked to a published result (Gui'an 第三十二条 二次录入). */
  | E<
      'RectificationResultEntered',
      {
        rectificationId: string;
        entityId: string;
        departmentId: string;
        /** The team member who entered it, or absent when the department's operator did. */
        inspectorId?: string;
        enteredBy: string;
        rectified: boolean;
        findings: string;
        rectifiedOn: string;
      }
    >
  /** An administrator erased the key of one inspection's personal text (docs/events.md). */
  | E<'PersonalTextErased', { entityId: string; reason: string }>
  /** The lead asks to cancel a task whose pool is frozen; its principal decides (docs/draw.md). */
  | E<'CancellationRequested', { requestId: string; reason: string; requesterId: string }>
  /**
   * `entityIds`: the entities it had listed, when a locked task was cancelled (out-of-range window).
   * After the pool was frozen: the approved request, who asked and who approved, and the draw discarded.
   */
  | E<
      'InspectionTaskCancelled',
      {
        reason: string;
        entityIds?: string[];
        requestId?: string;
        requesterId?: string;
        approverId?: string;
        discardedDraw?: DiscardedDraw;
      }
    >
  | AfterAnnouncementEvent
  | PlanBindingEvent
  | VisitJoiningEvent
  | EvidenceEvent;

export type InspectionTaskEventType = InspectionTaskEvent['type'];
