import type { DomainEvent } from '../domain-event';
import type { Acting, WorkingDayDate } from '../tasks/task-vocabulary';

/** 移送 (a case for the receiving department to investigate) or 转办 (a matter handed on to handle). */
export const REFERRAL_KINDS = ['referral', 'transfer'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

/**
 * What the receiving department did about it (Yiyuan 二十九; Anhui standard 后续处理): a case filed
 * (立案, with its number; a final outcome may follow), a penalty, rectified, no violation found, or
 * transferred to judicial organs (移送司法机关).
 */
export const REFERRAL_OUTCOMES = [
  'caseFiled',
  'penalty',
  'rectified',
  'noViolation',
  'judicialTransfer',
] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

/** Bounds of a referral's texts (the api checks the same, and answers 400 with the field). */
export const REFERRAL_TEXT_MAX = 2000;
export const REFERRAL_CASE_NUMBER_MAX = 100;

/** The result the referral is made from, as the task's history holds it (absent: no such result). */
export interface ReferralResultFacts {
  taskId: string;
  entityId: string;
  /** The department that entered the result. */
  departmentId: string;
}

/** The department addressed, as its stream holds it (absent: not registered). */
export interface ReferralTargetFacts {
  departmentId: string;
  disabled: boolean;
}

type E<T extends string, D extends object> = DomainEvent<T, { referralId: string } & D>;

/** A referral's stream, `referral-<id>` (ADR 50). */
export type ReferralEvent =
  | E<
      'ReferralCreated',
      {
        taskId: string;
        entityId: string;
        fromDepartmentId: string;
        toDepartmentId: string;
        referralKind: ReferralKind;
        reason: string;
        referredBy: string;
        referredOn: string;
        /** REFERRAL_ACCEPT_WORKING_DAYS after `referredOn`. */
        acceptDue: WorkingDayDate;
      }
    >
  | E<
      'ReferralAccepted',
      {
        /** The task and entity, so the accountability rows of the entity list every step. */
        taskId: string;
        entityId: string;
        departmentId: string;
        acceptedBy: string;
        acceptedOn: string;
        late: boolean;
        /** REFERRAL_OUTCOME_WORKING_DAYS after `acceptedOn`. */
        outcomeDue: WorkingDayDate;
      }
    >
  | E<
      'ReferralReturned',
      {
        taskId: string;
        entityId: string;
        departmentId: string;
        returnedBy: string;
        returnedOn: string;
        reason: string;
        late: boolean;
      }
    >
  | E<
      'ReferralOutcomeRecorded',
      {
        taskId: string;
        entityId: string;
        departmentId: string;
        decidedBy: string;
        outcome: ReferralOutcome;
        /** The day the case was filed, the penalty decided, … */
        decidedOn: string;
        notes: string;
        caseNumber?: string;
        recordedOn: string;
        late: boolean;
      }
    >;

export type ReferralCommand =
  | {
      kind: 'CreateReferral';
      referralId: string;
      by: Acting;
      result: ReferralResultFacts | undefined;
      /** The task and entity the caller named (for the refusal when the result is absent). */
      taskId: string;
      entityId: string;
      to: ReferralTargetFacts | undefined;
      toDepartmentId: string;
      referralKind: ReferralKind;
      reason: string;
      today: string;
      acceptDue: WorkingDayDate;
    }
  | { kind: 'AcceptReferral'; referralId: string; by: Acting; today: string; outcomeDue: WorkingDayDate }
  | { kind: 'ReturnReferral'; referralId: string; by: Acting; today: string; reason: string }
  | {
      kind: 'RecordReferralOutcome';
      referralId: string;
      by: Acting;
      today: string;
      outcome: ReferralOutcome;
      decidedOn: string;
      notes: string;
      caseNumber?: string;
    };

/** Where a referral stands: sent, accepted, returned, a case filed (a final outcome owed), or decided. */
export const REFERRAL_STATES = ['sent', 'accepted', 'returned', 'caseFiled', 'decided'] as const;
export type ReferralStatus = (typeof REFERRAL_STATES)[number];

export type ReferralState =
  | { status: 'absent' }
  | {
      status: ReferralStatus;
      taskId: string;
      entityId: string;
      fromDepartmentId: string;
      toDepartmentId: string;
      referredOn: string;
      acceptDue: string;
      acceptedOn?: string;
      outcomeDue?: string;
      outcomes: ReferralOutcome[];
    };
