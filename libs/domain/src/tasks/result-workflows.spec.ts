import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import type { InspectionTaskCommand } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import {
  RESULT,
  TASK_ID,
  asInspector,
  decideRequest,
  enterResult,
  histories,
  leadClerk,
  leadHead,
  outsider,
  publishResult,
  resultEntered,
  resultPublished,
  taskState,
  xfClerk,
  xfHead,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);
type Ev<T extends InspectionTaskEvent['type']> = Extract<InspectionTaskEvent, { type: T }>;
type Cmd<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;

const requestNonPublication = (fields: Partial<Cmd<'RequestNonPublication'>> = {}) =>
  ({
    kind: 'RequestNonPublication',
    taskId: TASK_ID,
    by: leadClerk,
    requestId: 'r-np',
    entityId: 'e1',
    ground: 'trade_secret',
    legalBasis: '《反不正当竞争法》第九条',
    ...fields,
  }) satisfies Cmd<'RequestNonPublication'>;

const nonPublicationRequested: Ev<'NonPublicationRequested'> = {
  type: 'NonPublicationRequested',
  data: {
    taskId: TASK_ID,
    requestId: 'r-np',
    entityId: 'e1',
    departmentId: 'scjg',
    ground: 'trade_secret',
    legalBasis: '《反不正当竞争法》第九条',
    requesterId: leadClerk.actorId,
  },
};

const withheld: Ev<'ResultWithheldFromPublication'> = {
  type: 'ResultWithheldFromPublication',
  data: {
    taskId: TASK_ID,
    requestId: 'r-np',
    entityId: 'e1',
    departmentId: 'scjg',
    ground: 'trade_secret',
    legalBasis: '《反不正当竞争法》第九条',
    requesterId: leadClerk.actorId,
    approverId: leadHead.actorId,
    approvedOn: '2026-05-18',
  },
};

const decideNonPublication = (fields: Partial<Cmd<'DecideRequest'>> = {}) =>
  decideRequest({ requestId: 'r-np', expectedKind: 'non_publication', today: '2026-05-18', ...fields });

const enterRectification = (fields: Partial<Cmd<'EnterRectificationResult'>> = {}) =>
  ({
    kind: 'EnterRectificationResult',
    taskId: TASK_ID,
    by: asInspector('p-scjg-1'),
    rectificationId: 'rc-1',
    inspectorId: 'p-scjg-1',
    entityId: 'e1',
    rectified: true,
    findings: '复查：许可证已续期，整改到位',
    rectifiedOn: '2026-06-01',
    today: '2026-06-02',
    ...fields,
  }) satisfies Cmd<'EnterRectificationResult'>;

const rectificationEntered = (fields: Partial<Ev<'RectificationResultEntered'>['data']> = {}) =>
  ({
    type: 'RectificationResultEntered',
    data: {
      taskId: TASK_ID,
      rectificationId: 'rc-1',
      entityId: 'e1',
      departmentId: 'scjg',
      inspectorId: 'p-scjg-1',
      enteredBy: 'p-scjg-1',
      rectified: true,
      findings: '复查：许可证已续期，整改到位',
      rectifiedOn: '2026-06-01',
      ...fields,
    },
  }) satisfies Ev<'RectificationResultEntered'>;

describe("The inspection method of a result (Gui'an 第十三条)", () => {
  it('is recorded with the result', () => {
    spec
      .given(histories.locked)
      .when(enterResult({ result: { ...RESULT, method: 'third_party' } }))
      .then([
        {
          type: 'ResultEntered',
          data: {
            taskId: TASK_ID,
            entityId: 'e1',
            departmentId: 'scjg',
            inspectorId: 'p-scjg-1',
            result: { ...RESULT, method: 'third_party' },
            entry: 1,
          },
        },
      ]);
  });

  it('is required: a result without one is refused', () => {
    const { method: _omitted, ...withoutMethod } = RESULT;
    spec
      .given(histories.locked)
      .when(enterResult({ result: withoutMethod }))
      .thenRejects('INSPECTION_METHOD_REQUIRED');
  });

  it('a result entered before methods were recorded is still published as it was', () => {
    const { method: _omitted, ...old } = RESULT;
    spec
      .given([...histories.locked, resultEntered({ result: old })])
      .when(publishResult())
      .then([resultPublished({ result: old })]);
  });
});

describe("A result not for publication (Gui'an 第四十三、四十六条)", () => {
  it('is asked in its department, naming the legal ground', () => {
    spec.given(histories.resultEntered).when(requestNonPublication()).then([nonPublicationRequested]);
  });

  it('is approved by a head of the department: the result is withheld', () => {
    spec
      .given([...histories.resultEntered, nonPublicationRequested])
      .when(decideNonPublication())
      .then([withheld]);
  });

  it('is never published once withheld', () => {
    spec
      .given([...histories.resultEntered, nonPublicationRequested, withheld])
      .when(publishResult())
      .thenRejects('RESULT_NOT_FOR_PUBLICATION');
  });

  it('holds publication while the request awaits its decision', () => {
    spec
      .given([...histories.resultEntered, nonPublicationRequested])
      .when(publishResult())
      .thenRejects('NON_PUBLICATION_PENDING');
  });

  it('is published as usual when the head rejects the request', () => {
    const rejected: InspectionTaskEvent = {
      type: 'RequestRejected',
      data: { taskId: TASK_ID, requestId: 'r-np', approverId: leadHead.actorId, reply: '不属于保密范围' },
    };
    spec
      .given([...histories.resultEntered, nonPublicationRequested, rejected])
      .when(publishResult())
      .then([resultPublished()]);
  });

  it('is refused when the one who asked approves', () => {
    spec
      .given([...histories.resultEntered, nonPublicationRequested])
      .when(decideNonPublication({ by: leadClerk }))
      .thenRejects('APPROVER_IS_REQUESTER');
  });

  it('is refused when a head of another department approves', () => {
    spec
      .given([...histories.resultEntered, nonPublicationRequested])
      .when(decideNonPublication({ by: xfHead }))
      .thenRejects('APPROVER_OF_OTHER_DEPARTMENT');
  });

  it('is refused on approval when the result was published meanwhile', () => {
    // Publication waits for a pending request; the approval checks again all the same.
    spec
      .given([...histories.resultEntered, resultPublished(), nonPublicationRequested])
      .when(decideNonPublication())
      .thenRejects('RESULT_ALREADY_PUBLISHED');
  });

  it('is refused before the result is entered', () => {
    spec.given(histories.locked).when(requestNonPublication()).thenRejects('RESULT_NOT_ENTERED');
  });

  it('is refused for a department with no result of its own (the request is for its own result)', () => {
    spec
      .given(histories.resultEntered)
      .when(requestNonPublication({ by: xfClerk }))
      .thenRejects('RESULT_NOT_ENTERED');
  });

  it('is refused once the result is published', () => {
    spec.given(histories.published).when(requestNonPublication()).thenRejects('RESULT_ALREADY_PUBLISHED');
  });

  it('is refused twice while pending, and once withheld', () => {
    spec
      .given([...histories.resultEntered, nonPublicationRequested])
      .when(requestNonPublication({ requestId: 'r-np2' }))
      .thenRejects('NON_PUBLICATION_PENDING');
    spec
      .given([...histories.resultEntered, nonPublicationRequested, withheld])
      .when(requestNonPublication({ requestId: 'r-np2' }))
      .thenRejects('RESULT_NOT_FOR_PUBLICATION');
  });

  it('is refused without a legal provision', () => {
    spec
      .given(histories.resultEntered)
      .when(requestNonPublication({ legalBasis: '  ' }))
      .thenRejects('LEGAL_BASIS_REQUIRED');
  });

  it('is refused for an entity not in the task', () => {
    spec
      .given(histories.resultEntered)
      .when(requestNonPublication({ entityId: 'e9' }))
      .thenRejects('ENTITY_NOT_IN_TASK');
  });
});

describe("A 整改 follow-up result (Gui'an 第三十二条)", () => {
  it('is entered by a team member after publication, linked to the result', () => {
    spec.given(histories.published).when(enterRectification()).then([rectificationEntered()]);
  });

  it("is entered by the department's operator", () => {
    const { inspectorId: _none, ...byOperator } = rectificationEntered({ enteredBy: leadClerk.actorId }).data;
    spec
      .given(histories.published)
      .when(enterRectification({ by: leadClerk, inspectorId: undefined }))
      .then([{ type: 'RectificationResultEntered', data: byOperator }]);
  });

  it('is refused before the result is published', () => {
    spec.given(histories.resultEntered).when(enterRectification()).thenRejects('RESULT_NOT_PUBLISHED');
  });

  it("is refused for an inspector not in the entity's team of the department", () => {
    spec
      .given(histories.published)
      .when(enterRectification({ inspectorId: 'p-scjg-3', by: asInspector('p-scjg-3') }))
      .thenRejects('NOT_IN_TEAM');
  });

  it('is refused for an operator of a department not in the task', () => {
    spec
      .given(histories.published)
      .when(enterRectification({ by: outsider, inspectorId: undefined }))
      .thenRejects('DEPARTMENT_NOT_IN_TASK');
  });

  it('is refused for a date before the inspection, after today, or not a real day', () => {
    spec
      .given(histories.published)
      .when(enterRectification({ rectifiedOn: '2026-05-11' }))
      .thenRejects('RECTIFICATION_BEFORE_INSPECTION');
    spec
      .given(histories.published)
      .when(enterRectification({ rectifiedOn: '2026-06-03' }))
      .thenRejects('RECTIFICATION_IN_FUTURE');
    spec
      .given(histories.published)
      .when(enterRectification({ rectifiedOn: '2026-02-30' }))
      .thenRejects('RECTIFICATION_DATE_OUT_OF_RANGE');
  });

  it('is refused without findings', () => {
    spec
      .given(histories.published)
      .when(enterRectification({ findings: ' ' }))
      .thenRejects('RECTIFICATION_FINDINGS_REQUIRED');
  });
});

describe('The task as the console reads it', () => {
  it('keeps withheld results and the rectifications of each published result', () => {
    const state = taskState([...histories.published, rectificationEntered()]);
    expect(state.rectifications).toEqual({
      'e1|scjg': [
        {
          rectificationId: 'rc-1',
          rectified: true,
          findings: '复查：许可证已续期，整改到位',
          rectifiedOn: '2026-06-01',
          enteredBy: 'p-scjg-1',
        },
      ],
    });
    const held = taskState([...histories.resultEntered, nonPublicationRequested, withheld]);
    expect(held.notForPublication).toEqual({
      'e1|scjg': { ground: 'trade_secret', approvedOn: '2026-05-18' },
    });
    expect(held.requests['r-np']).toMatchObject({ kind: 'non_publication', status: 'approved' });
  });
});
