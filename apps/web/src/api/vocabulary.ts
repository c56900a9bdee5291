/**
 * The api's words (docs/api.md, "Vocabulary"). The lists the domain defines are taken from
 * libs/domain's vocabulary files themselves (pure TypeScript, no imports at run time), so there is
 * one source of truth; only the words the domain keeps as plain strings are listed here.
 */
export {
  ENTITY_WITHDRAWAL_REASONS,
  FOLLOW_UP_KINDS,
  REPLACEMENT_REASONS,
  RESULT_CATEGORIES,
  type EntityWithdrawalReason,
  type FollowUpKind,
  type ReplacementReason,
  type ResultCategory,
} from '@app/domain/tasks/task-vocabulary';
export {
  CREDIT_RISK_CLASSES,
  ENTITY_KINDS,
  INSPECTION_METHODS,
  INSPECTOR_CATEGORIES,
  INSPECTOR_STATUSES,
  ITEM_CLASSES,
  KINDS_WITH_USCC,
  type CreditRisk,
  type EntityKind,
  type InspectionMethod,
  type InspectorCategory,
  type InspectorStatus,
  type ItemClass,
} from '@app/domain/registers/vocabulary';

export const SCALES = ['large', 'medium', 'small', 'micro'] as const;
export type Scale = (typeof SCALES)[number];

export const ITEM_STATUSES = ['active', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ENTITY_STATUSES = ['registered', 'deregistered'] as const;
export type EntityStatus = (typeof ENTITY_STATUSES)[number];

export const TASK_STATUSES = ['initiated', 'locked', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const PLAN_STATUSES = ['draft', 'published', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Whether a value is one of a vocabulary's words (the api may answer words newer than this console). */
export function isOneOf<T extends string>(words: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (words as readonly string[]).includes(value);
}
