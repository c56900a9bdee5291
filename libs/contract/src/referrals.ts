import type { Deadline } from './overdue';

/** A referral's outcome as recorded (POST /api/referrals/:id/outcome). */
export interface ReferralOutcomeEntry {
  outcome: 'caseFiled' | 'penalty' | 'rectified' | 'noViolation' | 'judicialTransfer';
  decidedOn: string;
  notes: string;
  caseNumber?: string;
  decidedBy: string;
  recordedOn: string;
  late: boolean;
}

/** GET /api/referrals/:id and each item of GET /api/referrals: a referral with its state and deadlines. */
export interface ReferralAnswer {
  id: string;
  taskId: string;
  entityId: string;
  fromDepartmentId: string;
  toDepartmentId: string;
  referralKind: 'referral' | 'transfer';
  reason: string;
  state: 'sent' | 'accepted' | 'returned' | 'caseFiled' | 'decided';
  referredBy: string;
  referredOn: string;
  acceptDue: string;
  acceptedBy?: string;
  acceptedOn?: string;
  acceptedLate?: boolean;
  outcomeDue?: string;
  returnedBy?: string;
  returnedOn?: string;
  returnReason?: string;
  outcomes: ReferralOutcomeEntry[];
  /** Deadlines counted on entry years not in the calendar yet. */
  provisional: boolean;
}

/** The states of an overdue referral (GET /api/overdue-referrals). */
export const REFERRAL_DEADLINE_STATES = [
  'not-answered',
  'answered-late',
  'no-outcome',
  'outcome-late',
] as const;
export type ReferralDeadlineState = (typeof REFERRAL_DEADLINE_STATES)[number];

/** GET /api/overdue-referrals: a referral not answered, or without its outcome, by its deadline. */
export interface OverdueReferral extends Deadline {
  referralId: string;
  taskId: string;
  entityId: string;
  fromDepartmentId: string;
  /** The receiving department: it owes the answer and the outcome. */
  departmentId: string;
  deadline: 'accept' | 'outcome';
  state: ReferralDeadlineState;
  /** Working days past the due date (as of the day asked, or to the late act). */
  workingDaysOverdue: number;
}

/** GET /api/statistics `referrals`: the year's referrals by state, and those overdue as of the day. */
export interface ReferralFigures {
  sent: number;
  byState: Record<ReferralAnswer['state'], number>;
  /** Past a deadline and not done: not answered, or accepted without an outcome. */
  overdue: number;
}
