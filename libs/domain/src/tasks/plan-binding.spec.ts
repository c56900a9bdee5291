import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import { BEYOND_PLAN_REQUEST_ID, type PlanDeviation, countAllowance, planDeviations } from './plan-binding';
import {
  PLAN_DEFINITION,
  TASK_ID,
  decideRequest,
  drawEntities,
  entitiesDrawn,
  histories,
  initiateTask,
  initiated,
  leadClerk,
  leadHead,
  publishedPlan,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);

/** A plan aimed at enterprises of Xuanwu district, in the H62 industries. */
const narrowPlan = {
  ...publishedPlan,
  published: {
    ...PLAN_DEFINITION,
    targetCriteria: { kinds: ['enterprise' as const], regionCodes: ['320102'], industryCodes: ['H62'] },
  },
};
const inPlan = { kinds: ['enterprise' as const], regionCodes: ['320102'], industryCodes: ['H6210'] };
const byClass = { ratio: 0.03, byCreditRisk: { A: 0.03, D: 0.5 } };
const aboveD: PlanDeviation = { rule: 'RATIO_ABOVE_PLAN', creditRisk: 'D', ratio: 0.5, planRatio: 0.3 };
const ENTERPRISES = { kinds: ['enterprise' as const] };
const countPool = { A: 100, D: 10 };
const countAbove: PlanDeviation = { rule: 'COUNT_ABOVE_PLAN', count: 7, allowed: 6, poolSizes: countPool };
const REASON = '上级部署专项整治，D类提高比例';

const asked = {
  type: 'BeyondPlanApprovalRequested' as const,
  data: {
    taskId: TASK_ID,
    requestId: BEYOND_PLAN_REQUEST_ID,
    reason: REASON,
    deviations: [aboveD],
    requesterId: leadClerk.actorId,
  },
};

describe("plans bind the draw (Yiyuan 十三; Gui'an 第8、29条)", () => {
  describe('planDeviations', () => {
    it('a task within the plan goes beyond nothing', () => {
      expect(planDeviations(narrowPlan.published, { criteria: inPlan, sampling: { ratio: 0.05 } })).toEqual(
        [],
      );
    });

    it("a class sampled above the plan's ratio for it is beyond the plan", () => {
      expect(planDeviations(PLAN_DEFINITION, { criteria: ENTERPRISES, sampling: byClass })).toEqual([aboveD]);
    });

    it('a stratified task without its own ratio for a class is held to its overall ratio there', () => {
      const sampling = { ratio: 0.2, byCreditRisk: { D: 0.3 } };
      expect(planDeviations(PLAN_DEFINITION, { criteria: ENTERPRISES, sampling }).map((d) => d)).toEqual([
        { rule: 'RATIO_ABOVE_PLAN', creditRisk: 'A', ratio: 0.2, planRatio: 0.03 },
        { rule: 'RATIO_ABOVE_PLAN', creditRisk: 'B', ratio: 0.2, planRatio: 0.05 },
        { rule: 'RATIO_ABOVE_PLAN', creditRisk: 'C', ratio: 0.2, planRatio: 0.1 },
      ]);
    });

    it("an unstratified ratio is beyond the plan above the plan's highest class ratio", () => {
      expect(planDeviations(PLAN_DEFINITION, { criteria: ENTERPRISES, sampling: { ratio: 0.3 } })).toEqual(
        [],
      );
      expect(planDeviations(PLAN_DEFINITION, { criteria: ENTERPRISES, sampling: { ratio: 0.4 } })).toEqual([
        { rule: 'RATIO_ABOVE_PLAN', creditRisk: 'D', ratio: 0.4, planRatio: 0.3 },
      ]);
    });

    it('a count without its pool found is not compared', () => {
      expect(planDeviations(PLAN_DEFINITION, { criteria: ENTERPRISES, sampling: { count: 10_000 } })).toEqual(
        [],
      );
    });

    it("a count is held to the sum over classes of ⌈the plan's ratio × the class's pool⌉", () => {
      // A 3% of 100 → 3, D 30% of 10 → 3: six entities at most.
      expect(countAllowance(PLAN_DEFINITION, { A: 100, D: 10 })).toBe(6);
      expect(
        planDeviations(PLAN_DEFINITION, { criteria: ENTERPRISES, sampling: { count: 6 }, countPool }),
      ).toEqual([]);
      expect(
        planDeviations(PLAN_DEFINITION, { criteria: ENTERPRISES, sampling: { count: 7 }, countPool }),
      ).toEqual([countAbove]);
    });

    it('a count above its pool is held as the pool it draws', () => {
      const all = { A: 1 };
      expect(
        planDeviations(PLAN_DEFINITION, { criteria: ENTERPRISES, sampling: { count: 5 }, countPool: all }),
      ).toEqual([]);
      expect(
        planDeviations(PLAN_DEFINITION, { criteria: ENTERPRISES, sampling: { count: 5 }, countPool: {} }),
      ).toEqual([]);
    });

    it('a class the plan sets no ratio for, and unrated entities, count at its highest ratio; exact products are not rounded up', () => {
      const plan = { ...PLAN_DEFINITION, ratiosByCreditRisk: { A: 0.1, B: 0.2 } };
      // A 0.1 × 30 = 3 exactly; unrated and C at B's 0.2: ⌈0.2 × 4⌉ = 1, ⌈0.2 × 6⌉ = 2.
      expect(countAllowance(plan, { A: 30, C: 4, unrated: 6 })).toBe(6);
    });

    it("criteria naming values outside the plan's, or leaving a field the plan sets open, are beyond it", () => {
      const criteria = {
        kinds: ['enterprise' as const, 'individual_business' as const],
        industryCodes: ['C13'],
      };
      expect(planDeviations(narrowPlan.published, { criteria, sampling: { ratio: 0.01 } })).toEqual([
        { rule: 'CRITERIA_BEYOND_PLAN', field: 'kinds', values: ['individual_business'] },
        { rule: 'CRITERIA_BEYOND_PLAN', field: 'regionCodes', values: ['*'] },
        { rule: 'CRITERIA_BEYOND_PLAN', field: 'industryCodes', values: ['C13'] },
      ]);
    });

    it('a region or industry inside one the plan names is within it (codes are hierarchical)', () => {
      const plan = { ...PLAN_DEFINITION, targetCriteria: { regionCodes: ['320100'], industryCodes: ['H'] } };
      const criteria = { regionCodes: ['320102'], industryCodes: ['H6210'] };
      expect(planDeviations(plan, { criteria, sampling: { ratio: 0.01 } })).toEqual([]);
    });
  });

  describe('InitiateTask beyond the plan', () => {
    it('given nothing, when a task samples a class above its plan without a reason, then TASK_BEYOND_PLAN', () => {
      spec
        .given([])
        .when(initiateTask({ sampling: byClass }))
        .thenRejects('TASK_BEYOND_PLAN');
    });

    it("refuses criteria outside the plan's target criteria without a reason: TASK_BEYOND_PLAN", () => {
      spec
        .given([])
        .when(initiateTask({ plan: narrowPlan, criteria: { kinds: ['enterprise'] } }))
        .thenRejects('TASK_BEYOND_PLAN');
    });

    it('refuses a blank reason: TASK_BEYOND_PLAN', () => {
      spec
        .given([])
        .when(initiateTask({ sampling: byClass, beyondPlanReason: '  ' }))
        .thenRejects('TASK_BEYOND_PLAN');
    });

    it('with a reason, initiates and asks a head of the lead to approve: BeyondPlanApprovalRequested', () => {
      spec
        .given([])
        .when(initiateTask({ sampling: byClass, beyondPlanReason: REASON }))
        .then([initiated({ sampling: byClass }), asked]);
    });

    it('given nothing, when a count above what the ratios allow of its pool has no reason, then TASK_BEYOND_PLAN', () => {
      spec
        .given([])
        .when(initiateTask({ sampling: { count: 7 }, countPool }))
        .thenRejects('TASK_BEYOND_PLAN');
    });

    it('a count above its plan with a reason asks a head of the lead: BeyondPlanApprovalRequested', () => {
      spec
        .given([])
        .when(initiateTask({ sampling: { count: 7 }, countPool, beyondPlanReason: REASON }))
        .then([
          initiated({ sampling: { count: 7 } }),
          { ...asked, data: { ...asked.data, deviations: [countAbove] } },
        ]);
    });

    it('a count within what the ratios allow asks nothing', () => {
      spec
        .given([])
        .when(initiateTask({ sampling: { count: 6 }, countPool }))
        .then([initiated({ sampling: { count: 6 } })]);
    });

    it('a task within its plan asks nothing', () => {
      spec
        .given([])
        .when(initiateTask({ plan: narrowPlan, criteria: inPlan }))
        .then([initiated({ criteria: inPlan })]);
    });

    it('an ad hoc task has no plan to go beyond', () => {
      spec
        .given([])
        .when(initiateTask({ planId: undefined, plan: undefined, adhocReason: '专项', sampling: byClass }))
        .then([
          (() => {
            const { planId: _p, ...data } = initiated({ sampling: byClass, adhocReason: '专项' }).data;
            return { type: 'InspectionTaskInitiated' as const, data };
          })(),
        ]);
    });
  });

  describe('the draw waits for the approval', () => {
    const history = [...histories.responded.slice(0, 1), asked, ...histories.responded.slice(1)];
    const approved = {
      type: 'BeyondPlanApproved' as const,
      data: { ...asked.data, approverId: leadHead.actorId },
    };

    it('given a pending beyond-plan request, when the lead draws, then BEYOND_PLAN_NOT_APPROVED', () => {
      spec.given(history).when(drawEntities()).thenRejects('BEYOND_PLAN_NOT_APPROVED');
    });

    it('given a pending request, when a head of the lead approves, then BeyondPlanApproved', () => {
      spec
        .given(history)
        .when(decideRequest({ requestId: BEYOND_PLAN_REQUEST_ID, expectedKind: 'beyond_plan' }))
        .then([approved]);
    });

    it('refuses the approval by the one who asked: APPROVER_IS_REQUESTER', () => {
      spec
        .given(history)
        .when(
          decideRequest({
            requestId: BEYOND_PLAN_REQUEST_ID,
            by: { ...leadClerk },
            expectedKind: 'beyond_plan',
          }),
        )
        .thenRejects('APPROVER_IS_REQUESTER');
    });

    it('given the approval, when the lead draws, then EntitiesDrawn', () => {
      spec
        .given([...history, approved])
        .when(drawEntities())
        .then([entitiesDrawn()]);
    });

    it('given a rejected request, when the lead draws, then BEYOND_PLAN_NOT_APPROVED', () => {
      const rejected = {
        type: 'RequestRejected' as const,
        data: {
          taskId: TASK_ID,
          requestId: BEYOND_PLAN_REQUEST_ID,
          approverId: leadHead.actorId,
          reply: '不同意',
        },
      };
      spec
        .given([...history, rejected])
        .when(drawEntities())
        .thenRejects('BEYOND_PLAN_NOT_APPROVED');
    });
  });
});
