import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import { poolFrozen } from './task-guards';
import {
  CANCEL_REASON,
  FULL_DRAW_RECORD,
  cancellationRequested,
  decideCancellation,
  drawnWithRecord,
  frozen,
  leadPrincipal,
  requestCancellation,
} from './testing/cancellation-fixtures';
import {
  ENTITIES,
  TASK_ID,
  cancelTask,
  cancelled,
  histories,
  initiated,
  leadClerk,
  leadHead,
  locked,
  requestRejected,
  taskState,
  xfClerk,
  xfHead,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);
const asked = [...frozen, cancellationRequested()];

describe('inspection task: no redraw by cancellation', () => {
  describe('poolFrozen', () => {
    it('is false before the draw and true once entities are drawn or a large draw began its parts', () => {
      expect(poolFrozen(taskState(histories.responded))).toBe(false);
      expect(poolFrozen(taskState(frozen))).toBe(true);
      const listing = {
        type: 'DrawnEntitiesListed' as const,
        data: { taskId: TASK_ID, drawId: 'd-1', part: 0, parts: 2, entityIds: ['e1'] },
      };
      expect(poolFrozen(taskState([...histories.responded, listing]))).toBe(true);
    });

    it('is true once a beacon task froze its pool, before any draw', () => {
      const poolFixed = {
        type: 'PoolFrozen' as const,
        data: {
          taskId: TASK_ID,
          position: 41,
          frozenAt: '2026-04-25T13:00:00.000Z',
          frozenBy: leadClerk.actorId,
        },
      };
      expect(poolFrozen(taskState([...histories.responded, poolFixed]))).toBe(true);
      spec
        .given([...histories.responded, poolFixed])
        .when(cancelTask())
        .thenRejects('CANCELLATION_NEEDS_APPROVAL');
    });
  });

  describe('CancelTask', () => {
    it('given an undrawn task, when its lead cancels, then InspectionTaskCancelled as before', () => {
      spec
        .given(histories.responded)
        .when(cancelTask())
        .then([{ type: 'InspectionTaskCancelled', data: { taskId: TASK_ID, reason: '专项行动取消' } }]);
    });

    it('given a frozen pool, when its lead cancels directly, then CANCELLATION_NEEDS_APPROVAL', () => {
      spec.given(frozen).when(cancelTask()).thenRejects('CANCELLATION_NEEDS_APPROVAL');
    });

    it('given a frozen pool, when a participant cancels, then NOT_THE_LEAD_DEPARTMENT first', () => {
      spec
        .given(frozen)
        .when(cancelTask({ by: xfClerk }))
        .thenRejects('NOT_THE_LEAD_DEPARTMENT');
    });

    it('given a locked task, when its lead cancels, then TASK_LOCKED as before', () => {
      spec.given(histories.locked).when(cancelTask()).thenRejects('TASK_LOCKED');
    });
  });

  describe('RequestCancellation', () => {
    it('given a frozen pool, when the lead asks with a reason, then CancellationRequested', () => {
      spec.given(frozen).when(requestCancellation()).then([cancellationRequested()]);
    });

    it("the lead's head may ask too", () => {
      spec
        .given(frozen)
        .when(requestCancellation({ by: leadHead }))
        .then([cancellationRequested({ requesterId: leadHead.actorId })]);
    });

    it('given an undrawn task, then CANCELLATION_NOT_NEEDED (its lead cancels directly)', () => {
      spec.given(histories.responded).when(requestCancellation()).thenRejects('CANCELLATION_NOT_NEEDED');
    });

    it('given a participant asking, then NOT_THE_LEAD_DEPARTMENT', () => {
      spec
        .given(frozen)
        .when(requestCancellation({ by: xfClerk }))
        .thenRejects('NOT_THE_LEAD_DEPARTMENT');
    });

    it('given a pending cancellation, then CANCELLATION_ALREADY_REQUESTED', () => {
      spec
        .given(asked)
        .when(requestCancellation({ requestId: 'r-y' }))
        .thenRejects('CANCELLATION_ALREADY_REQUESTED');
    });

    it('given a rejected one, a new request may be made', () => {
      spec
        .given([...asked, requestRejected({ requestId: 'r-x', approverId: leadPrincipal.actorId })])
        .when(requestCancellation({ requestId: 'r-y' }))
        .then([cancellationRequested({ requestId: 'r-y' })]);
    });

    it('given a locked task, then TASK_LOCKED; given a cancelled one, TASK_CANCELLED', () => {
      spec.given(histories.locked).when(requestCancellation()).thenRejects('TASK_LOCKED');
      spec.given([initiated(), cancelled()]).when(requestCancellation()).thenRejects('TASK_CANCELLED');
    });
  });

  describe('deciding a cancellation', () => {
    it('the principal approves: InspectionTaskCancelled with reason, request, requester, approver and the discarded draw', () => {
      spec
        .given(asked)
        .when(decideCancellation())
        .then([
          {
            type: 'InspectionTaskCancelled',
            data: {
              taskId: TASK_ID,
              requestId: 'r-x',
              approverId: leadPrincipal.actorId,
              reason: CANCEL_REASON,
              requesterId: leadClerk.actorId,
              discardedDraw: {
                algorithm: 'ssj-stratified-sha256-v1',
                position: 42,
                year: 2026,
                poolDigest: FULL_DRAW_RECORD.poolDigest as string,
                selectedDigest: FULL_DRAW_RECORD.selectedDigest as string,
                selectedCount: 2,
                entityIds: ENTITIES,
              },
            },
          },
        ]);
    });

    it('a large draw is named by its id and parts count, not its list', () => {
      const large = {
        ...drawnWithRecord,
        data: { ...drawnWithRecord.data, entityIds: [], drawId: 'd-9', parts: 3 },
      };
      const events = inspectionTaskDecider.decide(
        decideCancellation(),
        taskState([...histories.responded, large, cancellationRequested()]),
      );
      const data = events[0].data as { discardedDraw?: Record<string, unknown> };
      expect(data.discardedDraw).toMatchObject({ drawId: 'd-9', parts: 3, selectedCount: 2 });
      expect(data.discardedDraw).not.toHaveProperty('entityIds');
    });

    it('the approved task is cancelled and the request approved', () => {
      const state = taskState([
        ...asked,
        ...inspectionTaskDecider.decide(decideCancellation(), taskState(asked)),
      ]);
      expect(state.status).toBe('cancelled');
      expect(state.requests['r-x'].status).toBe('approved');
    });

    it('a rejection: RequestRejected, the task stays live', () => {
      spec
        .given(asked)
        .when(decideCancellation({ approve: false, reply: '理由不充分' }))
        .then([
          {
            type: 'RequestRejected',
            data: {
              taskId: TASK_ID,
              requestId: 'r-x',
              approverId: leadPrincipal.actorId,
              reply: '理由不充分',
            },
          },
        ]);
    });

    it('refuses the requester approving their own: APPROVER_IS_REQUESTER', () => {
      spec
        .given(asked)
        .when(decideCancellation({ by: leadClerk }))
        .thenRejects('APPROVER_IS_REQUESTER');
    });

    it('refuses an approver of another department: APPROVER_OF_OTHER_DEPARTMENT', () => {
      spec
        .given(asked)
        .when(decideCancellation({ by: xfHead }))
        .thenRejects('APPROVER_OF_OTHER_DEPARTMENT');
    });

    it('refuses a cancellation decided on another route: REQUEST_NOT_FOUND', () => {
      spec
        .given(asked)
        .when(decideCancellation({ expectedKind: 'correction' }))
        .thenRejects('REQUEST_NOT_FOUND');
    });

    it('refuses deciding twice: REQUEST_ALREADY_DECIDED', () => {
      const approved = inspectionTaskDecider.decide(decideCancellation(), taskState(asked));
      spec
        .given([...asked, ...approved])
        .when(decideCancellation())
        .thenRejects('TASK_CANCELLED');
      spec
        .given([...asked, requestRejected({ requestId: 'r-x', approverId: leadPrincipal.actorId })])
        .when(decideCancellation())
        .thenRejects('REQUEST_ALREADY_DECIDED');
    });

    it('refuses approving once the task was locked since: TASK_LOCKED', () => {
      spec
        .given([...histories.inspectorsDrawn, cancellationRequested(), locked()])
        .when(decideCancellation())
        .thenRejects('TASK_LOCKED');
    });
  });
});
