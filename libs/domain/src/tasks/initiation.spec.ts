import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import {
  CRITERIA,
  LEAD_ITEMS,
  PARTICIPANTS,
  PLAN_ID,
  RESPONSE_DUE,
  SAMPLING,
  SEED_COMMITMENT,
  TASK_ID,
  TASK_NAME,
  WINDOW,
  adjustedPlan,
  cancelTask,
  cancelled,
  closedPlan,
  declined,
  draftPlan,
  histories,
  initiateAdhocTask,
  initiateTask,
  initiated,
  leadClerk,
  outsider,
  respondToTask,
  responded,
  wsClerk,
  xfClerk,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);

describe('inspection task: initiation', () => {
  describe('InitiateTask', () => {
    it('given nothing, when the lead department initiates a task in its plan, then InspectionTaskInitiated', () => {
      spec
        .given([])
        .when(initiateTask())
        .then([
          {
            type: 'InspectionTaskInitiated',
            data: {
              taskId: TASK_ID,
              planId: PLAN_ID,
              name: TASK_NAME,
              leadDepartmentId: 'scjg',
              participants: [
                { departmentId: 'xf', itemIds: ['i-xf-1', 'i-xf-2'] },
                { departmentId: 'ws', itemIds: ['i-ws-1'] },
              ],
              itemIds: ['i-scjg-1', 'i-scjg-2'],
              criteria: CRITERIA,
              sampling: SAMPLING,
              window: WINDOW,
              seedCommitment: SEED_COMMITMENT,
              responseDue: RESPONSE_DUE,
              operatorTrusted: { reason: 'DRAW_WITHOUT_BEACON=any' },
            },
          },
        ]);
    });

    it('the standard fixture event is what the standard command gives', () => {
      spec.given([]).when(initiateTask()).then([initiated()]);
    });

    it('initiates by a count instead of a ratio', () => {
      spec
        .given([])
        .when(initiateTask({ sampling: { count: 20 } }))
        .then([initiated({ sampling: { count: 20 } })]);
    });

    it('initiates in a plan published once and adjusted since, by its published version', () => {
      spec
        .given([])
        .when(initiateTask({ plan: adjustedPlan }))
        .then([initiated()]);
    });

    it('given a pending adjustment adding an item, refuses that item until it is published: ITEM_NOT_IN_PLAN', () => {
      spec
        .given([])
        .when(initiateTask({ plan: adjustedPlan, itemIds: [...LEAD_ITEMS, 'i-scjg-extra'] }))
        .thenRejects('ITEM_NOT_IN_PLAN');
    });

    it('given a pending adjustment widening the window, refuses a window beyond the published one: TASK_WINDOW_OUTSIDE_PLAN', () => {
      spec
        .given([])
        .when(initiateTask({ plan: adjustedPlan, window: { from: '2026-12-01', to: '2026-12-20' } }))
        .thenRejects('TASK_WINDOW_OUTSIDE_PLAN');
    });

    it('given the adjustment published, takes the added item and the wider window', () => {
      const republished = {
        ...adjustedPlan,
        published: adjustedPlan.draft,
        unpublishedChanges: false,
        version: 2,
      };
      const fields = {
        itemIds: [...LEAD_ITEMS, 'i-scjg-extra'],
        window: { from: '2026-12-01', to: '2026-12-20' },
      };
      spec
        .given([])
        .when(initiateTask({ plan: republished, ...fields }))
        .then([initiated(fields)]);
    });

    it('refuses a task that exists: TASK_EXISTS', () => {
      spec.given([initiated()]).when(initiateTask()).thenRejects('TASK_EXISTS');
    });

    it('refuses a window that ends before it starts: TASK_WINDOW_INVALID', () => {
      spec
        .given([])
        .when(initiateTask({ window: { from: '2026-06-30', to: '2026-05-01' } }))
        .thenRejects('TASK_WINDOW_INVALID');
    });

    it('refuses a window with a day that does not exist: TASK_WINDOW_INVALID', () => {
      spec
        .given([])
        .when(initiateTask({ window: { from: '2026-02-30', to: '2026-06-30' } }))
        .thenRejects('TASK_WINDOW_INVALID');
    });

    it('refuses the lead department among the participants: LEAD_IS_PARTICIPANT', () => {
      spec
        .given([])
        .when(
          initiateTask({ participants: [...PARTICIPANTS, { departmentId: 'scjg', itemIds: ['i-scjg-1'] }] }),
        )
        .thenRejects('LEAD_IS_PARTICIPANT');
    });

    it('refuses a participant named twice: PARTICIPANT_TWICE', () => {
      spec
        .given([])
        .when(
          initiateTask({
            participants: [...PARTICIPANTS, { departmentId: 'xf', itemIds: ['i-xf-2'] }],
          }),
        )
        .thenRejects('PARTICIPANT_TWICE');
    });

    it('refuses a participant that is not registered: DEPARTMENT_NOT_REGISTERED', () => {
      spec
        .given([])
        .when(initiateTask({ registeredDepartmentIds: ['scjg', 'xf'] }))
        .thenRejects('DEPARTMENT_NOT_REGISTERED');
    });

    it('refuses a lead department that is not registered: DEPARTMENT_NOT_REGISTERED', () => {
      spec
        .given([])
        .when(initiateTask({ registeredDepartmentIds: ['xf', 'ws'] }))
        .thenRejects('DEPARTMENT_NOT_REGISTERED');
    });

    it('refuses sampling by neither ratio nor count: SAMPLING_NEEDS_RATIO_OR_COUNT', () => {
      spec
        .given([])
        .when(initiateTask({ sampling: {} }))
        .thenRejects('SAMPLING_NEEDS_RATIO_OR_COUNT');
    });

    it('refuses sampling by both a ratio and a count: SAMPLING_NEEDS_RATIO_OR_COUNT', () => {
      spec
        .given([])
        .when(initiateTask({ sampling: { ratio: 0.05, count: 20 } }))
        .thenRejects('SAMPLING_NEEDS_RATIO_OR_COUNT');
    });

    it('given nothing, when a task samples by a count and sets ratios per class, then SAMPLING_COUNT_WITH_CLASS_RATIOS', () => {
      spec
        .given([])
        .when(initiateTask({ sampling: { count: 20, byCreditRisk: { D: 0.3 } } }))
        .thenRejects('SAMPLING_COUNT_WITH_CLASS_RATIOS');
    });

    it('given nothing, when a task samples by a ratio with ratios per class, then it is initiated', () => {
      const sampling = { ratio: 0.03, byCreditRisk: { C: 0.1, D: 0.3 } };
      spec
        .given([])
        .when(initiateTask({ sampling }))
        .then([initiated({ sampling })]);
    });

    it('refuses a seed commitment that is not a SHA-256 hex digest: SEED_COMMITMENT_INVALID', () => {
      spec
        .given([])
        .when(initiateTask({ inspectorSeedCommitments: { scjg: SEED_COMMITMENT } }))
        .thenRejects('SEED_COMMITMENT_INVALID');
      spec
        .given([])
        .when(initiateTask({ seedCommitment: 'test' }))
        .thenRejects('SEED_COMMITMENT_INVALID');
      spec
        .given([])
        .when(initiateTask({ seedCommitment: SEED_COMMITMENT.toUpperCase() }))
        .thenRejects('SEED_COMMITMENT_INVALID');
      spec
        .given([])
        .when(initiateTask({ seedCommitment: `${SEED_COMMITMENT}0` }))
        .thenRejects('SEED_COMMITMENT_INVALID');
    });

    it('refuses an item that is not on the check-item list: CHECK_ITEM_NOT_ON_LIST', () => {
      spec
        .given([])
        .when(initiateTask({ itemIds: [...LEAD_ITEMS, 'i-unknown'] }))
        .thenRejects('CHECK_ITEM_NOT_ON_LIST');
    });

    it("refuses a participant's item that is not on the check-item list: CHECK_ITEM_NOT_ON_LIST", () => {
      spec
        .given([])
        .when(
          initiateTask({
            participants: [{ departmentId: 'xf', itemIds: ['i-xf-9'] }, PARTICIPANTS[1]],
          }),
        )
        .thenRejects('CHECK_ITEM_NOT_ON_LIST');
    });

    it('refuses a retired item: CHECK_ITEM_RETIRED', () => {
      spec
        .given([])
        .when(initiateTask({ itemIds: [...LEAD_ITEMS, 'i-scjg-retired'] }))
        .thenRejects('CHECK_ITEM_RETIRED');
    });

    it("refuses another department's item among the task's own: TASK_ITEM_OF_OTHER_DEPARTMENT", () => {
      spec
        .given([])
        .when(initiateTask({ itemIds: [...LEAD_ITEMS, 'i-xf-1'] }))
        .thenRejects('TASK_ITEM_OF_OTHER_DEPARTMENT');
    });

    it('refuses a participant given an item of another department: PARTICIPANT_ITEM_OF_OTHER_DEPARTMENT', () => {
      spec
        .given([])
        .when(
          initiateTask({
            participants: [{ departmentId: 'xf', itemIds: ['i-xf-1', 'i-ws-1'] }, PARTICIPANTS[1]],
          }),
        )
        .thenRejects('PARTICIPANT_ITEM_OF_OTHER_DEPARTMENT');
    });

    it('refuses a task outside any plan without a reason: ADHOC_TASK_NEEDS_REASON', () => {
      spec.given([]).when(initiateAdhocTask()).thenRejects('ADHOC_TASK_NEEDS_REASON');
    });

    it('refuses a task outside any plan with a blank reason: ADHOC_TASK_NEEDS_REASON', () => {
      spec.given([]).when(initiateAdhocTask('   ')).thenRejects('ADHOC_TASK_NEEDS_REASON');
    });

    it('initiates an ad hoc task outside any plan with its reason, and no plan id', () => {
      const { planId: _planId, ...withoutPlan } = initiated().data;
      spec
        .given([])
        .when(initiateAdhocTask('群众举报线索'))
        .then([{ type: 'InspectionTaskInitiated', data: { ...withoutPlan, adhocReason: '群众举报线索' } }]);
    });

    it('refuses a plan the handler did not find: PLAN_NOT_FOUND', () => {
      spec
        .given([])
        .when(initiateTask({ plan: undefined }))
        .thenRejects('PLAN_NOT_FOUND');
    });

    it('refuses a plan that does not exist: PLAN_NOT_FOUND', () => {
      spec
        .given([])
        .when(initiateTask({ plan: { status: 'absent' } }))
        .thenRejects('PLAN_NOT_FOUND');
    });

    it('refuses a closed plan: PLAN_CLOSED', () => {
      spec
        .given([])
        .when(initiateTask({ plan: closedPlan }))
        .thenRejects('PLAN_CLOSED');
    });

    it('refuses a plan never published: PLAN_NOT_PUBLISHED', () => {
      spec
        .given([])
        .when(initiateTask({ plan: draftPlan }))
        .thenRejects('PLAN_NOT_PUBLISHED');
    });

    it('refuses an item outside the plan: ITEM_NOT_IN_PLAN', () => {
      spec
        .given([])
        .when(initiateTask({ itemIds: [...LEAD_ITEMS, 'i-scjg-extra'] }))
        .thenRejects('ITEM_NOT_IN_PLAN');
    });

    it('accepts an item outside the plan when an ad hoc reason is given', () => {
      const itemIds = [...LEAD_ITEMS, 'i-scjg-extra'];
      spec
        .given([])
        .when(initiateTask({ itemIds, adhocReason: '专项整治新增事项' }))
        .then([initiated({ itemIds, adhocReason: '专项整治新增事项' })]);
    });

    it('refuses a window that starts before the plan: TASK_WINDOW_OUTSIDE_PLAN', () => {
      spec
        .given([])
        .when(initiateTask({ window: { from: '2026-02-15', to: '2026-06-30' } }))
        .thenRejects('TASK_WINDOW_OUTSIDE_PLAN');
    });

    it('refuses a window that ends after the plan: TASK_WINDOW_OUTSIDE_PLAN', () => {
      spec
        .given([])
        .when(initiateTask({ window: { from: '2026-05-01', to: '2026-12-15' } }))
        .thenRejects('TASK_WINDOW_OUTSIDE_PLAN');
    });
  });

  describe('RespondToTask', () => {
    it('a participant accepts, confirming its items: ParticipantResponded, not late', () => {
      spec
        .given(histories.initiated)
        .when(respondToTask('xf'))
        .then([
          {
            type: 'ParticipantResponded',
            data: {
              taskId: TASK_ID,
              departmentId: 'xf',
              accepted: true,
              itemIds: ['i-xf-1', 'i-xf-2'],
              respondedOn: '2026-04-21',
              late: false,
            },
          },
        ]);
    });

    it('a participant accepts confirming only some of its items', () => {
      spec
        .given(histories.initiated)
        .when(respondToTask('xf', { itemIds: ['i-xf-1'] }))
        .then([responded('xf', { itemIds: ['i-xf-1'] })]);
    });

    it('a participant declines with its reason, confirming no items', () => {
      spec
        .given(histories.initiated)
        .when(respondToTask('ws', { accepted: false, itemIds: ['i-ws-1'], reason: '本期无执法力量' }))
        .then([
          {
            type: 'ParticipantResponded',
            data: {
              taskId: TASK_ID,
              departmentId: 'ws',
              accepted: false,
              itemIds: [],
              reason: '本期无执法力量',
              respondedOn: '2026-04-21',
              late: false,
            },
          },
        ]);
    });

    it('a response on the due day is not late', () => {
      spec
        .given(histories.initiated)
        .when(respondToTask('xf', { today: RESPONSE_DUE.date }))
        .then([responded('xf', { respondedOn: '2026-04-22', late: false })]);
    });

    it('a response after the due day is accepted and marked late', () => {
      spec
        .given(histories.initiated)
        .when(respondToTask('xf', { today: '2026-04-23' }))
        .then([responded('xf', { respondedOn: '2026-04-23', late: true })]);
    });

    it('a late decline is marked late too', () => {
      spec
        .given(histories.initiated)
        .when(respondToTask('ws', { accepted: false, itemIds: [], reason: '人手不足', today: '2026-04-24' }))
        .then([
          responded('ws', {
            accepted: false,
            itemIds: [],
            reason: '人手不足',
            respondedOn: '2026-04-24',
            late: true,
          }),
        ]);
    });

    it('refuses the lead department: NOT_A_PARTICIPANT', () => {
      spec
        .given(histories.initiated)
        .when({ ...respondToTask('xf'), by: leadClerk })
        .thenRejects('NOT_A_PARTICIPANT');
    });

    it('refuses a department not named in the task: NOT_A_PARTICIPANT', () => {
      spec
        .given(histories.initiated)
        .when({ ...respondToTask('xf'), by: outsider })
        .thenRejects('NOT_A_PARTICIPANT');
    });

    it('refuses a second response: ALREADY_RESPONDED', () => {
      spec
        .given([initiated(), responded('xf')])
        .when(respondToTask('xf'))
        .thenRejects('ALREADY_RESPONDED');
    });

    it('refuses changing a decline into an acceptance: ALREADY_RESPONDED', () => {
      spec
        .given([initiated(), declined('ws')])
        .when(respondToTask('ws'))
        .thenRejects('ALREADY_RESPONDED');
    });

    it('refuses a decline without a reason: DECLINE_NEEDS_REASON', () => {
      spec
        .given(histories.initiated)
        .when(respondToTask('ws', { accepted: false, itemIds: [] }))
        .thenRejects('DECLINE_NEEDS_REASON');
    });

    it('refuses a decline with a blank reason: DECLINE_NEEDS_REASON', () => {
      spec
        .given(histories.initiated)
        .when(respondToTask('ws', { accepted: false, itemIds: [], reason: ' ' }))
        .thenRejects('DECLINE_NEEDS_REASON');
    });

    it('refuses confirming items not assigned to the department: RESPONSE_ITEMS_NOT_ASSIGNED', () => {
      spec
        .given(histories.initiated)
        .when(respondToTask('xf', { itemIds: ['i-xf-1', 'i-ws-1'] }))
        .thenRejects('RESPONSE_ITEMS_NOT_ASSIGNED');
    });

    it('refuses accepting without confirming any item: RESPONSE_ITEMS_NOT_CONFIRMED', () => {
      spec
        .given(histories.initiated)
        .when(respondToTask('xf', { itemIds: [] }))
        .thenRejects('RESPONSE_ITEMS_NOT_CONFIRMED');
    });

    it('refuses a response once the task is locked: TASK_LOCKED', () => {
      spec.given(histories.locked).when(respondToTask('ws')).thenRejects('TASK_LOCKED');
    });

    it('refuses a response to a cancelled task: TASK_CANCELLED', () => {
      spec.given([initiated(), cancelled()]).when(respondToTask('xf')).thenRejects('TASK_CANCELLED');
    });

    it('refuses a response to a task that does not exist: TASK_NOT_FOUND', () => {
      spec.given([]).when(respondToTask('xf')).thenRejects('TASK_NOT_FOUND');
    });
  });

  describe('CancelTask', () => {
    it('the lead department cancels an open task not drawn yet: InspectionTaskCancelled', () => {
      spec
        .given(histories.responded)
        .when(cancelTask())
        .then([{ type: 'InspectionTaskCancelled', data: { taskId: TASK_ID, reason: '专项行动取消' } }]);
    });

    it('refuses a participant cancelling: NOT_THE_LEAD_DEPARTMENT', () => {
      spec
        .given(histories.responded)
        .when(cancelTask({ by: xfClerk }))
        .thenRejects('NOT_THE_LEAD_DEPARTMENT');
    });

    it('refuses cancelling a locked task: TASK_LOCKED', () => {
      spec.given(histories.locked).when(cancelTask()).thenRejects('TASK_LOCKED');
    });

    it('refuses cancelling twice: TASK_CANCELLED', () => {
      spec.given([initiated(), cancelled()]).when(cancelTask()).thenRejects('TASK_CANCELLED');
    });

    it('refuses cancelling a task that does not exist: TASK_NOT_FOUND', () => {
      spec
        .given([])
        .when(cancelTask({ by: wsClerk }))
        .thenRejects('TASK_NOT_FOUND');
    });
  });
});
