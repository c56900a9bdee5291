import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import { actingDepartments } from './task-guards';
import type { InspectionTaskEvent } from './task-events';
import {
  type CommandOf,
  type EventOf,
  LEAD_ITEMS,
  RESPONSE_DUE,
  TASK_ID,
  WINDOW,
  cancelled,
  drawInspectors,
  entitiesDrawn,
  histories,
  initiated,
  inspectorsDrawn,
  itemsOf,
  leadClerk,
  lockTask,
  member,
  respondToTask,
  responded,
  taskState,
  wsClerk,
  xfClerk,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);
const DEADLINE = RESPONSE_DUE.date;
const DAY_AFTER = '2026-04-23';

const recordNonResponse = (
  fields: Partial<CommandOf<'RecordNonResponse'>> = {},
): CommandOf<'RecordNonResponse'> => ({
  kind: 'RecordNonResponse',
  taskId: TASK_ID,
  by: leadClerk,
  departmentIds: ['ws'],
  today: DAY_AFTER,
  ...fields,
});

const recorded = (departmentId = 'ws'): EventOf<'ParticipantRecordedAsNotAnswering'> => ({
  type: 'ParticipantRecordedAsNotAnswering',
  data: { taskId: TASK_ID, departmentId, deadline: DEADLINE, recordedOn: DAY_AFTER, recordedBy: 'u-scjg' },
});

/** xf accepted; ws never answered and the lead went on without it. */
const wsSilent: InspectionTaskEvent[] = [initiated(), responded('xf'), recorded()];

describe("inspection task: a silent participant (Gui'an 第四十条、第四十八条)", () => {
  it('given ws silent past its deadline, when the lead records it, then ParticipantRecordedAsNotAnswering', () => {
    spec
      .given([initiated(), responded('xf')])
      .when(recordNonResponse())
      .then([recorded()]);
  });

  it('given both silent, when the lead names both (one twice), then one event for each', () => {
    spec
      .given([initiated()])
      .when(recordNonResponse({ departmentIds: ['xf', 'ws', 'xf'] }))
      .then([recorded('xf'), recorded('ws')]);
  });

  it('then the participant takes no part: no items, not among the acting departments', () => {
    const state = taskState(wsSilent);
    expect(state.responses.ws).toEqual({
      accepted: false,
      itemIds: [],
      late: true,
      notAnswering: { deadline: DEADLINE, recordedOn: DAY_AFTER },
    });
    expect(actingDepartments(state)).toEqual(['scjg', 'xf']);
  });

  it('then the lock no longer waits for it, and announces the task without its items or inspectors', () => {
    const e1 = { members: [member('p-scjg-1'), member('p-scjg-2'), member('p-xf-1')], leaderId: 'p-scjg-1' };
    const e2 = { members: [member('p-scjg-3'), member('p-xf-1')], leaderId: 'p-scjg-3' };
    spec
      .given([...wsSilent, entitiesDrawn(), inspectorsDrawn('scjg'), inspectorsDrawn('xf')])
      .when(lockTask())
      .then([
        {
          type: 'InspectionTaskLocked',
          data: {
            taskId: TASK_ID,
            entityIds: ['e1', 'e2'],
            teams: { e1, e2 },
            window: WINDOW,
            leadDepartmentId: 'scjg',
            departmentIds: ['scjg', 'xf'],
            itemIds: [...LEAD_ITEMS, ...itemsOf('xf')],
          },
        },
      ]);
  });

  it('given it silent and not recorded, when the lead locks, then PARTICIPANTS_NOT_ALL_RESPONDED as before', () => {
    spec
      .given([initiated(), responded('xf'), entitiesDrawn(), inspectorsDrawn('scjg'), inspectorsDrawn('xf')])
      .when(lockTask())
      .thenRejects('PARTICIPANTS_NOT_ALL_RESPONDED');
  });

  it('given it recorded, when it draws inspectors, then DEPARTMENT_NOT_IN_TASK', () => {
    spec
      .given([...wsSilent, entitiesDrawn()])
      .when(drawInspectors('ws'))
      .thenRejects('DEPARTMENT_NOT_IN_TASK');
  });

  it('given it recorded, when it answers late, then RECORDED_AS_NOT_ANSWERING', () => {
    spec
      .given(wsSilent)
      .when(respondToTask('ws', { today: '2026-04-24' }))
      .thenRejects('RECORDED_AS_NOT_ANSWERING');
  });

  it('given it recorded, when the lead records it again, then RECORDED_AS_NOT_ANSWERING', () => {
    spec.given(wsSilent).when(recordNonResponse()).thenRejects('RECORDED_AS_NOT_ANSWERING');
  });

  it('on the deadline day itself, when the lead records, then RESPONSE_DEADLINE_NOT_PASSED', () => {
    spec
      .given([initiated(), responded('xf')])
      .when(recordNonResponse({ today: DEADLINE }))
      .thenRejects('RESPONSE_DEADLINE_NOT_PASSED');
  });

  it('when a participant records, then NOT_THE_LEAD_DEPARTMENT (before the deadline is looked at)', () => {
    spec
      .given([initiated(), responded('xf')])
      .when(recordNonResponse({ by: xfClerk, today: DEADLINE }))
      .thenRejects('NOT_THE_LEAD_DEPARTMENT');
    spec
      .given([initiated()])
      .when(recordNonResponse({ by: wsClerk }))
      .thenRejects('NOT_THE_LEAD_DEPARTMENT');
  });

  it('when the lead names a department that is not a participant, then DEPARTMENT_NOT_A_PARTICIPANT', () => {
    spec
      .given([initiated()])
      .when(recordNonResponse({ departmentIds: ['ws', 'swj'] }))
      .thenRejects('DEPARTMENT_NOT_A_PARTICIPANT');
  });

  it('when the lead names one that answered (late or not), then ALREADY_RESPONDED', () => {
    spec
      .given([initiated(), responded('xf', { late: true, respondedOn: DAY_AFTER })])
      .when(recordNonResponse({ departmentIds: ['xf'] }))
      .thenRejects('ALREADY_RESPONDED');
  });

  it('when the lead names nobody, then NON_RESPONSE_NAMES_NO_PARTICIPANT', () => {
    spec
      .given([initiated()])
      .when(recordNonResponse({ departmentIds: [] }))
      .thenRejects('NON_RESPONSE_NAMES_NO_PARTICIPANT');
  });

  it('given a locked or cancelled task, then TASK_LOCKED or TASK_CANCELLED', () => {
    spec.given(histories.locked).when(recordNonResponse()).thenRejects('TASK_LOCKED');
    spec.given([initiated(), cancelled()]).when(recordNonResponse()).thenRejects('TASK_CANCELLED');
  });

  it('a participant not recorded may still answer late, marked late (as before)', () => {
    spec
      .given([initiated()])
      .when(respondToTask('ws', { today: DAY_AFTER }))
      .then([
        {
          type: 'ParticipantResponded',
          data: {
            taskId: TASK_ID,
            departmentId: 'ws',
            accepted: true,
            itemIds: itemsOf('ws'),
            respondedOn: DAY_AFTER,
            late: true,
          },
        },
      ]);
  });

  it('given a beacon task whose pool was frozen after the deadline with ws silent, then ws can no longer answer, and only recording it frees the lock', () => {
    const frozen: InspectionTaskEvent = {
      type: 'PoolFrozen',
      data: { taskId: TASK_ID, position: 41, frozenAt: '2026-04-25T13:14:59.000Z', frozenBy: 'u-scjg' },
    };
    const beaconTask = initiated({
      operatorTrusted: undefined,
      beacon: {
        source: 'cwl-3d',
        round: '2026110',
        drawDate: '2026-04-25',
        publishedAt: '2026-04-25T13:15:00.000Z',
      },
    });
    const upToFreeze = [beaconTask, responded('xf'), frozen];
    spec
      .given(upToFreeze)
      .when(respondToTask('ws', { today: '2026-04-25' }))
      .thenRejects('POOL_FROZEN');
    spec.given(upToFreeze).when(lockTask()).thenRejects('PARTICIPANTS_NOT_ALL_RESPONDED');
    spec
      .given(upToFreeze)
      .when(recordNonResponse({ today: '2026-04-25' }))
      .then([
        {
          type: 'ParticipantRecordedAsNotAnswering',
          data: {
            taskId: TASK_ID,
            departmentId: 'ws',
            deadline: DEADLINE,
            recordedOn: '2026-04-25',
            recordedBy: 'u-scjg',
          },
        },
      ]);
  });
});
