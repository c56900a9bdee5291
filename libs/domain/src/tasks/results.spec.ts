import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import type { InspectionResult } from './task-vocabulary';
import {
  CORRECTED_RESULT,
  NOTICE_DUE,
  PUBLICATION_DUE,
  RESULT,
  REVIEW_DUE,
  SEALED_DETAIL,
  SEALED_GROUNDS,
  TASK_ID,
  XF_RESULT,
  asInspector,
  declined,
  enterResult,
  entitiesDrawn,
  fileObjection,
  histories,
  initiated,
  inspectorsDrawn,
  leadClerk,
  locked,
  member,
  objectionFiled,
  objectionReviewed,
  outsider,
  publishResult,
  recordFollowUp,
  requestCorrection,
  responded,
  resultEntered,
  resultPublished,
  reviewObjection,
  stopPublicDisclosure,
  wsClerk,
  xfClerk,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);

/** The fire department confirmed only one of its two items. */
const xfConfirmedOneItem = [
  initiated(),
  responded('xf', { itemIds: ['i-xf-1'] }),
  responded('ws'),
  entitiesDrawn(),
  inspectorsDrawn('scjg'),
  inspectorsDrawn('xf'),
  inspectorsDrawn('ws'),
  locked(),
];

/** Health declined; the teams are the lead's and fire's. */
const wsDeclinedLocked = [
  initiated(),
  responded('xf'),
  declined('ws'),
  entitiesDrawn(),
  inspectorsDrawn('scjg'),
  inspectorsDrawn('xf'),
  locked({
    e1: { members: ['p-scjg-1', 'p-scjg-2', 'p-xf-1'].map(member), leaderId: 'p-scjg-1' },
    e2: { members: ['p-scjg-3', 'p-xf-1'].map(member), leaderId: 'p-scjg-3' },
  }),
];

/** Both the lead's and fire's results for e1 are published. */
const bothPublished = [
  ...histories.published,
  resultEntered({ departmentId: 'xf', inspectorId: 'p-xf-1', result: XF_RESULT }),
  resultPublished({ departmentId: 'xf', result: XF_RESULT }),
];

const reEntered: InspectionResult = {
  ...RESULT,
  category: 'ordered_to_correct',
  itemFindings: [{ itemId: 'i-scjg-2', finding: '整改完毕，复查合格', compliant: true }],
  inspectedOn: '2026-05-26',
};

describe('inspection task: results, publication, objections and follow-up', () => {
  describe('EnterResult', () => {
    it("a member of the entity's team enters their department's result: ResultEntered, entry 1", () => {
      spec
        .given(histories.locked)
        .when(enterResult())
        .then([
          {
            type: 'ResultEntered',
            data: {
              taskId: TASK_ID,
              entityId: 'e1',
              departmentId: 'scjg',
              inspectorId: 'p-scjg-1',
              result: RESULT,
              entry: 1,
            },
          },
        ]);
    });

    it('a second entry before publication is entry 2 and keeps the first in history', () => {
      spec
        .given(histories.resultEntered)
        .when(enterResult({ result: reEntered, today: '2026-05-26' }))
        .then([resultEntered({ result: reEntered, entry: 2 })]);
    });

    it("another member of the same department enters the department's second entry", () => {
      spec
        .given(histories.resultEntered)
        .when(enterResult({ by: asInspector('p-scjg-2') }))
        .then([resultEntered({ inspectorId: 'p-scjg-2', entry: 2 })]);
    });

    it('a participant inspector enters their own department’s result, counted apart from the lead’s', () => {
      spec
        .given(histories.resultEntered)
        .when(enterResult({ by: asInspector('p-xf-1'), result: XF_RESULT }))
        .then([resultEntered({ departmentId: 'xf', inspectorId: 'p-xf-1', result: XF_RESULT, entry: 1 })]);
    });

    it('a result on the last day of the window, entered that day, fits', () => {
      const lastDay = { ...RESULT, inspectedOn: '2026-06-30' };
      spec
        .given(histories.locked)
        .when(enterResult({ result: lastDay, today: '2026-06-30' }))
        .then([resultEntered({ result: lastDay })]);
    });

    it('refuses a result before the lock: TASK_NOT_LOCKED', () => {
      spec.given(histories.inspectorsDrawn).when(enterResult()).thenRejects('TASK_NOT_LOCKED');
    });

    it("refuses an inspector who is not in the entity's team: NOT_IN_TEAM", () => {
      spec
        .given(histories.locked)
        .when(enterResult({ by: asInspector('p-scjg-3') }))
        .thenRejects('NOT_IN_TEAM');
    });

    it('refuses an official who is not an inspector of the team: NOT_IN_TEAM', () => {
      spec
        .given(histories.locked)
        .when(enterResult({ by: leadClerk }))
        .thenRejects('NOT_IN_TEAM');
    });

    it('a signed-in user linked to a member enters as that inspector: the event names the inspector', () => {
      spec
        .given(histories.locked)
        .when(enterResult({ by: { actorId: 'u-7', departmentId: 'scjg' }, inspectorId: 'p-scjg-1' }))
        .then([resultEntered({ inspectorId: 'p-scjg-1' })]);
    });

    it("refuses a user whose linked inspector is not in the entity's team: NOT_IN_TEAM", () => {
      spec
        .given(histories.locked)
        .when(enterResult({ by: { actorId: 'p-scjg-1', departmentId: 'scjg' }, inspectorId: 'p-scjg-3' }))
        .thenRejects('NOT_IN_TEAM');
    });

    it('refuses an inspection before the window: RESULT_OUTSIDE_WINDOW', () => {
      spec
        .given(histories.locked)
        .when(enterResult({ result: { ...RESULT, inspectedOn: '2026-04-30' } }))
        .thenRejects('RESULT_OUTSIDE_WINDOW');
    });

    it('refuses an inspection after the window: RESULT_OUTSIDE_WINDOW', () => {
      spec
        .given(histories.locked)
        .when(enterResult({ result: { ...RESULT, inspectedOn: '2026-07-01' }, today: '2026-07-02' }))
        .thenRejects('RESULT_OUTSIDE_WINDOW');
    });

    it('refuses an inspection dated after today: RESULT_IN_FUTURE', () => {
      spec
        .given(histories.locked)
        .when(enterResult({ result: { ...RESULT, inspectedOn: '2026-05-20' }, today: '2026-05-19' }))
        .thenRejects('RESULT_IN_FUTURE');
    });

    it('accepts a participant finding on an item it confirmed', () => {
      const result: InspectionResult = {
        ...XF_RESULT,
        itemFindings: [{ itemId: 'i-xf-1', finding: '消防设施完好', compliant: true }],
      };
      spec
        .given(xfConfirmedOneItem)
        .when(enterResult({ by: asInspector('p-xf-1'), result }))
        .then([resultEntered({ departmentId: 'xf', inspectorId: 'p-xf-1', result })]);
    });

    it('refuses a participant finding on an item assigned but not confirmed: FINDING_ITEM_NOT_IN_TASK', () => {
      const result: InspectionResult = {
        ...XF_RESULT,
        itemFindings: [{ itemId: 'i-xf-2', finding: '灭火器过期', compliant: false }],
      };
      spec
        .given(xfConfirmedOneItem)
        .when(enterResult({ by: asInspector('p-xf-1'), result }))
        .thenRejects('FINDING_ITEM_NOT_IN_TASK');
    });

    it("refuses the lead's finding on a participant's item: FINDING_ITEM_NOT_IN_TASK", () => {
      const result: InspectionResult = {
        ...RESULT,
        itemFindings: [{ itemId: 'i-xf-1', finding: '疏散通道堆放杂物', compliant: false }],
      };
      spec.given(histories.locked).when(enterResult({ result })).thenRejects('FINDING_ITEM_NOT_IN_TASK');
    });

    it("refuses a participant's finding on the lead's item: FINDING_ITEM_NOT_IN_TASK", () => {
      spec
        .given(histories.locked)
        .when(enterResult({ by: asInspector('p-ws-1'), result: RESULT }))
        .thenRejects('FINDING_ITEM_NOT_IN_TASK');
    });

    it('refuses a new entry once the result is published: RESULT_ALREADY_PUBLISHED', () => {
      spec
        .given(histories.published)
        .when(enterResult({ result: reEntered, today: '2026-05-26' }))
        .thenRejects('RESULT_ALREADY_PUBLISHED');
    });

    it('refuses an entity not drawn for the task: ENTITY_NOT_IN_TASK', () => {
      spec
        .given(histories.locked)
        .when(enterResult({ entityId: 'e9' }))
        .thenRejects('ENTITY_NOT_IN_TASK');
    });
  });

  describe('PublishResult', () => {
    it('the department publishes its entered result in time: ResultPublished, late false', () => {
      spec
        .given(histories.resultEntered)
        .when(publishResult())
        .then([
          {
            type: 'ResultPublished',
            data: {
              taskId: TASK_ID,
              entityId: 'e1',
              departmentId: 'scjg',
              result: RESULT,
              publishedOn: '2026-05-20',
              due: PUBLICATION_DUE,
              late: false,
            },
          },
        ]);
    });

    it('publishing on the due day is not late', () => {
      spec
        .given(histories.resultEntered)
        .when(publishResult({ today: PUBLICATION_DUE.date }))
        .then([resultPublished({ publishedOn: '2026-07-28', late: false })]);
    });

    it('publishing after the due day is done and marked late', () => {
      spec
        .given(histories.resultEntered)
        .when(publishResult({ today: '2026-07-29' }))
        .then([resultPublished({ publishedOn: '2026-07-29', late: true })]);
    });

    it('publishes the latest entry', () => {
      spec
        .given([...histories.resultEntered, resultEntered({ result: reEntered, entry: 2 })])
        .when(publishResult())
        .then([resultPublished({ result: reEntered })]);
    });

    it('refuses publishing before any entry: RESULT_NOT_ENTERED', () => {
      spec.given(histories.locked).when(publishResult()).thenRejects('RESULT_NOT_ENTERED');
    });

    it("refuses publishing a department's result that is not entered, though another's is: RESULT_NOT_ENTERED", () => {
      spec
        .given(histories.resultEntered)
        .when(publishResult({ by: xfClerk }))
        .thenRejects('RESULT_NOT_ENTERED');
    });

    it('refuses publishing twice: RESULT_ALREADY_PUBLISHED', () => {
      spec
        .given(histories.published)
        .when(publishResult({ today: '2026-05-21' }))
        .thenRejects('RESULT_ALREADY_PUBLISHED');
    });

    it('refuses publishing before the lock: TASK_NOT_LOCKED', () => {
      spec.given(histories.inspectorsDrawn).when(publishResult()).thenRejects('TASK_NOT_LOCKED');
    });
  });

  describe('StopPublicDisclosure', () => {
    const stopped = {
      type: 'PublicDisclosureStopped' as const,
      data: {
        taskId: TASK_ID,
        entityId: 'e1',
        departmentId: 'scjg',
        application: '已整改，申请停止公示',
        publishedOn: '2026-05-20',
        stoppedOn: '2029-05-20',
        approverId: 'h-scjg',
      },
    };

    it('withdraws a result from public view on application once the period is over: PublicDisclosureStopped', () => {
      spec.given(histories.published).when(stopPublicDisclosure()).then([stopped]);
    });

    it('counts the period from the first publication, not from a correction', () => {
      spec
        .given([...histories.published, resultPublished({ publishedOn: '2026-06-01' })])
        .when(stopPublicDisclosure())
        .then([stopped]);
    });

    it('refuses before the period is over: PUBLICATION_PERIOD_NOT_OVER', () => {
      spec
        .given(histories.published)
        .when(stopPublicDisclosure({ today: '2029-05-19' }))
        .thenRejects('PUBLICATION_PERIOD_NOT_OVER');
    });

    it('refuses a result not published: RESULT_NOT_PUBLISHED', () => {
      spec.given(histories.resultEntered).when(stopPublicDisclosure()).thenRejects('RESULT_NOT_PUBLISHED');
    });

    it("refuses another department's result (none of its own published): RESULT_NOT_PUBLISHED", () => {
      spec
        .given(histories.published)
        .when(stopPublicDisclosure({ by: xfClerk }))
        .thenRejects('RESULT_NOT_PUBLISHED');
    });

    it('refuses stopping twice: PUBLIC_DISCLOSURE_ALREADY_STOPPED', () => {
      spec
        .given([...histories.published, stopped])
        .when(stopPublicDisclosure({ today: '2029-06-01' }))
        .thenRejects('PUBLIC_DISCLOSURE_ALREADY_STOPPED');
    });

    it('refuses an empty application: APPLICATION_REQUIRED', () => {
      spec
        .given(histories.published)
        .when(stopPublicDisclosure({ application: '  ' }))
        .thenRejects('APPLICATION_REQUIRED');
    });

    it('refuses an entity not in the task: ENTITY_NOT_IN_TASK', () => {
      spec
        .given(histories.published)
        .when(stopPublicDisclosure({ entityId: 'e9' }))
        .thenRejects('ENTITY_NOT_IN_TASK');
    });

    it('refuses before the lock: TASK_NOT_LOCKED', () => {
      spec.given(histories.entitiesDrawn).when(stopPublicDisclosure()).thenRejects('TASK_NOT_LOCKED');
    });
  });

  describe('RequestCorrection', () => {
    it('refuses a corrected result dated after today: RESULT_IN_FUTURE', () => {
      spec
        .given(histories.published)
        .when(
          requestCorrection({
            today: '2026-05-12',
            corrected: { ...CORRECTED_RESULT, inspectedOn: '2026-05-13' },
          }),
        )
        .thenRejects('RESULT_IN_FUTURE');
    });

    it('the department asks to correct its published result: CorrectionRequested', () => {
      spec
        .given(histories.published)
        .when(requestCorrection())
        .then([
          {
            type: 'CorrectionRequested',
            data: {
              taskId: TASK_ID,
              requestId: 'r-c',
              entityId: 'e1',
              departmentId: 'scjg',
              corrected: CORRECTED_RESULT,
              reason: '录入错误',
              requesterId: 'u-scjg',
            },
          },
        ]);
    });

    it('a correction may answer an objection about that result', () => {
      spec
        .given([...histories.published, objectionFiled(), objectionReviewed()])
        .when(requestCorrection({ objectionId: 'o-1' }))
        .then([
          {
            type: 'CorrectionRequested',
            data: {
              taskId: TASK_ID,
              requestId: 'r-c',
              entityId: 'e1',
              departmentId: 'scjg',
              corrected: CORRECTED_RESULT,
              reason: '录入错误',
              objectionId: 'o-1',
              requesterId: 'u-scjg',
            },
          },
        ]);
    });

    it('refuses correcting a result not published: RESULT_NOT_PUBLISHED', () => {
      spec.given(histories.resultEntered).when(requestCorrection()).thenRejects('RESULT_NOT_PUBLISHED');
    });

    it("refuses correcting another department's published result: RESULT_NOT_PUBLISHED", () => {
      spec
        .given(histories.published)
        .when(requestCorrection({ by: xfClerk, corrected: XF_RESULT }))
        .thenRejects('RESULT_NOT_PUBLISHED');
    });

    it('refuses an unknown objection: OBJECTION_NOT_FOUND', () => {
      spec
        .given(histories.published)
        .when(requestCorrection({ objectionId: 'o-9' }))
        .thenRejects('OBJECTION_NOT_FOUND');
    });

    it("refuses an objection about another department's result: OBJECTION_NOT_FOUND", () => {
      spec
        .given([...bothPublished, objectionFiled({ objectionId: 'o-2', departmentId: 'xf' })])
        .when(requestCorrection({ objectionId: 'o-2' }))
        .thenRejects('OBJECTION_NOT_FOUND');
    });

    it('refuses an objection about another entity: OBJECTION_NOT_FOUND', () => {
      const e2Published = [
        ...histories.published,
        resultEntered({ entityId: 'e2', inspectorId: 'p-scjg-3' }),
        resultPublished({ entityId: 'e2' }),
        objectionFiled({ objectionId: 'o-2', entityId: 'e2' }),
      ];
      spec
        .given(e2Published)
        .when(requestCorrection({ objectionId: 'o-2' }))
        .thenRejects('OBJECTION_NOT_FOUND');
    });

    it('refuses a corrected result inspected outside the window: RESULT_OUTSIDE_WINDOW', () => {
      spec
        .given(histories.published)
        .when(requestCorrection({ corrected: { ...CORRECTED_RESULT, inspectedOn: '2026-07-15' } }))
        .thenRejects('RESULT_OUTSIDE_WINDOW');
    });

    it("refuses a corrected result with another department's item: FINDING_ITEM_NOT_IN_TASK", () => {
      spec
        .given(histories.published)
        .when(requestCorrection({ corrected: { ...CORRECTED_RESULT, itemFindings: XF_RESULT.itemFindings } }))
        .thenRejects('FINDING_ITEM_NOT_IN_TASK');
    });
  });

  describe('FileObjection', () => {
    it("an entity's objection to a published result is filed: ObjectionFiled with its review due", () => {
      spec
        .given(histories.published)
        .when(fileObjection())
        .then([
          {
            type: 'ObjectionFiled',
            data: {
              taskId: TASK_ID,
              objectionId: 'o-1',
              entityId: 'e1',
              departmentId: 'scjg',
              sealed: SEALED_GROUNDS,
              receivedOn: '2026-05-25',
              reviewDue: REVIEW_DUE,
            },
          },
        ]);
    });

    it('refuses an objection to a result not published: RESULT_NOT_PUBLISHED', () => {
      spec.given(histories.resultEntered).when(fileObjection()).thenRejects('RESULT_NOT_PUBLISHED');
    });

    it('refuses an objection id used already: OBJECTION_EXISTS', () => {
      spec
        .given([...histories.published, objectionFiled()])
        .when(fileObjection())
        .thenRejects('OBJECTION_EXISTS');
    });
  });

  describe('ReviewObjection', () => {
    const filed = [...histories.published, objectionFiled()];

    it('the department reviews the objection in time: ObjectionReviewed, late false, with the notice due', () => {
      spec
        .given(filed)
        .when(reviewObjection())
        .then([
          {
            type: 'ObjectionReviewed',
            data: {
              taskId: TASK_ID,
              objectionId: 'o-1',
              upheld: true,
              reply: '异议成立，予以更正',
              reviewedOn: '2026-06-01',
              late: false,
              noticeDue: NOTICE_DUE,
            },
          },
        ]);
    });

    it('a review on the due day is not late', () => {
      spec
        .given(filed)
        .when(reviewObjection({ upheld: false, reply: '维持原结果', today: REVIEW_DUE.date }))
        .then([
          objectionReviewed({ upheld: false, reply: '维持原结果', reviewedOn: '2026-06-22', late: false }),
        ]);
    });

    it('a review after the due day is recorded and marked late', () => {
      spec
        .given(filed)
        .when(reviewObjection({ today: '2026-06-23' }))
        .then([objectionReviewed({ reviewedOn: '2026-06-23', late: true })]);
    });

    it('refuses reviewing an unknown objection: OBJECTION_NOT_FOUND', () => {
      spec
        .given(filed)
        .when(reviewObjection({ objectionId: 'o-9' }))
        .thenRejects('OBJECTION_NOT_FOUND');
    });

    it('refuses a second review: OBJECTION_ALREADY_REVIEWED', () => {
      spec
        .given([...filed, objectionReviewed()])
        .when(reviewObjection())
        .thenRejects('OBJECTION_ALREADY_REVIEWED');
    });

    it("refuses a review by a department other than the result's: REVIEWER_OF_OTHER_DEPARTMENT", () => {
      spec
        .given(filed)
        .when(reviewObjection({ by: xfClerk }))
        .thenRejects('REVIEWER_OF_OTHER_DEPARTMENT');
    });
  });

  describe('RecordFollowUp', () => {
    it('a taking-part department refers a finding to another department: FollowUpRecorded', () => {
      spec
        .given(histories.published)
        .when(recordFollowUp())
        .then([
          {
            type: 'FollowUpRecorded',
            data: {
              taskId: TASK_ID,
              followUpId: 'f-1',
              entityId: 'e1',
              departmentId: 'xf',
              kind: 'referral',
              sealed: SEALED_DETAIL,
              toDepartmentId: 'swj',
            },
          },
        ]);
    });

    it('records a follow-up that goes to no other department', () => {
      spec
        .given(histories.locked)
        .when(
          recordFollowUp({
            by: leadClerk,
            followUp: 'abnormal_listing',
            toDepartmentId: undefined,
          }),
        )
        .then([
          {
            type: 'FollowUpRecorded',
            data: {
              taskId: TASK_ID,
              followUpId: 'f-1',
              entityId: 'e1',
              departmentId: 'scjg',
              kind: 'abnormal_listing',
              sealed: SEALED_DETAIL,
            },
          },
        ]);
    });

    it('refuses a referral that names no department: REFERRAL_NEEDS_DEPARTMENT', () => {
      spec
        .given(histories.locked)
        .when(recordFollowUp({ toDepartmentId: undefined }))
        .thenRejects('REFERRAL_NEEDS_DEPARTMENT');
    });

    it('refuses a participant that declined: DEPARTMENT_NOT_IN_TASK', () => {
      spec
        .given(wsDeclinedLocked)
        .when(recordFollowUp({ by: wsClerk }))
        .thenRejects('DEPARTMENT_NOT_IN_TASK');
    });

    it('refuses a department that has no part in the task: DEPARTMENT_NOT_IN_TASK', () => {
      spec
        .given(histories.locked)
        .when(recordFollowUp({ by: outsider }))
        .thenRejects('DEPARTMENT_NOT_IN_TASK');
    });

    it('refuses a follow-up before the lock: TASK_NOT_LOCKED', () => {
      spec.given(histories.inspectorsDrawn).when(recordFollowUp()).thenRejects('TASK_NOT_LOCKED');
    });

    it('refuses an entity not drawn for the task: ENTITY_NOT_IN_TASK', () => {
      spec
        .given(histories.locked)
        .when(recordFollowUp({ entityId: 'e9' }))
        .thenRejects('ENTITY_NOT_IN_TASK');
    });
  });
});
