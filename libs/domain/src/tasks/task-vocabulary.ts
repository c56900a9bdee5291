import type { WorkingDayDate } from '../calendar/working-day-calendar';
import type { DateWindow, TargetCriteria } from '../plans/plan';
import type { CreditRisk, InspectionMethod } from '../registers/vocabulary';
import type { SealedText, Withheld } from './personal-text';

/** Result categories as officials record them (national credit publicity system's list). */
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

/** Results that found nothing wrong; every other category counts as a problem found. */
export const NO_PROBLEM_CATEGORIES: readonly ResultCategory[] = ['no_issue_found', 'compliant'];

export const REPLACEMENT_REASONS = ['post_change', 'work_conflict', 'health', 'recusal', 'other'] as const;
export type ReplacementReason = (typeof REPLACEMENT_REASONS)[number];

export const ENTITY_WITHDRAWAL_REASONS = ['deregistered', 'moved_away', 'other'] as const;
export type EntityWithdrawalReason = (typeof ENTITY_WITHDRAWAL_REASONS)[number];

/** How the business was told the outcome of its objection's review (Yiyuan 二十七 "反馈检查对象"). */
export const OBJECTION_NOTICE_MEANS = ['written', 'in_person', 'phone', 'sms', 'online'] as const;
export type ObjectionNoticeMeans = (typeof OBJECTION_NOTICE_MEANS)[number];

/**
 * Why a result is not published (Gui'an 第四十三、四十六条: 涉密、不适合向社会公示; trade secrets and
 * privacy). The request also names the legal provision in words.
 */
export const NON_PUBLICATION_GROUNDS = [
  'state_secret',
  'trade_secret',
  'personal_privacy',
  'other_law',
] as const;
export type NonPublicationGround = (typeof NON_PUBLICATION_GROUNDS)[number];

export const FOLLOW_UP_KINDS = ['referral', 'abnormal_listing', 'case_filed', 'judicial_transfer'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export interface Participant {
  departmentId: string;
  itemIds: string[];
}

export interface Sampling {
  ratio?: number;
  count?: number;
  /** Ratio per credit-risk class, when the plan sets one. */
  byCreditRisk?: Partial<Record<CreditRisk, number>>;
}

export interface ItemFinding {
  itemId: string;
  finding: string;
  compliant?: boolean;
}

/**
 * What an inspector records for one entity and their department. The witness and the notes may
 * carry third parties' personal data: the log holds them only in `sealed` (events recorded before
 * sealing hold them in clear); answers carry them opened for the readers allowed, or `withheld`.
 */
export interface InspectionResult {
  category: ResultCategory;
  /** How it was inspected (Gui'an 第十三条); absent in results entered before it was recorded. */
  method?: InspectionMethod;
  itemFindings: ItemFinding[];
  inspectedOn: string;
  signatureRefused?: boolean;
  witness?: string;
  notes?: string;
  /** `{ witness?, notes? }`, sealed under the inspection's key (personal-text.ts). */
  sealed?: SealedText;
  /** In answers only: why `witness` and `notes` are left out. */
  withheld?: Withheld;
}

export interface TeamMember {
  inspectorId: string;
  departmentId: string;
}

/** An expert or auxiliary beside a team: drawn from the expert pool, or appointed with a reason. */
export interface TeamExpert extends TeamMember {
  appointedReason?: string;
}

export interface Team {
  /** The 执法人员 (with 执法资格 when the deployment requires it): at least two count. */
  members: TeamMember[];
  leaderId?: string;
  /** Experts and auxiliaries: never counted toward the two. */
  experts?: TeamExpert[];
}

/** The acting official, as far as the rules need them (roles are checked at the API). */
export interface Acting {
  actorId: string;
  departmentId: string;
}

export type { DateWindow, TargetCriteria, WorkingDayDate };
