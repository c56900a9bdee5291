/**
 * The api's words (docs/api.md, "Vocabulary"). The lists the domain defines are taken from
 * libs/domain's vocabulary files themselves (pure TypeScript, no imports at run time), so there is
 * one source of truth.
 */
export {
  ENTITY_WITHDRAWAL_REASONS,
  FOLLOW_UP_KINDS,
  NON_PUBLICATION_GROUNDS,
  REPLACEMENT_REASONS,
  RESULT_CATEGORIES,
  type EntityWithdrawalReason,
  type FollowUpKind,
  type NonPublicationGround,
  type ReplacementReason,
  type ResultCategory,
} from '@app/domain/tasks/task-vocabulary';
export {
  CREDIT_RISK_CLASSES,
  ENTITY_KINDS,
  ENTITY_STATUSES,
  INSPECTION_METHODS,
  INSPECTOR_CATEGORIES,
  INSPECTOR_STATUSES,
  ITEM_CLASSES,
  ITEM_STATUSES,
  KINDS_WITH_USCC,
  SCALES,
  UNRECORDED_METHOD,
  type CreditRisk,
  type EntityKind,
  type EntityStatus,
  type InspectionMethod,
  type InspectorCategory,
  type InspectorStatus,
  type ItemClass,
  type ItemStatus,
  type Scale,
} from '@app/domain/registers/vocabulary';
export { PLAN_STATUSES, type PlanStatus } from '@app/domain/plans/plan';
export { TASK_STATUSES, type TaskStatus } from '@app/domain/tasks/task-state';

/** Whether a value is one of a vocabulary's words (the api may answer words newer than this console). */
export function isOneOf<T extends string>(words: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (words as readonly string[]).includes(value);
}
