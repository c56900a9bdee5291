import type { PlanDeviation } from './plan-binding';
import type { BeaconRound } from '../draws/beacon';
import type {
  DateWindow,
  EntityWithdrawalReason,
  InspectionResult,
  NonPublicationGround,
  Participant,
  ReplacementReason,
  Sampling,
  TargetCriteria,
  Team,
  WorkingDayDate,
} from './task-vocabulary';

export const TASK_STATUSES = ['initiated', 'locked', 'cancelled'] as const;

export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface Response {
  accepted: boolean;
  itemIds: string[];
  late: boolean;
  /** Never answered: recorded by the lead after the deadline (no items, takes no part). */
  notAnswering?: { deadline: string; recordedOn: string };
}

export type PendingRequest =
  | {
      /** Going beyond the plan (asked at initiation with a reason): a head of the lead decides. */
      kind: 'beyond_plan';
      departmentId: string;
      reason: string;
      deviations: PlanDeviation[];
      requesterId: string;
      status: 'pending' | 'approved' | 'rejected';
    }
  | {
      kind: 'replacement';
      entityId: string;
      outInspectorId: string;
      inInspectorId: string;
      departmentId: string;
      reason: ReplacementReason;
      requesterId: string;
      status: 'pending' | 'approved' | 'rejected';
    }
  | {
      kind: 'withdrawal';
      entityId: string;
      departmentId: string;
      reason: EntityWithdrawalReason;
      requesterId: string;
      status: 'pending' | 'approved' | 'rejected';
    }
  | {
      kind: 'correction';
      entityId: string;
      departmentId: string;
      corrected: InspectionResult;
      reason: string;
      objectionId?: string;
      requesterId: string;
      status: 'pending' | 'approved' | 'rejected';
    }
  | {
      /** Keeping a result from publication (Gui'an 第四十三条): asked in its department, decided by a head. */
      kind: 'non_publication';
      entityId: string;
      departmentId: string;
      ground: NonPublicationGround;
      legalBasis: string;
      requesterId: string;
      status: 'pending' | 'approved' | 'rejected';
    }
  | {
      /** Moving a locked task's window: asked by the lead, decided by a head of the lead. */
      kind: 'postponement';
      departmentId: string;
      window: DateWindow;
      reason: string;
      requesterId: string;
      status: 'pending' | 'approved' | 'rejected';
    }
  | {
      /** Cancelling a task after its pool was frozen: asked by the lead, decided by its principal. */
      kind: 'cancellation';
      departmentId: string;
      reason: string;
      requesterId: string;
      status: 'pending' | 'approved' | 'rejected';
    };

export interface Rectification {
  rectificationId: string;
  rectified: boolean;
  findings: string;
  rectifiedOn: string;
  enteredBy: string;
}

export interface Objection {
  entityId: string;
  departmentId: string;
  status: 'filed' | 'reviewed' | 'notified';
  reviewDue: WorkingDayDate;
  noticeDue?: WorkingDayDate;
}

/** An entity that moved away, handed over to the department of its new region (Yiyuan 二十八). */
export interface HandOver {
  toDepartmentId: string;
  toRegionCode: string;
  status: 'awaiting' | 'taken' | 'declined';
  intoTaskId?: string;
}

export interface TaskState {
  status: TaskStatus;
  name: string;
  planId?: string;
  /** Why a task outside any plan was needed. */
  adhocReason?: string;
  /** The 一业一单 version the departments and items were filled from. */
  jointList?: { listId: string; version: number };
  /** The joint office that initiated the task (Gui'an 第39条); it may cancel it before the pool is frozen. */
  initiatedByOffice?: { officeId: string };
  leadDepartmentId: string;
  participants: Participant[];
  itemIds: string[];
  criteria: TargetCriteria;
  sampling: Sampling;
  seedCommitment: string;
  inspectorSeedCommitments: Record<string, string>;
  window: DateWindow;
  responseDue: WorkingDayDate;
  responses: Record<string, Response>;
  entityIds: string[] | null;
  /** Parts of a large draw recorded so far (before its EntitiesDrawn). */
  drawParts: { drawId: string; parts: Record<number, string[]> } | null;
  /** The entity draw as recorded by its EntitiesDrawn: the record, and the id and parts of a large draw. */
  draw?: { record: Record<string, unknown>; drawId?: string; parts?: number };
  withdrawnEntityIds: string[];
  /** Team per entity, merged from each department's inspector draw. */
  teams: Record<string, Team>;
  inspectorDrawsBy: string[];
  /** Departments that drew (or appointed) their experts; absent in states from before experts. */
  expertDrawsBy?: string[];
  requests: Record<string, PendingRequest>;
  /** Latest entered result per `entityId|departmentId`, and how many entries it took. */
  entered: Record<string, { result: InspectionResult; inspectorId: string; entries: number }>;
  published: Record<string, InspectionResult>;
  /** The day each result was first published, by `entityId|departmentId`. */
  publishedOn: Record<string, string>;
  /** Results withdrawn from public view after the period of publication, and the day. */
  disclosureStopped: Record<string, string>;
  objections: Record<string, Objection>;
  /** 整改 follow-up results per published result, by `entityId|departmentId`, oldest first (absent in older states). */
  rectifications?: Record<string, Rectification[]>;
  /** Results kept from publication with approval, by `entityId|departmentId` (absent in older states). */
  notForPublication?: Record<string, { ground: NonPublicationGround; approvedOn: string }>;
  /** The beacon round the draw waits for, or why it does without one (neither on older tasks). */
  beacon?: BeaconRound;
  operatorTrusted?: { reason: string };
  /** Each accepting participant's committed contribution to the draw key. */
  contributionCommitments?: Record<string, string>;
  /** The pool's position P, fixed before the beacon's publication. */
  poolFrozen?: { position: number; frozenAt: string };
  /** The beacon's value as entered, and its confirmation by a second official. */
  beaconValue?: { value: string; enteredBy: string; departmentId: string; confirmed: boolean };
  /** Hand-overs of entities that moved away, by entity (absent while there is none). */
  handOvers?: Record<string, HandOver>;
  /** The agreed visit each entity is inspected in, by entity (absent while there is none; ADR 39). */
  visits?: Record<string, string>;
  /** Entities whose inspection's personal text was erased; absent while there is none (older states lack it). */
  personalTextErased?: string[];
  /** Follow-ups and rectifications by id, whose evidence may be added (absent in older states). */
  followUps?: Record<string, { entityId: string; departmentId: string }>;
  /** Hashes of the evidence attached, by target (evidenceTargetKey); absent while there is none. */
  evidence?: Record<string, string[]>;
}

export type InspectionTaskState = { status: 'absent' } | TaskState;

export const resultKey = (entityId: string, departmentId: string): string => `${entityId}|${departmentId}`;
