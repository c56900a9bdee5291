import { isCalendarDateInRange } from '../calendar/calendar-date';
import type { Decider } from '../decider';
import { DomainError } from '../domain-error';
import type { ReferralCommand, ReferralEvent, ReferralState } from './referral-events';

type Command<K extends ReferralCommand['kind']> = Extract<ReferralCommand, { kind: K }>;
type Standing = Exclude<ReferralState, { status: 'absent' }>;

function reject(code: string, message: string, details: Record<string, unknown> = {}): never {
  throw new DomainError(code, message, details);
}

function assertReason(reason: string): void {
  if (reason.trim() === '') reject('REFERRAL_REASON_REQUIRED', 'A referral, or its return, says why');
}

function create(state: ReferralState, c: Command<'CreateReferral'>): ReferralEvent[] {
  if (state.status !== 'absent') reject('REFERRAL_ALREADY_EXISTS', `Referral ${c.referralId} exists`);
  const result = c.result;
  if (!result) {
    reject('REFERRAL_RESULT_NOT_FOUND', `No result of ${c.entityId} in task ${c.taskId}`, {
      taskId: c.taskId,
      entityId: c.entityId,
    });
  }
  if (result.departmentId !== c.by.departmentId) {
    reject('NOT_THE_RESULT_DEPARTMENT', 'A referral is made by the department that entered the result');
  }
  if (!c.to) {
    reject('DEPARTMENT_NOT_FOUND', `No department ${c.toDepartmentId}`, { departmentId: c.toDepartmentId });
  }
  if (c.to.disabled) {
    reject('DEPARTMENT_DISABLED', `Department ${c.to.departmentId} is disabled and receives nothing`, {
      departmentId: c.to.departmentId,
    });
  }
  if (c.to.departmentId === c.by.departmentId) {
    reject('REFERRAL_TO_OWN_DEPARTMENT', 'A referral goes to another department');
  }
  assertReason(c.reason);
  return [
    {
      type: 'ReferralCreated',
      data: {
        referralId: c.referralId,
        taskId: result.taskId,
        entityId: result.entityId,
        fromDepartmentId: c.by.departmentId,
        toDepartmentId: c.to.departmentId,
        referralKind: c.referralKind,
        reason: c.reason,
        referredBy: c.by.actorId,
        referredOn: c.today,
        acceptDue: c.acceptDue,
      },
    },
  ];
}

/** The referral as it stands, acted on by its receiving department only. */
function received(state: ReferralState, c: { referralId: string; by: { departmentId: string } }): Standing {
  if (state.status === 'absent') reject('REFERRAL_NOT_FOUND', `No referral ${c.referralId}`);
  if (state.toDepartmentId !== c.by.departmentId) {
    reject('NOT_THE_RECEIVING_DEPARTMENT', 'Only the department the referral is addressed to acts on it');
  }
  return state;
}

function pending(state: Standing, referralId: string): void {
  if (state.status !== 'sent') {
    reject('REFERRAL_NOT_PENDING', `Referral ${referralId} was ${state.status} already`, {
      status: state.status,
    });
  }
}

function accept(state: ReferralState, c: Command<'AcceptReferral'>): ReferralEvent[] {
  const referral = received(state, c);
  pending(referral, c.referralId);
  return [
    {
      type: 'ReferralAccepted',
      data: {
        referralId: c.referralId,
        taskId: referral.taskId,
        entityId: referral.entityId,
        departmentId: c.by.departmentId,
        acceptedBy: c.by.actorId,
        acceptedOn: c.today,
        late: c.today > referral.acceptDue,
        outcomeDue: c.outcomeDue,
      },
    },
  ];
}

function giveBack(state: ReferralState, c: Command<'ReturnReferral'>): ReferralEvent[] {
  const referral = received(state, c);
  pending(referral, c.referralId);
  assertReason(c.reason);
  return [
    {
      type: 'ReferralReturned',
      data: {
        referralId: c.referralId,
        taskId: referral.taskId,
        entityId: referral.entityId,
        departmentId: c.by.departmentId,
        returnedBy: c.by.actorId,
        returnedOn: c.today,
        reason: c.reason,
        late: c.today > referral.acceptDue,
      },
    },
  ];
}

function recordOutcome(state: ReferralState, c: Command<'RecordReferralOutcome'>): ReferralEvent[] {
  const referral = received(state, c);
  if (referral.status === 'decided') {
    reject('REFERRAL_ALREADY_DECIDED', `Referral ${c.referralId} has its outcome`);
  }
  if (referral.status !== 'accepted' && referral.status !== 'caseFiled') {
    reject('REFERRAL_NOT_ACCEPTED', `Referral ${c.referralId} is ${referral.status}: accept it first`, {
      status: referral.status,
    });
  }
  if (referral.status === 'caseFiled' && c.outcome === 'caseFiled') {
    reject('REFERRAL_CASE_ALREADY_FILED', 'The case is filed already: record what came of it');
  }
  if (c.outcome === 'caseFiled' && !c.caseNumber?.trim()) {
    reject('REFERRAL_CASE_NUMBER_REQUIRED', 'A case filed is recorded with its case number');
  }
  if (!isCalendarDateInRange(c.decidedOn)) {
    reject('REFERRAL_DATE_OUT_OF_RANGE', `${c.decidedOn} is not a real day`, { date: c.decidedOn });
  }
  if (c.decidedOn < (referral.acceptedOn ?? referral.referredOn)) {
    reject(
      'REFERRAL_OUTCOME_BEFORE_ACCEPTANCE',
      `Decided on ${c.decidedOn}, before the referral was accepted`,
      {
        acceptedOn: referral.acceptedOn,
      },
    );
  }
  if (c.decidedOn > c.today) reject('REFERRAL_OUTCOME_IN_FUTURE', `Decided on ${c.decidedOn}: after today`);
  const first = referral.outcomes.length === 0;
  return [
    {
      type: 'ReferralOutcomeRecorded',
      data: {
        referralId: c.referralId,
        taskId: referral.taskId,
        entityId: referral.entityId,
        departmentId: c.by.departmentId,
        decidedBy: c.by.actorId,
        outcome: c.outcome,
        decidedOn: c.decidedOn,
        notes: c.notes,
        ...(c.caseNumber ? { caseNumber: c.caseNumber } : {}),
        recordedOn: c.today,
        late: first && referral.outcomeDue !== undefined && c.today > referral.outcomeDue,
      },
    },
  ];
}

function evolve(state: ReferralState, event: ReferralEvent): ReferralState {
  if (event.type === 'ReferralCreated') {
    const d = event.data;
    return {
      status: 'sent',
      taskId: d.taskId,
      entityId: d.entityId,
      fromDepartmentId: d.fromDepartmentId,
      toDepartmentId: d.toDepartmentId,
      referredOn: d.referredOn,
      acceptDue: d.acceptDue.date,
      outcomes: [],
    };
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
    case 'ReferralAccepted':
      return {
        ...state,
        status: 'accepted',
        acceptedOn: event.data.acceptedOn,
        outcomeDue: event.data.outcomeDue.date,
      };
    case 'ReferralReturned':
      return { ...state, status: 'returned' };
    case 'ReferralOutcomeRecorded':
      return {
        ...state,
        status: event.data.outcome === 'caseFiled' ? 'caseFiled' : 'decided',
        outcomes: [...state.outcomes, event.data.outcome],
      };
  }
}

/**
 * A referral (移送) or transfer (转办) of an inspection's finding to another department, stream
 * `referral-<id>` (Yiyuan 二十九; ADR 50): sent, accepted or returned, then its outcome recorded.
 */
export const referralDecider: Decider<ReferralCommand, ReferralEvent, ReferralState> = {
  initialState: () => ({ status: 'absent' }),
  evolve,
  decide(command, state) {
    switch (command.kind) {
      case 'CreateReferral':
        return create(state, command);
      case 'AcceptReferral':
        return accept(state, command);
      case 'ReturnReferral':
        return giveBack(state, command);
      case 'RecordReferralOutcome':
        return recordOutcome(state, command);
    }
  },
};
