import type { JoinVisit } from './visit-joining';
import type { AttachEvidence } from './evidence';
import type { BeaconRound } from '../draws/beacon';
import type { PlanState } from '../plans/plan';
import type { ListedItemFact } from '../registers/joint-item-list';
import type { InspectorCategory, InspectorStatus } from '../registers/vocabulary';
import type { JointListFact } from './from-joint-list';
import type { OfficeInitiation } from './office-initiation';
import type { CountPool } from './plan-binding';
import type { SealedText } from './personal-text';
import type { PendingRequest } from './task-state';
import type {
  Acting,
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
  WorkingDayDate,
} from './task-vocabulary';

/** What the handler found of an inspector a command names. */
export interface InspectorFact {
  inspectorId: string;
  departmentId: string;
  status: InspectorStatus;
  erased: boolean;
  /** Entities the inspector declared a conflict of interest with (回避). */
  conflicts: string[];
  category?: InspectorCategory;
  /** 执法资格: the last day the enforcement certificate is valid; absent: none recorded. */
  enforcementValidUntil?: string;
}

/** Which beacons a deployment accepts, and when it lets a draw do without one. */
export interface BeaconPolicy {
  sources: readonly string[];
  /** never; only for ad hoc tasks (urgent, outside any plan); or any task. */
  withoutBeacon: 'never' | 'urgent-adhoc' | 'any';
}

export type InspectionTaskCommand =
  | {
      kind: 'InitiateTask';
      taskId: string;
      by: Acting;
      planId?: string;
      adhocReason?: string;
      /** Why the task goes beyond its plan's ratios or criteria; a head of the lead approves before the draw. */
      beyondPlanReason?: string;
      name: string;
      participants: Participant[];
      itemIds: string[];
      criteria: TargetCriteria;
      sampling: Sampling;
      window: DateWindow;
      seedCommitment: string;
      /** Per department taking part: SHA-256 of its own inspector-draw seed, revealed when it draws. */
      inspectorSeedCommitments?: Record<string, string>;
      /** The beacon round named by the lead, or why the draw does without one. */
      beacon?: Omit<BeaconRound, 'publishedAt'>;
      withoutBeaconReason?: string;
      /** Fact: the deployment's beacon policy; and the moment of initiation (ISO 8601). */
      beaconPolicy: BeaconPolicy;
      now: string;
      /** Facts: the plan (when given), every item named, which departments are registered. */
      plan?: PlanState;
      items: ListedItemFact[];
      registeredDepartmentIds: string[];
      responseDue: WorkingDayDate;
      /** The 一业一单 named to fill the departments and items, as found (its current version). */
      jointList?: JointListFact;
      /**
       * Fact, for a count in a plan: the entities the criteria reach by credit class, as the
       * directory stands at initiation (plan-binding.ts#countAllowance).
       */
      countPool?: CountPool;
      /** Initiated by the joint office for the lead it names (Gui'an 第39条); `by` is its coordinator. */
      office?: OfficeInitiation;
    }
  | {
      kind: 'RespondToTask';
      taskId: string;
      by: Acting;
      accepted: boolean;
      itemIds: string[];
      reason?: string;
      today: string;
      /** SHA-256 of the department's contribution to the draw key (accepting only). */
      contributionCommitment?: string;
    }
  /** The lead goes on without participants silent past the response deadline (Gui'an 第四十条). */
  | { kind: 'RecordNonResponse'; taskId: string; by: Acting; departmentIds: string[]; today: string }
  | { kind: 'FreezePool'; taskId: string; by: Acting; position: number; now: string; today: string }
  | { kind: 'EnterBeaconValue'; taskId: string; by: Acting; value: string; now: string }
  | { kind: 'ConfirmBeaconValue'; taskId: string; by: Acting; value: string; now: string }
  | {
      kind: 'DrawEntities';
      taskId: string;
      by: Acting;
      /** The drawn ids not listed in parts before (all of them for a small draw). */
      entityIds: string[];
      draw: Record<string, unknown>;
      /** A large draw: its id and how many DrawnEntitiesListed parts precede it. */
      drawId?: string;
      parts?: number;
    }
  | {
      kind: 'ListDrawnEntities';
      taskId: string;
      by: Acting;
      drawId: string;
      part: number;
      parts: number;
      entityIds: string[];
    }
  | {
      kind: 'DrawInspectors';
      taskId: string;
      by: Acting;
      /** Per entity: the department's inspectors, and (lead department only) the leader. */
      assignments: { entityId: string; inspectorIds: string[]; leaderId?: string }[];
      inspectors: InspectorFact[];
      draw: Record<string, unknown>;
      /** Policy: members need 执法资格 valid through the task's window (ENFORCEMENT_QUALIFICATION). */
      enforcementRequired?: boolean;
    }
  /** A department's experts and auxiliaries beside the teams, drawn or appointed; once. */
  | {
      kind: 'DrawExperts';
      taskId: string;
      by: Acting;
      assignments: { entityId: string; expertIds: string[] }[];
      appointed: { entityId: string; inspectorId: string; reason: string }[];
      inspectors: InspectorFact[];
      draw: Record<string, unknown>;
    }
  | { kind: 'LockTask'; taskId: string; by: Acting }
  | {
      kind: 'RequestInspectorReplacement';
      taskId: string;
      by: Acting;
      requestId: string;
      entityId: string;
      outInspectorId: string;
      inInspectorId: string;
      reason: ReplacementReason;
      note: string;
      incoming?: InspectorFact;
      /** Whether the newcomer needs 执法资格 valid through the window (ENFORCEMENT_QUALIFICATION). */
      enforcementRequired?: boolean;
    }
  | {
      kind: 'RequestEntityWithdrawal';
      taskId: string;
      by: Acting;
      requestId: string;
      entityId: string;
      reason: EntityWithdrawalReason;
      note: string;
      /** Fact: the entity is deregistered in the directory (required for the reason 'deregistered'). */
      entityDeregistered?: boolean;
    }
  | {
      kind: 'RequestCorrection';
      taskId: string;
      by: Acting;
      requestId: string;
      entityId: string;
      corrected: InspectionResult;
      reason: string;
      objectionId?: string;
      today: string;
    }
  | {
      kind: 'DecideRequest';
      taskId: string;
      by: Acting;
      requestId: string;
      approve: boolean;
      /** The kind of request the route decides (a head decides replacements and withdrawals, a principal corrections). */
      expectedKind?: PendingRequest['kind'];
      reply: string;
      today: string;
      /** The incoming inspector as of now (a replacement is checked again when approved). */
      incoming?: InspectorFact;
      /** Whether the newcomer needs 执法资格 valid through the window (ENFORCEMENT_QUALIFICATION). */
      enforcementRequired?: boolean;
    }
  | {
      kind: 'EnterResult';
      taskId: string;
      by: Acting;
      /** The inspector of the directory who enters: the acting user's linked inspector. */
      inspectorId: string;
      entityId: string;
      result: InspectionResult;
      today: string;
    }
  | {
      kind: 'PublishResult';
      taskId: string;
      by: Acting;
      entityId: string;
      today: string;
      due: WorkingDayDate;
    }
  | {
      /** On the entity's application, once the legal period of publication is over (信用修复). */
      kind: 'StopPublicDisclosure';
      taskId: string;
      by: Acting;
      entityId: string;
      application: string;
      today: string;
      /** Years a result stays public before it may be withdrawn from view (policy). */
      periodYears: number;
    }
  | {
      kind: 'FileObjection';
      taskId: string;
      by: Acting;
      objectionId: string;
      entityId: string;
      departmentId: string;
      /** `{ grounds }`, sealed under the inspection's key. */
      sealed: SealedText;
      today: string;
      reviewDue: WorkingDayDate;
    }
  | {
      kind: 'ReviewObjection';
      taskId: string;
      by: Acting;
      objectionId: string;
      upheld: boolean;
      reply: string;
      today: string;
      /** The day by which the business is told the outcome (today + the notice deadline). */
      noticeDue: WorkingDayDate;
    }
  | {
      kind: 'NotifyObjectionOutcome';
      taskId: string;
      by: Acting;
      objectionId: string;
      means: ObjectionNoticeMeans;
      today: string;
    }
  | {
      kind: 'RecordFollowUp';
      taskId: string;
      by: Acting;
      followUpId: string;
      entityId: string;
      followUp: FollowUpKind;
      /** `{ detail }`, sealed under the inspection's key. */
      sealed: SealedText;
      toDepartmentId?: string;
    }
  | {
      kind: 'RequestNonPublication';
      taskId: string;
      by: Acting;
      requestId: string;
      entityId: string;
      ground: NonPublicationGround;
      legalBasis: string;
    }
  | {
      kind: 'EnterRectificationResult';
      taskId: string;
      by: Acting;
      rectificationId: string;
      /** The acting user's inspector when they enter as a team member; absent for the department's operator. */
      inspectorId?: string;
      entityId: string;
      rectified: boolean;
      findings: string;
      rectifiedOn: string;
      today: string;
    }
  | { kind: 'CancelTask'; taskId: string; by: Acting; reason: string }
  /** After the pool is frozen a task is cancelled only on its principal's approval of this request. */
  | { kind: 'RequestCancellation'; taskId: string; by: Acting; requestId: string; reason: string }
  /** The lead asks to move a locked task's window (延迟; Yuanqu 二(三)); a head of the lead decides. */
  | {
      kind: 'RequestPostponement';
      taskId: string;
      by: Acting;
      requestId: string;
      window: DateWindow;
      reason: string;
      today: string;
    }
  /** The lead hands an entity that moved away over to the department of its new region (Yiyuan 二十八). */
  | {
      kind: 'HandOverEntity';
      taskId: string;
      by: Acting;
      entityId: string;
      toDepartmentId: string;
      /** Fact: the receiving department's region. */
      toRegionCode: string;
      note: string;
    }
  /** The receiving department takes a handed-over entity into one of its tasks, or declines with a reason. */
  | {
      kind: 'AnswerHandOver';
      taskId: string;
      by: Acting;
      entityId: string;
      taken: boolean;
      intoTaskId?: string;
      reason?: string;
      /** Fact: the task it is taken into, as the read model has it. */
      intoTask?: { leadDepartmentId: string; participantIds: string[]; status: string };
    }
  /** An administrator erases one inspection's personal text (its key is destroyed with it). */
  | { kind: 'ErasePersonalText'; taskId: string; by: Acting; entityId: string; reason: string }
  /** Records an agreed visit in the task (sent by the api once the visit is confirmed; ADR 39). */
  | JoinVisit
  /** Attaches a stored file to a result, objection, follow-up or correction (ADR 47). */
  | AttachEvidence;
