import { deciderSpecification } from '../testing/decider-specification';
import { referralDecider } from './referral';
import type { ReferralCommand, ReferralEvent } from './referral-events';

const spec = deciderSpecification(referralDecider);
const referralId = 'r-1';
const due = (date: string) => ({ date, provisional: false, unknownYears: [] });
const market = { actorId: 'u-market', departmentId: 'dept-market' };
const health = { actorId: 'u-health', departmentId: 'dept-health' };
const result = { taskId: 't-1', entityId: 'e-1', departmentId: 'dept-market' };

const create = (
  over: Partial<Extract<ReferralCommand, { kind: 'CreateReferral' }>> = {},
): ReferralCommand => ({
  kind: 'CreateReferral',
  referralId,
  by: market,
  result,
  taskId: 't-1',
  entityId: 'e-1',
  to: { departmentId: 'dept-health', disabled: false },
  toDepartmentId: 'dept-health',
  referralKind: 'referral',
  reason: '发现无证经营线索',
  today: '2026-06-01',
  acceptDue: due('2026-06-10'),
  ...over,
});
const created: ReferralEvent = {
  type: 'ReferralCreated',
  data: {
    referralId,
    taskId: 't-1',
    entityId: 'e-1',
    fromDepartmentId: 'dept-market',
    toDepartmentId: 'dept-health',
    referralKind: 'referral',
    reason: '发现无证经营线索',
    referredBy: 'u-market',
    referredOn: '2026-06-01',
    acceptDue: due('2026-06-10'),
  },
};
const accepted: ReferralEvent = {
  type: 'ReferralAccepted',
  data: {
    referralId,
    taskId: 't-1',
    entityId: 'e-1',
    departmentId: 'dept-health',
    acceptedBy: 'u-health',
    acceptedOn: '2026-06-03',
    late: false,
    outcomeDue: due('2026-07-01'),
  },
};
const accept = (today: string): ReferralCommand => ({
  kind: 'AcceptReferral',
  referralId,
  by: health,
  today,
  outcomeDue: due('2026-07-01'),
});
const outcome = (
  over: Partial<Extract<ReferralCommand, { kind: 'RecordReferralOutcome' }>> = {},
): ReferralCommand => ({
  kind: 'RecordReferralOutcome',
  referralId,
  by: health,
  today: '2026-06-20',
  outcome: 'caseFiled',
  decidedOn: '2026-06-18',
  notes: '已立案调查',
  caseNumber: '卫罚〔2026〕12号',
  ...over,
});
const caseFiled: ReferralEvent = {
  type: 'ReferralOutcomeRecorded',
  data: {
    referralId,
    taskId: 't-1',
    entityId: 'e-1',
    departmentId: 'dept-health',
    decidedBy: 'u-health',
    outcome: 'caseFiled',
    decidedOn: '2026-06-18',
    notes: '已立案调查',
    caseNumber: '卫罚〔2026〕12号',
    recordedOn: '2026-06-20',
    late: false,
  },
};

describe('referral: created from a result', () => {
  it('the result’s department refers it to another department: ReferralCreated with its accept deadline', () => {
    spec.given([]).when(create()).then([created]);
  });
  it('a transfer (转办) is recorded as such', () => {
    spec
      .given([])
      .when(create({ referralKind: 'transfer' }))
      .then([{ ...created, data: { ...created.data, referralKind: 'transfer' } }]);
  });
  it('refuses a second creation under the same id: REFERRAL_ALREADY_EXISTS', () => {
    spec.given([created]).when(create()).thenRejects('REFERRAL_ALREADY_EXISTS');
  });
  it('refuses without a result of the entity in the task: REFERRAL_RESULT_NOT_FOUND', () => {
    spec
      .given([])
      .when(create({ result: undefined }))
      .thenRejects('REFERRAL_RESULT_NOT_FOUND');
  });
  it('refuses another department than the result’s: NOT_THE_RESULT_DEPARTMENT', () => {
    spec
      .given([])
      .when(create({ by: health, to: { departmentId: 'dept-tax', disabled: false } }))
      .thenRejects('NOT_THE_RESULT_DEPARTMENT');
  });
  it('refuses a department that is not registered: DEPARTMENT_NOT_FOUND', () => {
    spec
      .given([])
      .when(create({ to: undefined, toDepartmentId: 'dept-x' }))
      .thenRejects('DEPARTMENT_NOT_FOUND');
  });
  it('refuses a disabled department: DEPARTMENT_DISABLED', () => {
    spec
      .given([])
      .when(create({ to: { departmentId: 'dept-health', disabled: true } }))
      .thenRejects('DEPARTMENT_DISABLED');
  });
  it('refuses the department’s own: REFERRAL_TO_OWN_DEPARTMENT', () => {
    spec
      .given([])
      .when(create({ to: { departmentId: 'dept-market', disabled: false } }))
      .thenRejects('REFERRAL_TO_OWN_DEPARTMENT');
  });
  it('refuses a blank reason: REFERRAL_REASON_REQUIRED', () => {
    spec
      .given([])
      .when(create({ reason: '  ' }))
      .thenRejects('REFERRAL_REASON_REQUIRED');
  });
});

describe('referral: accepted or returned by the receiving department', () => {
  it('accepts in time: ReferralAccepted, not late, with the outcome deadline', () => {
    spec.given([created]).when(accept('2026-06-03')).then([accepted]);
  });
  it('accepts after the deadline: recorded, marked late', () => {
    spec
      .given([created])
      .when(accept('2026-06-11'))
      .then([{ ...accepted, data: { ...accepted.data, acceptedOn: '2026-06-11', late: true } }]);
  });
  it('returns it with a reason: ReferralReturned', () => {
    spec
      .given([created])
      .when({
        kind: 'ReturnReferral',
        referralId,
        by: health,
        today: '2026-06-02',
        reason: '不属于本部门职责',
      })
      .then([
        {
          type: 'ReferralReturned',
          data: {
            referralId,
            taskId: 't-1',
            entityId: 'e-1',
            departmentId: 'dept-health',
            returnedBy: 'u-health',
            returnedOn: '2026-06-02',
            reason: '不属于本部门职责',
            late: false,
          },
        },
      ]);
  });
  it('refuses a return without a reason: REFERRAL_REASON_REQUIRED', () => {
    spec
      .given([created])
      .when({ kind: 'ReturnReferral', referralId, by: health, today: '2026-06-02', reason: '' })
      .thenRejects('REFERRAL_REASON_REQUIRED');
  });
  it('refuses an unknown referral: REFERRAL_NOT_FOUND', () => {
    spec.given([]).when(accept('2026-06-03')).thenRejects('REFERRAL_NOT_FOUND');
  });
  it('refuses any other department, the sender too: NOT_THE_RECEIVING_DEPARTMENT', () => {
    spec
      .given([created])
      .when({ ...accept('2026-06-03'), by: market })
      .thenRejects('NOT_THE_RECEIVING_DEPARTMENT');
  });
  it('refuses a second answer: REFERRAL_NOT_PENDING', () => {
    spec.given([created, accepted]).when(accept('2026-06-04')).thenRejects('REFERRAL_NOT_PENDING');
    spec
      .given([created, accepted])
      .when({ kind: 'ReturnReferral', referralId, by: health, today: '2026-06-04', reason: '退回' })
      .thenRejects('REFERRAL_NOT_PENDING');
  });
});

describe('referral: its outcome', () => {
  it('a case filed with its number: ReferralOutcomeRecorded', () => {
    spec.given([created, accepted]).when(outcome()).then([caseFiled]);
  });
  it('after a case filed, its final outcome (a penalty) may follow, once', () => {
    const penalty = outcome({
      outcome: 'penalty',
      caseNumber: undefined,
      decidedOn: '2026-06-25',
      today: '2026-06-25',
      notes: '罚款',
    });
    spec
      .given([created, accepted, caseFiled])
      .when(penalty)
      .then([
        {
          type: 'ReferralOutcomeRecorded',
          data: {
            referralId,
            taskId: 't-1',
            entityId: 'e-1',
            departmentId: 'dept-health',
            decidedBy: 'u-health',
            outcome: 'penalty',
            decidedOn: '2026-06-25',
            notes: '罚款',
            recordedOn: '2026-06-25',
            late: false,
          },
        },
      ]);
    const penalised: ReferralEvent = {
      ...caseFiled,
      data: { ...caseFiled.data, outcome: 'penalty' },
    };
    spec
      .given([created, accepted, caseFiled, penalised])
      .when(penalty)
      .thenRejects('REFERRAL_ALREADY_DECIDED');
  });
  it('the first outcome after its deadline is marked late', () => {
    spec
      .given([created, accepted])
      .when(
        outcome({
          outcome: 'noViolation',
          caseNumber: undefined,
          today: '2026-07-02',
          decidedOn: '2026-07-02',
        }),
      )
      .then([
        {
          type: 'ReferralOutcomeRecorded',
          data: {
            referralId,
            taskId: 't-1',
            entityId: 'e-1',
            departmentId: 'dept-health',
            decidedBy: 'u-health',
            outcome: 'noViolation',
            decidedOn: '2026-07-02',
            notes: '已立案调查',
            recordedOn: '2026-07-02',
            late: true,
          },
        },
      ]);
  });
  it('refuses a second case filing: REFERRAL_CASE_ALREADY_FILED', () => {
    spec.given([created, accepted, caseFiled]).when(outcome()).thenRejects('REFERRAL_CASE_ALREADY_FILED');
  });
  it('refuses an outcome before acceptance: REFERRAL_NOT_ACCEPTED', () => {
    spec.given([created]).when(outcome()).thenRejects('REFERRAL_NOT_ACCEPTED');
  });
  it('refuses an outcome of a returned referral: REFERRAL_NOT_ACCEPTED', () => {
    const returned: ReferralEvent = {
      type: 'ReferralReturned',
      data: {
        referralId,
        taskId: 't-1',
        entityId: 'e-1',
        departmentId: 'dept-health',
        returnedBy: 'u-health',
        returnedOn: '2026-06-02',
        reason: 'x',
        late: false,
      },
    };
    spec.given([created, returned]).when(outcome()).thenRejects('REFERRAL_NOT_ACCEPTED');
  });
  it('refuses a case filed without its number: REFERRAL_CASE_NUMBER_REQUIRED', () => {
    spec
      .given([created, accepted])
      .when(outcome({ caseNumber: ' ' }))
      .thenRejects('REFERRAL_CASE_NUMBER_REQUIRED');
  });
  it('refuses a day that is not real: REFERRAL_DATE_OUT_OF_RANGE', () => {
    spec
      .given([created, accepted])
      .when(outcome({ decidedOn: '2026-02-30' }))
      .thenRejects('REFERRAL_DATE_OUT_OF_RANGE');
  });
  it('refuses a day before acceptance: REFERRAL_OUTCOME_BEFORE_ACCEPTANCE', () => {
    spec
      .given([created, accepted])
      .when(outcome({ decidedOn: '2026-06-02' }))
      .thenRejects('REFERRAL_OUTCOME_BEFORE_ACCEPTANCE');
  });
  it('refuses a day after today: REFERRAL_OUTCOME_IN_FUTURE', () => {
    spec
      .given([created, accepted])
      .when(outcome({ decidedOn: '2026-06-21' }))
      .thenRejects('REFERRAL_OUTCOME_IN_FUTURE');
  });
  it('refuses another department: NOT_THE_RECEIVING_DEPARTMENT', () => {
    spec
      .given([created, accepted])
      .when(outcome({ by: market }))
      .thenRejects('NOT_THE_RECEIVING_DEPARTMENT');
  });
});
