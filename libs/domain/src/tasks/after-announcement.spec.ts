import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import type { CommandOf, EventOf } from './testing/task-fixtures';
import {
  TASK_ID,
  WINDOW,
  cancelled,
  decideRequest,
  entityWithdrawn,
  histories,
  leadClerk,
  leadHead,
  taskState,
  withdrawalRequested,
  xfClerk,
  xfHead,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);
const NEW_WINDOW = { from: '2026-07-01', to: '2026-08-31' };
const REASON = '汛期防汛任务冲突，检查顺延';

const requestPostponement = (
  fields: Partial<Omit<CommandOf<'RequestPostponement'>, 'kind'>> = {},
): CommandOf<'RequestPostponement'> => ({
  kind: 'RequestPostponement',
  taskId: TASK_ID,
  by: leadClerk,
  requestId: 'r-p',
  window: NEW_WINDOW,
  reason: REASON,
  today: '2026-05-20',
  ...fields,
});

const postponementRequested: EventOf<'PostponementRequested'> = {
  type: 'PostponementRequested',
  data: {
    taskId: TASK_ID,
    requestId: 'r-p',
    window: NEW_WINDOW,
    reason: REASON,
    requesterId: leadClerk.actorId,
  },
};
const asked = [...histories.resultEntered, postponementRequested];
const approve = (fields: Partial<Omit<CommandOf<'DecideRequest'>, 'kind'>> = {}) =>
  decideRequest({ requestId: 'r-p', expectedKind: 'postponement', today: '2026-05-21', ...fields });
const postponed: EventOf<'InspectionTaskPostponed'> = {
  type: 'InspectionTaskPostponed',
  data: {
    taskId: TASK_ID,
    requestId: 'r-p',
    approverId: leadHead.actorId,
    previousWindow: WINDOW,
    window: NEW_WINDOW,
    reason: REASON,
    requesterId: leadClerk.actorId,
    postponedOn: '2026-05-21',
  },
};

describe('inspection task: postponement after the announcement (Yuanqu 二(三))', () => {
  it('given a locked task, when its lead asks with a new window and a reason, then PostponementRequested', () => {
    spec.given(histories.locked).when(requestPostponement()).then([postponementRequested]);
  });

  it('given a request, when a head of the lead approves, then InspectionTaskPostponed with both windows', () => {
    spec.given(asked).when(approve()).then([postponed]);
  });

  it('given the approval, then the window moves and results already entered stay', () => {
    const before = taskState(asked);
    const after = taskState([...asked, postponed]);
    expect(after.window).toEqual(NEW_WINDOW);
    expect(after.entered).toEqual(before.entered);
    expect(after.requests['r-p']).toMatchObject({ kind: 'postponement', status: 'approved' });
  });

  it('given a request, when the head rejects it, then RequestRejected and the window stays', () => {
    spec
      .given(asked)
      .when(approve({ approve: false, reply: '理由不足' }))
      .then([
        {
          type: 'RequestRejected',
          data: { taskId: TASK_ID, requestId: 'r-p', approverId: leadHead.actorId, reply: '理由不足' },
        },
      ]);
  });

  it('given a task not locked, when its lead asks, then TASK_NOT_LOCKED', () => {
    spec.given(histories.inspectorsDrawn).when(requestPostponement()).thenRejects('TASK_NOT_LOCKED');
  });

  it('given a cancelled task, when its lead asks, then TASK_CANCELLED', () => {
    spec
      .given([...histories.locked, cancelled()])
      .when(requestPostponement())
      .thenRejects('TASK_CANCELLED');
  });

  it('given a locked task, when a participant asks, then NOT_THE_LEAD_DEPARTMENT', () => {
    spec
      .given(histories.locked)
      .when(requestPostponement({ by: xfClerk }))
      .thenRejects('NOT_THE_LEAD_DEPARTMENT');
  });

  it.each([
    ['TASK_WINDOW_INVALID', { from: '2026-08-31', to: '2026-07-01' }],
    ['TASK_WINDOW_OUT_OF_RANGE', { from: '2026-07-01', to: '2201-01-01' }],
    ['TASK_WINDOW_TOO_LONG', { from: '2026-07-01', to: '2027-12-31' }],
    ['POSTPONEMENT_SAME_WINDOW', WINDOW],
    ['POSTPONEMENT_WINDOW_PASSED', { from: '2026-05-01', to: '2026-05-19' }],
  ])('given a locked task, when the new window is wrong, then %s', (code, window) => {
    spec.given(histories.locked).when(requestPostponement({ window })).thenRejects(code);
  });

  it('given a pending postponement, when the lead asks again, then POSTPONEMENT_ALREADY_REQUESTED', () => {
    spec
      .given(asked)
      .when(requestPostponement({ requestId: 'r-p2' }))
      .thenRejects('POSTPONEMENT_ALREADY_REQUESTED');
  });

  it('given a request, when the one who asked approves, then APPROVER_IS_REQUESTER', () => {
    spec
      .given(asked)
      .when(approve({ by: leadClerk }))
      .thenRejects('APPROVER_IS_REQUESTER');
  });

  it("given a request, when a participant's head approves, then APPROVER_OF_OTHER_DEPARTMENT", () => {
    spec
      .given(asked)
      .when(approve({ by: xfHead }))
      .thenRejects('APPROVER_OF_OTHER_DEPARTMENT');
  });

  it('given a request whose new window ended meanwhile, when approved, then POSTPONEMENT_WINDOW_PASSED', () => {
    spec
      .given(asked)
      .when(approve({ today: '2026-09-01' }))
      .thenRejects('POSTPONEMENT_WINDOW_PASSED');
  });

  it('given a postponement request, when decided on another route, then REQUEST_NOT_FOUND', () => {
    spec
      .given(asked)
      .when(approve({ expectedKind: 'withdrawal' }))
      .thenRejects('REQUEST_NOT_FOUND');
  });
});

const movedAway = [
  ...histories.locked,
  withdrawalRequested({ reason: 'moved_away', note: '迁至邻县' }),
  entityWithdrawn({ reason: 'moved_away' }),
];
const handOver = (
  fields: Partial<Omit<CommandOf<'HandOverEntity'>, 'kind'>> = {},
): CommandOf<'HandOverEntity'> => ({
  kind: 'HandOverEntity',
  taskId: TASK_ID,
  by: leadClerk,
  entityId: 'e2',
  toDepartmentId: 'scjg-lx',
  toRegionCode: '370322',
  note: '已书面通知迁入地',
  ...fields,
});
const handedOver: EventOf<'EntityHandedOver'> = {
  type: 'EntityHandedOver',
  data: {
    taskId: TASK_ID,
    entityId: 'e2',
    fromDepartmentId: 'scjg',
    toDepartmentId: 'scjg-lx',
    toRegionCode: '370322',
    note: '已书面通知迁入地',
  },
};
const receiver = { actorId: 'u-lx', departmentId: 'scjg-lx' };
const answer = (
  fields: Partial<Omit<CommandOf<'AnswerHandOver'>, 'kind'>> = {},
): CommandOf<'AnswerHandOver'> => ({
  kind: 'AnswerHandOver',
  taskId: TASK_ID,
  by: receiver,
  entityId: 'e2',
  taken: true,
  intoTaskId: 'task-lx',
  intoTask: { leadDepartmentId: 'scjg-lx', participantIds: [], status: 'locked' },
  ...fields,
});
const awaiting = [...movedAway, handedOver];

describe('inspection task: a moved business is handed over (Yiyuan 二十八)', () => {
  it('given an entity withdrawn as moved away, when the lead hands it over, then EntityHandedOver', () => {
    spec.given(movedAway).when(handOver()).then([handedOver]);
    expect(taskState(awaiting).handOvers).toEqual({
      e2: { toDepartmentId: 'scjg-lx', toRegionCode: '370322', status: 'awaiting' },
    });
  });

  it('given a hand-over, when the receiver takes it into its task, then HandOverTaken', () => {
    spec
      .given(awaiting)
      .when(answer())
      .then([
        {
          type: 'HandOverTaken',
          data: { taskId: TASK_ID, entityId: 'e2', toDepartmentId: 'scjg-lx', intoTaskId: 'task-lx' },
        },
      ]);
  });

  it('given a hand-over, when the receiver declines with a reason, then HandOverDeclined', () => {
    spec
      .given(awaiting)
      .when(answer({ taken: false, intoTaskId: undefined, intoTask: undefined, reason: '已纳入省级专项' }))
      .then([
        {
          type: 'HandOverDeclined',
          data: { taskId: TASK_ID, entityId: 'e2', toDepartmentId: 'scjg-lx', reason: '已纳入省级专项' },
        },
      ]);
  });

  it('given an entity withdrawn as deregistered, when handed over, then HAND_OVER_NOT_MOVED_AWAY', () => {
    spec
      .given([...histories.locked, withdrawalRequested(), entityWithdrawn()])
      .when(handOver())
      .thenRejects('HAND_OVER_NOT_MOVED_AWAY');
  });

  it('given a moved-away withdrawal still pending, when handed over, then HAND_OVER_NOT_MOVED_AWAY', () => {
    spec
      .given([...histories.locked, withdrawalRequested({ reason: 'moved_away' })])
      .when(handOver())
      .thenRejects('HAND_OVER_NOT_MOVED_AWAY');
  });

  it('given a task not locked, when handed over, then TASK_NOT_LOCKED', () => {
    spec.given(histories.inspectorsDrawn).when(handOver()).thenRejects('TASK_NOT_LOCKED');
  });

  it('given a moved entity, when a participant hands it over, then NOT_THE_LEAD_DEPARTMENT', () => {
    spec
      .given(movedAway)
      .when(handOver({ by: xfClerk }))
      .thenRejects('NOT_THE_LEAD_DEPARTMENT');
  });

  it('given a moved entity, when handed to the lead itself, then HAND_OVER_TO_ITSELF', () => {
    spec
      .given(movedAway)
      .when(handOver({ toDepartmentId: 'scjg' }))
      .thenRejects('HAND_OVER_TO_ITSELF');
  });

  it('given a hand-over, when handed over again, then HAND_OVER_EXISTS', () => {
    spec
      .given(awaiting)
      .when(handOver({ toDepartmentId: 'xf' }))
      .thenRejects('HAND_OVER_EXISTS');
  });

  it('given no hand-over of the entity, when answered, then HAND_OVER_NOT_FOUND', () => {
    spec.given(movedAway).when(answer()).thenRejects('HAND_OVER_NOT_FOUND');
  });

  it('given a hand-over, when another department answers, then HAND_OVER_OF_OTHER_DEPARTMENT', () => {
    spec
      .given(awaiting)
      .when(answer({ by: xfClerk }))
      .thenRejects('HAND_OVER_OF_OTHER_DEPARTMENT');
  });

  it('given a hand-over taken, when answered again, then HAND_OVER_ANSWERED', () => {
    const taken: EventOf<'HandOverTaken'> = {
      type: 'HandOverTaken',
      data: { taskId: TASK_ID, entityId: 'e2', toDepartmentId: 'scjg-lx', intoTaskId: 'task-lx' },
    };
    spec
      .given([...awaiting, taken])
      .when(answer())
      .thenRejects('HAND_OVER_ANSWERED');
    expect(taskState([...awaiting, taken]).handOvers?.e2).toMatchObject({
      status: 'taken',
      intoTaskId: 'task-lx',
    });
  });

  it.each([
    ['no task named', { intoTaskId: undefined, intoTask: undefined }],
    ['an unknown task', { intoTask: undefined }],
    [
      "another department's task",
      { intoTask: { leadDepartmentId: 'xf', participantIds: [], status: 'locked' } },
    ],
    [
      'a cancelled task',
      { intoTask: { leadDepartmentId: 'scjg-lx', participantIds: [], status: 'cancelled' } },
    ],
    ['the task it left', { intoTaskId: TASK_ID }],
  ])('given a hand-over, when taken into %s, then HAND_OVER_TASK_NOT_OURS', (_, fields) => {
    spec.given(awaiting).when(answer(fields)).thenRejects('HAND_OVER_TASK_NOT_OURS');
  });

  it('given a hand-over, when taken into a task it takes part in, then HandOverTaken', () => {
    const into = { leadDepartmentId: 'xf', participantIds: ['scjg-lx'], status: 'initiated' };
    spec
      .given(awaiting)
      .when(answer({ intoTask: into }))
      .then([
        {
          type: 'HandOverTaken',
          data: { taskId: TASK_ID, entityId: 'e2', toDepartmentId: 'scjg-lx', intoTaskId: 'task-lx' },
        },
      ]);
  });
});
