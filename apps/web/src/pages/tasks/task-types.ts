import type {
  CreditRisk,
  EntityKind,
  FollowUpKind,
  Scale,
  ReplacementReason,
  TaskStatus,
  EntityWithdrawalReason,
} from '../../api/vocabulary';
import type {
  InspectionResult,
  Sampling,
  Team,
  WorkingDayDate,
} from '../../../../../libs/domain/src/tasks/task-vocabulary';

export type {
  InspectionResult,
  ItemFinding,
  Sampling,
  Team,
  WorkingDayDate,
} from '../../../../../libs/domain/src/tasks/task-vocabulary';

interface RequestBase {
  entityId: string;
  departmentId: string;
  requesterId: string;
  status: 'pending' | 'approved' | 'rejected';
}

export type TaskRequest =
  | (RequestBase & {
      kind: 'replacement';
      outInspectorId: string;
      inInspectorId: string;
      reason: ReplacementReason;
    })
  | (RequestBase & { kind: 'withdrawal'; reason: EntityWithdrawalReason })
  | (RequestBase & { kind: 'correction'; corrected: InspectionResult; reason: string; objectionId?: string });

export interface Objection {
  entityId: string;
  departmentId: string;
  status: 'filed' | 'reviewed';
  reviewDue: WorkingDayDate;
}

/** GET /api/tasks/:id: the task folded from its stream. */
export interface TaskState {
  id: string;
  status: TaskStatus;
  /** Absent from tasks folded by builds before the state carried it. */
  name?: string;
  planId?: string;
  adhocReason?: string;
  leadDepartmentId: string;
  participants: { departmentId: string; itemIds: string[] }[];
  itemIds: string[];
  criteria: Criteria;
  sampling: Sampling;
  seedCommitment: string;
  inspectorSeedCommitments: Record<string, string>;
  window: { from: string; to: string };
  responseDue: WorkingDayDate;
  responses: Record<string, { accepted: boolean; itemIds: string[]; late: boolean }>;
  entityIds: string[] | null;
  withdrawnEntityIds: string[];
  teams: Record<string, Team>;
  inspectorDrawsBy: string[];
  requests: Record<string, TaskRequest>;
  /** By `entityId|departmentId`. */
  entered: Record<string, { result: InspectionResult; inspectorId: string; entries: number }>;
  published: Record<string, InspectionResult>;
  publishedOn: Record<string, string>;
  disclosureStopped: Record<string, string>;
  objections: Record<string, Objection>;
}

export interface Criteria {
  kinds?: EntityKind[];
  regionCodes?: string[];
  industryCodes?: string[];
  tags?: string[];
  scales?: Scale[];
}

/** GET /api/tasks: a task as lists show it. */
export interface TaskSummary {
  id: string;
  name: string;
  planId: string | null;
  leadDepartmentId: string;
  participantIds: string[];
  status: TaskStatus;
  window: { from: string; to: string };
  entityCount: number;
  initiatedAt: string;
  updatedAt: string;
}

/** The record of the verifiable entity draw (EntitiesDrawn's `draw`; docs/draw.md). */
export interface EntityDrawRecord {
  algorithm: string;
  position: number;
  seed: string;
  seedCommitment: string;
  publicRandom: string;
  criteria: Criteria;
  sampling: Sampling;
  byCreditRisk: boolean;
  year: number;
  cap: number;
  keyItems: boolean;
  specialActionReason: string | null;
  exclusions: { deregistered: number; notMatchingCriteria: number; yearlyCap: number; capExemptions: number };
  quotas: Record<string, number>;
  poolSize: number;
  poolSizes: Record<string, number>;
  poolDigest: string;
  selectedDigest: string;
  selectedCount: number;
}

export interface DrawHints {
  checkedThisYear: { entityId: string; checks: number }[];
  overlappingTasks: { entityId: string; taskIds: string[] }[];
}

/** POST /api/tasks/:id/draws/entities. */
export interface EntityDrawAnswer {
  taskId: string;
  drawn: number;
  entityIds: string[];
  record: EntityDrawRecord;
  hints: DrawHints;
}

/** GET /api/tasks/:id/draws/verify. */
export interface DrawVerification {
  verified: boolean;
  poolSize: number;
  poolDigest: string;
  selectedDigest: string;
  mismatches: string[];
}

/** A department's inspector draw record (InspectorsDrawn's `draw`). */
export interface InspectorDrawRecord {
  algorithm: string;
  seed: string;
  seedCommitment: string;
  position: number;
  departmentId: string;
  perEntity: number;
  candidates: number;
  fromNeighbours: { entityId: string; inspectorIds: string[] }[];
  appointed: { entityId: string; inspectorId: string; reason: string }[];
}

/** INSPECTOR_POOL_TOO_SMALL's details. */
export interface InspectorShortage {
  entityId: string;
  departmentId: string;
  needed: number;
  available: number;
}

/** GET /api/tasks/:id/history: one act. */
export interface HistoryEntry {
  revision: number;
  type: string;
  occurredAt: string;
  actor: { id: string; roles: string[]; departmentId: string };
  requesterId?: string;
  approverId?: string;
  reason?: string;
  entityId?: string;
  data: Record<string, unknown>;
}

/** A follow-up (FollowUpRecorded; not kept in the task's state). */
export interface FollowUp {
  entityId: string;
  departmentId: string;
  kind: FollowUpKind;
  detail: string;
  toDepartmentId?: string;
  occurredAt: string;
}

export type { Department } from '../../api/use-departments';

export interface CheckItem {
  id: string;
  departmentId: string;
  name: string;
  itemClass: 'A' | 'B' | 'C';
  status: 'active' | 'retired';
  targetKinds: string[];
  ratio?: number;
}

export interface Inspector {
  id: string;
  departmentId: string;
  name: string;
  category: string;
  regionCode: string;
  status: 'active' | 'suspended' | 'left';
}

export interface Entity {
  id: string;
  code: string;
  name: string;
  kind: string;
  regionCode: string;
  industryCode: string;
  creditRisk: CreditRisk;
  status: 'registered' | 'deregistered';
  abnormalList?: boolean;
  seriousViolationList?: boolean;
}

export interface Plan {
  id: string;
  year: number;
  name: string;
  leadDepartmentId: string;
  status: 'draft' | 'published' | 'closed';
  itemIds: string[];
  window: { from: string; to: string };
  everPublished: boolean;
}
