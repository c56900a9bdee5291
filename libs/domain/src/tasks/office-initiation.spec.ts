import type { InspectionTaskEvent } from './task-events';
import type { Acting } from './task-vocabulary';
import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import type { OfficeInitiation } from './office-initiation';
import { drawnWithRecord } from './testing/cancellation-fixtures';
import {
  TASK_ID,
  cancelTask,
  drawEntities,
  entitiesDrawn,
  histories,
  initiateTask,
  initiated,
  leadClerk,
  publishedPlan,
  xfClerk,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);

/** A coordinator of the county's joint office (联席办). */
const coordinator: Acting = { actorId: 'u-lxb', departmentId: 'lxb' };
const OFFICE: OfficeInitiation = {
  officeId: 'lxb',
  leadDepartmentId: 'scjg',
  leadKind: 'department',
  planFiledWithOffice: true,
};
const byOffice = (office: Partial<OfficeInitiation> = {}, fields = {}) =>
  initiateTask({ by: coordinator, office: { ...OFFICE, ...office }, ...fields });
const initiatedByOffice = () => {
  const event = initiated();
  return { ...event, data: { ...event.data, initiatedByOffice: { officeId: 'lxb' } } };
};
/** The standard history, the task initiated by the office instead of its lead. */
const officeTask = (history: readonly InspectionTaskEvent[]) => [initiatedByOffice(), ...history.slice(1)];

describe("inspection task: initiated by the joint office (Gui'an 第36、39、41条)", () => {
  describe('InitiateTask with office', () => {
    it('given nothing, when a coordinator initiates from a filed plan naming its lead, then the task is the lead’s, initiated by the office', () => {
      spec.given([]).when(byOffice()).then([initiatedByOffice()]);
    });

    it('the lead may be a cooperating department of the plan', () => {
      const event = initiated();
      spec
        .given([])
        .when(
          byOffice(
            { leadDepartmentId: 'xf' },
            {
              itemIds: ['i-xf-1', 'i-xf-2'],
              participants: [
                { departmentId: 'scjg', itemIds: ['i-scjg-1', 'i-scjg-2'] },
                { departmentId: 'ws', itemIds: ['i-ws-1'] },
              ],
            },
          ),
        )
        .then([
          {
            ...event,
            data: {
              ...event.data,
              leadDepartmentId: 'xf',
              itemIds: ['i-xf-1', 'i-xf-2'],
              participants: [
                { departmentId: 'scjg', itemIds: ['i-scjg-1', 'i-scjg-2'] },
                { departmentId: 'ws', itemIds: ['i-ws-1'] },
              ],
              initiatedByOffice: { officeId: 'lxb' },
            },
          },
        ]);
    });

    it('given nothing, when the office names no plan, then OFFICE_TASK_NEEDS_PLAN', () => {
      const { planId: _p, plan: _plan, ...adhoc } = byOffice({}, { adhocReason: '群众举报' });
      spec.given([]).when(adhoc).thenRejects('OFFICE_TASK_NEEDS_PLAN');
    });

    it('given nothing, when the office names a joint office as lead, then LEAD_NOT_AN_INDUSTRY_DEPARTMENT', () => {
      spec
        .given([])
        .when(byOffice({ leadDepartmentId: 'lxb', leadKind: 'joint-office' }))
        .thenRejects('LEAD_NOT_AN_INDUSTRY_DEPARTMENT');
    });

    it('given nothing, when the plan is not filed with this office, then PLAN_NOT_FILED_WITH_OFFICE', () => {
      spec
        .given([])
        .when(byOffice({ planFiledWithOffice: false }))
        .thenRejects('PLAN_NOT_FILED_WITH_OFFICE');
    });

    it('given nothing, when the lead named is none of the plan’s departments, then OFFICE_TASK_LEAD_NOT_IN_PLAN', () => {
      spec
        .given([])
        .when(byOffice({ leadDepartmentId: 'swj' }))
        .thenRejects('OFFICE_TASK_LEAD_NOT_IN_PLAN');
    });

    it('given nothing, when the plan is not published, then PLAN_NOT_PUBLISHED as for any lead', () => {
      const { published: _p, ...unpublished } = publishedPlan;
      spec
        .given([])
        .when(byOffice({}, { plan: { ...unpublished, status: 'draft' } }))
        .thenRejects('PLAN_NOT_PUBLISHED');
    });
  });

  describe('the lead then acts as any lead', () => {
    it('given an office-initiated task all answered, when the lead draws, then EntitiesDrawn', () => {
      spec.given(officeTask(histories.responded)).when(drawEntities()).then([entitiesDrawn()]);
    });
  });

  describe('CancelTask by the office', () => {
    it('given an office-initiated task not drawn, when its coordinator cancels, then InspectionTaskCancelled', () => {
      spec
        .given(officeTask(histories.responded))
        .when(cancelTask({ by: coordinator }))
        .then([{ type: 'InspectionTaskCancelled', data: { taskId: TASK_ID, reason: '专项行动取消' } }]);
    });

    it('its lead may cancel it too', () => {
      spec
        .given(officeTask(histories.responded))
        .when(cancelTask({ by: leadClerk }))
        .then([{ type: 'InspectionTaskCancelled', data: { taskId: TASK_ID, reason: '专项行动取消' } }]);
    });

    it('given the pool frozen, when the office cancels, then CANCELLATION_NEEDS_APPROVAL', () => {
      spec
        .given(officeTask([...histories.responded, drawnWithRecord]))
        .when(cancelTask({ by: coordinator }))
        .thenRejects('CANCELLATION_NEEDS_APPROVAL');
    });

    it('given a task the lead initiated, when a joint office cancels, then NOT_THE_LEAD_DEPARTMENT', () => {
      spec
        .given(histories.responded)
        .when(cancelTask({ by: coordinator }))
        .thenRejects('NOT_THE_LEAD_DEPARTMENT');
    });

    it('given an office-initiated task, when a participant cancels, then NOT_THE_LEAD_DEPARTMENT', () => {
      spec
        .given(officeTask(histories.responded))
        .when(cancelTask({ by: xfClerk }))
        .thenRejects('NOT_THE_LEAD_DEPARTMENT');
    });
  });
});
