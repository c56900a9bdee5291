import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import {
  NOTICE_DUE,
  TASK_ID,
  histories,
  notifyObjectionOutcome,
  objectionFiled,
  objectionOutcomeNotified,
  objectionReviewed,
  reviewObjection,
  xfClerk,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);

/** Yiyuan 二十七: the objection reviewed within 20 working days, the business told within 15 more. */
describe('inspection task: telling the business the outcome of its objection', () => {
  const filed = [...histories.published, objectionFiled()];
  const reviewed = [...filed, objectionReviewed()];

  it('given a review, when the business is told in time, then ObjectionOutcomeNotified, late false', () => {
    spec
      .given(reviewed)
      .when(notifyObjectionOutcome())
      .then([
        {
          type: 'ObjectionOutcomeNotified',
          data: {
            taskId: TASK_ID,
            objectionId: 'o-1',
            means: 'written',
            notifiedOn: '2026-06-05',
            late: false,
          },
        },
      ]);
  });

  it('given a review, when the business is told on the due day, then it is not late', () => {
    spec
      .given(reviewed)
      .when(notifyObjectionOutcome({ today: NOTICE_DUE.date, means: 'phone' }))
      .then([objectionOutcomeNotified({ notifiedOn: NOTICE_DUE.date, means: 'phone' })]);
  });

  it('given a review, when the business is told after the due day, then it is recorded and marked late', () => {
    spec
      .given(reviewed)
      .when(notifyObjectionOutcome({ today: '2026-06-24' }))
      .then([objectionOutcomeNotified({ notifiedOn: '2026-06-24', late: true })]);
  });

  it('given a review recorded before the notice deadline was kept, when told, then never late', () => {
    const { noticeDue: _d, ...old } = objectionReviewed().data;
    spec
      .given([...filed, { type: 'ObjectionReviewed', data: old }])
      .when(notifyObjectionOutcome({ today: '2027-01-04' }))
      .then([objectionOutcomeNotified({ notifiedOn: '2027-01-04' })]);
  });

  it('refuses telling an outcome before the review: OBJECTION_NOT_REVIEWED', () => {
    spec.given(filed).when(notifyObjectionOutcome()).thenRejects('OBJECTION_NOT_REVIEWED');
  });

  it('refuses telling it twice: OBJECTION_OUTCOME_ALREADY_NOTIFIED', () => {
    spec
      .given([...reviewed, objectionOutcomeNotified()])
      .when(notifyObjectionOutcome())
      .thenRejects('OBJECTION_OUTCOME_ALREADY_NOTIFIED');
  });

  it('refuses an unknown objection: OBJECTION_NOT_FOUND', () => {
    spec
      .given(reviewed)
      .when(notifyObjectionOutcome({ objectionId: 'o-9' }))
      .thenRejects('OBJECTION_NOT_FOUND');
  });

  it("refuses a department other than the result's: REVIEWER_OF_OTHER_DEPARTMENT", () => {
    spec
      .given(reviewed)
      .when(notifyObjectionOutcome({ by: xfClerk }))
      .thenRejects('REVIEWER_OF_OTHER_DEPARTMENT');
  });

  it('given the business was told, when the objection is reviewed again, then OBJECTION_ALREADY_REVIEWED', () => {
    spec
      .given([...reviewed, objectionOutcomeNotified()])
      .when(reviewObjection())
      .thenRejects('OBJECTION_ALREADY_REVIEWED');
  });
});
