import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import { resultKey } from './task-state';
import {
  CORRECTED_RESULT,
  RESULT,
  TASK_ID,
  asInspector,
  cancelled,
  correctionRequested,
  decideRequest,
  drawInspectors,
  enterResult,
  entityWithdrawn,
  fact,
  histories,
  inspectorsDrawn,
  leadClerk,
  lockTask,
  locked,
  member,
  replacedWithApproval,
  replacementRequested,
  requestRejected,
  requestReplacement,
  taskState,
  teamsFor,
  withdrawalRequested,
  xfClerk,
  xfHead,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);

/** The lead asked to replace the leader of e1, p-scjg-1, by p-scjg-4. */
const leaderReplacementAsked = [...histories.locked, replacementRequested()];

/** The fire department asked to replace p-xf-1 on e1 by p-xf-2. */
const xfReplacement = {
  requestId: 'r-2',
  outInspectorId: 'p-xf-1',
  inInspectorId: 'p-xf-2',
  departmentId: 'xf',
  reason: 'work_conflict' as const,
  requesterId: xfClerk.actorId,
};
const xfReplacementAsked = [...histories.locked, replacementRequested(xfReplacement)];

describe('inspection task: requests and their approval', () => {
  it('refuses a decision on a request of another kind than the route decides: REQUEST_NOT_FOUND', () => {
    spec
      .given([...histories.locked, replacementRequested()])
      .when(decideRequest({ expectedKind: 'correction' }))
      .thenRejects('REQUEST_NOT_FOUND');
  });

  describe('approving a replacement', () => {
    it("the department's head approves: InspectorReplacedWithApproval with requester, approver and reason", () => {
      spec
        .given(xfReplacementAsked)
        .when(decideRequest({ by: xfHead, requestId: 'r-2', incoming: fact('p-xf-2') }))
        .then([
          {
            type: 'InspectorReplacedWithApproval',
            data: {
              taskId: TASK_ID,
              requestId: 'r-2',
              entityId: 'e1',
              outInspectorId: 'p-xf-1',
              inInspectorId: 'p-xf-2',
              departmentId: 'xf',
              reason: 'work_conflict',
              requesterId: 'u-xf',
              approverId: 'h-xf',
              leaderId: 'p-scjg-1',
            },
          },
        ]);
    });

    it('the replacement takes the place of the one replaced, in that entity only; the leader stays', () => {
      const approval = decideRequest({ by: xfHead, requestId: 'r-2', incoming: fact('p-xf-2') });
      const events = inspectionTaskDecider.decide(approval, taskState(xfReplacementAsked));
      const state = taskState([...xfReplacementAsked, ...events]);
      expect(state.teams.e1).toEqual({
        members: ['p-scjg-1', 'p-scjg-2', 'p-xf-2', 'p-ws-1'].map(member),
        leaderId: 'p-scjg-1',
      });
      expect(state.teams.e2).toEqual(locked().data.teams.e2);
      expect(state.requests['r-2']?.status).toBe('approved');
    });

    it('a replaced leader hands leadership to the newcomer: leaderId in the event', () => {
      spec
        .given(leaderReplacementAsked)
        .when(decideRequest())
        .then([
          {
            type: 'InspectorReplacedWithApproval',
            data: {
              taskId: TASK_ID,
              requestId: 'r-1',
              entityId: 'e1',
              outInspectorId: 'p-scjg-1',
              inInspectorId: 'p-scjg-4',
              departmentId: 'scjg',
              reason: 'post_change',
              requesterId: 'u-scjg',
              approverId: 'h-scjg',
              leaderId: 'p-scjg-4',
            },
          },
        ]);
    });

    it("a replaced leader hands leadership to the newcomer: the team's leader, folded", () => {
      const events = inspectionTaskDecider.decide(decideRequest(), taskState(leaderReplacementAsked));
      const state = taskState([...leaderReplacementAsked, ...events]);
      expect(state.teams.e1).toEqual({
        members: ['p-scjg-4', 'p-scjg-2', 'p-xf-1', 'p-ws-1'].map(member),
        leaderId: 'p-scjg-4',
      });
    });

    it('a team whose leader was replaced before the lock is complete at lock', () => {
      const history = [...histories.inspectorsDrawn, replacementRequested(), replacedWithApproval()];
      spec
        .given(history)
        .when(lockTask())
        .then([
          locked({
            ...locked().data.teams,
            e1: { members: ['p-scjg-4', 'p-scjg-2', 'p-xf-1', 'p-ws-1'].map(member), leaderId: 'p-scjg-4' },
          }),
        ]);
    });

    it('rejecting: RequestRejected with the approver and reply', () => {
      spec
        .given(leaderReplacementAsked)
        .when(decideRequest({ approve: false, reply: '理由不充分' }))
        .then([
          {
            type: 'RequestRejected',
            data: { taskId: TASK_ID, requestId: 'r-1', approverId: 'h-scjg', reply: '理由不充分' },
          },
        ]);
    });

    it('a rejected replacement leaves the team as it was, and may be asked again', () => {
      const history = [...leaderReplacementAsked, requestRejected()];
      expect(taskState(history).teams.e1).toEqual(locked().data.teams.e1);
      spec
        .given(history)
        .when(requestReplacement({ requestId: 'r-2' }))
        .then([replacementRequested({ requestId: 'r-2' })]);
    });

    it('refuses deciding an unknown request: REQUEST_NOT_FOUND', () => {
      spec
        .given(leaderReplacementAsked)
        .when(decideRequest({ requestId: 'r-9' }))
        .thenRejects('REQUEST_NOT_FOUND');
    });

    it('refuses approving twice: REQUEST_ALREADY_DECIDED', () => {
      spec
        .given([...leaderReplacementAsked, replacedWithApproval()])
        .when(decideRequest())
        .thenRejects('REQUEST_ALREADY_DECIDED');
    });

    it('refuses approving after a rejection: REQUEST_ALREADY_DECIDED', () => {
      spec
        .given([...leaderReplacementAsked, requestRejected()])
        .when(decideRequest())
        .thenRejects('REQUEST_ALREADY_DECIDED');
    });

    it('refuses a head of another department: APPROVER_OF_OTHER_DEPARTMENT', () => {
      spec
        .given(leaderReplacementAsked)
        .when(decideRequest({ by: xfHead }))
        .thenRejects('APPROVER_OF_OTHER_DEPARTMENT');
    });

    it('refuses the one who asked approving their own request: APPROVER_IS_REQUESTER', () => {
      spec
        .given(leaderReplacementAsked)
        .when(decideRequest({ by: leadClerk }))
        .thenRejects('APPROVER_IS_REQUESTER');
    });

    it('refuses the one who asked rejecting their own request: APPROVER_IS_REQUESTER', () => {
      spec
        .given(leaderReplacementAsked)
        .when(decideRequest({ by: leadClerk, approve: false }))
        .thenRejects('APPROVER_IS_REQUESTER');
    });

    it('refuses an incoming inspector suspended since the request: INSPECTOR_NOT_ELIGIBLE', () => {
      spec
        .given(leaderReplacementAsked)
        .when(decideRequest({ incoming: { ...fact('p-scjg-4'), status: 'suspended' } }))
        .thenRejects('INSPECTOR_NOT_ELIGIBLE');
    });

    it('refuses an incoming inspector not found any more: INSPECTOR_NOT_ELIGIBLE', () => {
      spec
        .given(leaderReplacementAsked)
        .when(decideRequest({ incoming: undefined }))
        .thenRejects('INSPECTOR_NOT_ELIGIBLE');
    });

    it('refuses an incoming inspector who declared a conflict since: INSPECTOR_CONFLICT_OF_INTEREST', () => {
      spec
        .given(leaderReplacementAsked)
        .when(decideRequest({ incoming: { ...fact('p-scjg-4'), conflicts: ['e1'] } }))
        .thenRejects('INSPECTOR_CONFLICT_OF_INTEREST');
    });

    it('refuses an incoming inspector brought into the team by another approval meanwhile: INSPECTOR_ALREADY_IN_TEAM', () => {
      const second = { requestId: 'r-3', outInspectorId: 'p-scjg-2' };
      spec
        .given([...leaderReplacementAsked, replacementRequested(second), replacedWithApproval()])
        .when(decideRequest({ requestId: 'r-3' }))
        .thenRejects('INSPECTOR_ALREADY_IN_TEAM');
    });

    it('refuses deciding in a cancelled task: TASK_CANCELLED', () => {
      spec
        .given([...histories.inspectorsDrawn, replacementRequested(), cancelled()])
        .when(decideRequest())
        .thenRejects('TASK_CANCELLED');
    });

    it('refuses deciding in a task that does not exist: TASK_NOT_FOUND', () => {
      spec.given([]).when(decideRequest()).thenRejects('TASK_NOT_FOUND');
    });
  });

  describe('approving a withdrawal', () => {
    const withdrawalAsked = [...histories.locked, withdrawalRequested()];

    it("the lead's head approves: EntityWithdrawnWithApproval", () => {
      spec
        .given(withdrawalAsked)
        .when(decideRequest({ requestId: 'r-w', incoming: undefined }))
        .then([
          {
            type: 'EntityWithdrawnWithApproval',
            data: {
              taskId: TASK_ID,
              requestId: 'r-w',
              entityId: 'e2',
              reason: 'deregistered',
              requesterId: 'u-scjg',
              approverId: 'h-scjg',
            },
          },
        ]);
    });

    it('is decided in the lead department: APPROVER_OF_OTHER_DEPARTMENT', () => {
      spec
        .given(withdrawalAsked)
        .when(decideRequest({ by: xfHead, requestId: 'r-w' }))
        .thenRejects('APPROVER_OF_OTHER_DEPARTMENT');
    });

    it('a withdrawn entity is not required at lock', () => {
      // The lead drew for both entities; e2 was withdrawn before the participants drew.
      const history = [
        ...histories.entitiesDrawn,
        inspectorsDrawn('scjg'),
        withdrawalRequested(),
        entityWithdrawn(),
        inspectorsDrawn('xf', teamsFor('xf', ['e1'])),
        inspectorsDrawn('ws', teamsFor('ws', ['e1'])),
      ];
      spec
        .given(history)
        .when(lockTask())
        .then([locked({ e1: locked().data.teams.e1 })]);
    });

    it('a withdrawn entity needs no inspectors drawn', () => {
      const history = [...histories.entitiesDrawn, withdrawalRequested(), entityWithdrawn()];
      spec
        .given(history)
        .when(drawInspectors('xf', { assignments: [{ entityId: 'e1', inspectorIds: ['p-xf-1'] }] }))
        .then([inspectorsDrawn('xf', teamsFor('xf', ['e1']))]);
    });

    it('refuses a result for a withdrawn entity: ENTITY_NOT_IN_TASK', () => {
      spec
        .given([...withdrawalAsked, entityWithdrawn()])
        .when(enterResult({ by: asInspector('p-scjg-3'), entityId: 'e2' }))
        .thenRejects('ENTITY_NOT_IN_TASK');
    });

    it('a withdrawal asked but not approved keeps the entity in the task', () => {
      spec
        .given(withdrawalAsked)
        .when(enterResult({ by: asInspector('p-scjg-3'), entityId: 'e2', result: RESULT }))
        .then([
          {
            type: 'ResultEntered',
            data: {
              taskId: TASK_ID,
              entityId: 'e2',
              departmentId: 'scjg',
              inspectorId: 'p-scjg-3',
              result: RESULT,
              entry: 1,
            },
          },
        ]);
    });
  });

  describe('approving a correction', () => {
    const correctionAsked = [...histories.published, correctionRequested()];

    it('the head approves: ResultCorrected, published on the day of approval', () => {
      spec
        .given(correctionAsked)
        .when(decideRequest({ requestId: 'r-c', incoming: undefined, today: '2026-06-03' }))
        .then([
          {
            type: 'ResultCorrected',
            data: {
              taskId: TASK_ID,
              requestId: 'r-c',
              entityId: 'e1',
              departmentId: 'scjg',
              corrected: CORRECTED_RESULT,
              reason: '录入错误',
              requesterId: 'u-scjg',
              approverId: 'h-scjg',
              publishedOn: '2026-06-03',
            },
          },
        ]);
    });

    it('carries the objection it answers', () => {
      spec
        .given([...histories.published, correctionRequested({ objectionId: 'o-1' })])
        .when(decideRequest({ requestId: 'r-c', today: '2026-06-03' }))
        .then([
          {
            type: 'ResultCorrected',
            data: {
              taskId: TASK_ID,
              requestId: 'r-c',
              entityId: 'e1',
              departmentId: 'scjg',
              corrected: CORRECTED_RESULT,
              reason: '录入错误',
              objectionId: 'o-1',
              requesterId: 'u-scjg',
              approverId: 'h-scjg',
              publishedOn: '2026-06-03',
            },
          },
        ]);
    });

    it('the published result, folded, is the corrected one', () => {
      const events = inspectionTaskDecider.decide(
        decideRequest({ requestId: 'r-c', today: '2026-06-03' }),
        taskState(correctionAsked),
      );
      const state = taskState([...correctionAsked, ...events]);
      expect(state.published[resultKey('e1', 'scjg')]).toEqual(CORRECTED_RESULT);
      expect(state.requests['r-c']?.status).toBe('approved');
    });

    it('a rejected correction leaves the published result as it was', () => {
      const state = taskState([...correctionAsked, requestRejected({ requestId: 'r-c' })]);
      expect(state.published[resultKey('e1', 'scjg')]).toEqual(RESULT);
    });

    it('refuses approval by the one who asked: APPROVER_IS_REQUESTER', () => {
      spec
        .given(correctionAsked)
        .when(decideRequest({ requestId: 'r-c', by: leadClerk }))
        .thenRejects('APPROVER_IS_REQUESTER');
    });

    it('refuses approving a correction twice: REQUEST_ALREADY_DECIDED', () => {
      const approved = inspectionTaskDecider.decide(
        decideRequest({ requestId: 'r-c' }),
        taskState(correctionAsked),
      );
      spec
        .given([...correctionAsked, ...approved])
        .when(decideRequest({ requestId: 'r-c' }))
        .thenRejects('REQUEST_ALREADY_DECIDED');
    });
  });
});
