import type { FollowUpKind, Scale } from '../../api/vocabulary';
import type { TaskSummaryView } from '@app/projections/tasks/tasks.projection';
import type { KnownFields } from '../../api/server-types';
import type { HistoryEntry as ServerHistoryEntry } from '@app/contract';
import type { CheckItemView, EntityView, InspectorView, JointItemListView } from '../registers/views';
import type { Plan as FullPlan } from '../plans/plan-model';
import type { Objection, PendingRequest, TaskState as DomainTaskState } from '@app/domain/tasks/task-state';
import type { DateWindow, TargetCriteria } from '@app/domain/tasks/task-vocabulary';
import type { Withheld } from '@app/domain/tasks/personal-text';

export type { Withheld } from '@app/domain/tasks/personal-text';
export type {
  InspectionResult,
  ItemFinding,
  Sampling,
  Team,
  WorkingDayDate,
} from '@app/domain/tasks/task-vocabulary';

export type TaskRequest = PendingRequest;

export type { Objection };
export type { DrawHints, DrawVerification, EntityDrawAnswer } from '@app/contract';
export type { EntityDrawRecord, InspectorDrawRecord } from '@app/domain/draws/draw-records';
export type { InspectorShortage } from '@app/domain/draws/inspector-draw';

/** The domain keeps scales as plain strings; the console knows the words (api/vocabulary.ts). */
export type Criteria = Omit<TargetCriteria, 'scales'> & { scales?: Scale[] };

/**
 * GET /api/tasks/:id: the task folded from its stream, sent as `{ id, ...state }`; `name` is
 * optional because tasks folded by builds before the state carried it lack it (and `window` is a
 * plain object type so it can fill a message's parameters).
 */
export type TaskState = Omit<DomainTaskState, 'name' | 'criteria' | 'window'> & {
  id: string;
  name?: string;
  criteria: Criteria;
  window: Pick<DateWindow, keyof DateWindow>;
};

/** GET /api/tasks: a task as lists show it. */
export type TaskSummary = KnownFields<TaskSummaryView>;

/**
 * GET /api/tasks/:id/history: one act, with the fields the console reads (`data` as plain fields;
 * not the `position`, `recordedAt` and `state` each act also carries).
 */
export type HistoryEntry = Pick<
  ServerHistoryEntry<unknown>,
  'revision' | 'type' | 'occurredAt' | 'actor' | 'requesterId' | 'approverId' | 'reason' | 'entityId'
> & { data: Record<string, unknown> };

/** A follow-up (FollowUpRecorded; not kept in the task's state). */
export interface FollowUp {
  entityId: string;
  departmentId: string;
  kind: FollowUpKind;
  /** Absent when withheld from this reader, or erased (personal data). */
  detail?: string;
  withheld?: Withheld;
  toDepartmentId?: string;
  occurredAt: string;
}

export type { Department } from '../../api/use-departments';

/** The register fields the task pages read (pages/registers/views.ts, pages/plans/plan-model.ts). */
export type CheckItem = Pick<
  CheckItemView,
  'id' | 'departmentId' | 'name' | 'itemClass' | 'status' | 'targetKinds' | 'ratio'
>;

export type Inspector = Pick<
  InspectorView,
  'id' | 'departmentId' | 'name' | 'category' | 'regionCode' | 'status'
>;

export type Entity = Pick<
  EntityView,
  | 'id'
  | 'code'
  | 'name'
  | 'kind'
  | 'regionCode'
  | 'industryCode'
  | 'creditRisk'
  | 'status'
  | 'abnormalList'
  | 'seriousViolationList'
>;

export type Plan = Pick<
  FullPlan,
  | 'id'
  | 'year'
  | 'name'
  | 'leadDepartmentId'
  | 'cooperatingDepartmentIds'
  | 'status'
  | 'itemIds'
  | 'targetCriteria'
  | 'ratiosByCreditRisk'
  | 'window'
  | 'everPublished'
>;

/** A 一业一单 as the task and plan forms use it (GET /api/joint-item-lists). */
export type JointList = Pick<
  JointItemListView,
  'id' | 'industry' | 'leadDepartmentId' | 'departmentIds' | 'itemIds'
> &
  Partial<Pick<JointItemListView, 'version'>>;
