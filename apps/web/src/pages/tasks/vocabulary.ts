/**
 * The api's words for tasks (docs/api.md; libs/domain's task and register vocabularies). The web
 * cannot import the domain library, so the lists are repeated here; vocabulary.spec.ts keeps them equal.
 */
export const RESULT_CATEGORIES = [
  'no_issue_found',
  'info_not_publicized',
  'unreachable_at_registered_address',
  'seriously_uncooperative',
  'no_relevant_business',
  'ordered_to_correct',
  'pending_investigation',
  'compliant',
  'non_compliant',
  'other',
] as const;
export type ResultCategory = (typeof RESULT_CATEGORIES)[number];

export const REPLACEMENT_REASONS = ['post_change', 'work_conflict', 'health', 'recusal', 'other'] as const;
export type ReplacementReason = (typeof REPLACEMENT_REASONS)[number];

export const WITHDRAWAL_REASONS = ['deregistered', 'moved_away', 'other'] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

export const FOLLOW_UP_KINDS = ['referral', 'abnormal_listing', 'case_filed', 'judicial_transfer'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const ENTITY_KINDS = [
  'enterprise',
  'individual_business',
  'other_body',
  'product',
  'project',
  'behaviour',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const SCALES = ['large', 'medium', 'small', 'micro'] as const;
export type Scale = (typeof SCALES)[number];

export const CREDIT_RISK_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type CreditRisk = (typeof CREDIT_RISK_CLASSES)[number];

export const TASK_STATUSES = ['initiated', 'locked', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
