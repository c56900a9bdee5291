import type { DomainEvent } from '../domain-event';
import { industryCovers, regionCovers } from '../draws/candidate-pool';
import type { PlanDefinition, TargetCriteria } from '../plans/plan';
import type { CreditRisk } from '../registers/vocabulary';
import type { PendingRequest, TaskState } from './task-state';
import { reject } from './task-guards';
import type { Sampling } from './task-vocabulary';

/**
 * Where a task goes beyond its plan (Yiyuan 十三; Gui'an 第8、29条): a credit class sampled at a
 * higher ratio than the plan's, or criteria reaching entities the plan's target criteria do not.
 */
export type PlanDeviation =
  | { rule: 'RATIO_ABOVE_PLAN'; creditRisk: CreditRisk; ratio: number; planRatio: number }
  /** `values` the task names outside the plan's; `["*"]` when the task leaves the field open. */
  | { rule: 'CRITERIA_BEYOND_PLAN'; field: keyof TargetCriteria; values: string[] }
  /**
   * A count above what the plan's ratios allow of the pool as it stood at initiation: the sum over
   * its credit classes of ⌈ratio × entities of the class⌉ (ADR 41). `poolSizes` by class.
   */
  | { rule: 'COUNT_ABOVE_PLAN'; count: number; allowed: number; poolSizes: Record<string, number> };

/** The pool a count samples, by credit class (`unrated`: entities without one), found at initiation. */
export type CountPool = Record<string, number>;

/** The id of a task's one beyond-plan request (asked at initiation, so one per task). */
export const BEYOND_PLAN_REQUEST_ID = 'beyond-plan';

type E<T extends string, D extends object> = DomainEvent<T, { taskId: string } & D>;

export type PlanBindingEvent =
  /** Initiated beyond its plan with a reason: a head of the lead must approve before the draw. */
  | E<
      'BeyondPlanApprovalRequested',
      { requestId: string; reason: string; deviations: PlanDeviation[]; requesterId: string }
    >
  | E<
      'BeyondPlanApproved',
      {
        requestId: string;
        reason: string;
        deviations: PlanDeviation[];
        requesterId: string;
        approverId: string;
      }
    >;

const covers: Record<keyof TargetCriteria, (plan: string, task: string) => boolean> = {
  kinds: (p, t) => p === t,
  tags: (p, t) => p === t,
  scales: (p, t) => p === t,
  regionCodes: regionCovers,
  industryCodes: industryCovers,
};

/**
 * How the task's sampling and criteria go beyond the plan version in force. A stratified task's
 * ratio is compared per credit class the plan sets (its own for the class, else its overall ratio);
 * an unstratified ratio with the plan's highest; a count with what the ratios allow of its pool
 * (countAllowance). A criteria field the plan sets bounds the task:
 * every value the task names must be covered by one of the plan's, and the task must name some.
 */
export function planDeviations(
  plan: PlanDefinition,
  task: { criteria: TargetCriteria; sampling: Sampling; countPool?: CountPool },
): PlanDeviation[] {
  const out: PlanDeviation[] = [];
  const planned = Object.entries(plan.ratiosByCreditRisk).filter(
    (e): e is [CreditRisk, number] => typeof e[1] === 'number',
  );
  const { ratio, byCreditRisk } = task.sampling;
  // A tolerance: 0.1 entered as 0.10000000001 by a form is the plan's ratio.
  const above = (r: number, planRatio: number) => r > planRatio + 1e-9;
  if (byCreditRisk) {
    for (const [risk, planRatio] of planned) {
      const own = byCreditRisk[risk] ?? ratio;
      if (own !== undefined && above(own, planRatio)) {
        out.push({ rule: 'RATIO_ABOVE_PLAN', creditRisk: risk, ratio: own, planRatio });
      }
    }
  } else if (ratio !== undefined && planned.length > 0) {
    // Not stratified: one ratio over every class, beyond the plan when above its highest (ADR 38).
    const [risk, planRatio] = planned.reduce((a, b) => (b[1] > a[1] ? b : a));
    if (above(ratio, planRatio)) out.push({ rule: 'RATIO_ABOVE_PLAN', creditRisk: risk, ratio, planRatio });
  }
  const { count } = task.sampling;
  if (count !== undefined && task.countPool && planned.length > 0) {
    const allowed = countAllowance(plan, task.countPool);
    // A draw takes at most its pool: a count above the pool draws the pool.
    const pooled = Object.values(task.countPool).reduce((a, b) => a + b, 0);
    if (Math.min(count, pooled) > allowed) {
      out.push({ rule: 'COUNT_ABOVE_PLAN', count, allowed, poolSizes: { ...task.countPool } });
    }
  }
  for (const field of Object.keys(covers) as (keyof TargetCriteria)[]) {
    const bound = plan.targetCriteria[field];
    if (!bound?.length) continue;
    const named = task.criteria[field];
    const values = named?.length ? named.filter((v) => !bound.some((p) => covers[field](p, v))) : ['*'];
    if (values.length > 0) out.push({ rule: 'CRITERIA_BEYOND_PLAN', field, values });
  }
  return out;
}

/**
 * How many entities the plan's ratios allow of a pool: per credit class ⌈ratio × its entities⌉,
 * summed. A class the plan sets no ratio for (and entities without a class) at the plan's highest:
 * a count drawn from one stratum may land anywhere in the pool (docs/draw.md §3).
 */
export function countAllowance(plan: PlanDefinition, pool: CountPool): number {
  const ratios = Object.values(plan.ratiosByCreditRisk).filter((r): r is number => typeof r === 'number');
  const highest = Math.max(...ratios);
  let allowed = 0;
  for (const [risk, size] of Object.entries(pool)) {
    const ratio = plan.ratiosByCreditRisk[risk as CreditRisk] ?? highest;
    // The same tolerance as the ratios': 0.1 × 30 is 3, not 4.
    allowed += Math.ceil(ratio * size - 1e-9);
  }
  return allowed;
}

/** Beyond the plan only with a stated reason; the request it opens awaits a head's approval. */
export function beyondPlanEvents(
  deviations: PlanDeviation[],
  reason: string | undefined,
  ids: { taskId: string; requesterId: string },
): PlanBindingEvent[] {
  if (deviations.length === 0) return [];
  if (!reason?.trim()) {
    reject(
      'TASK_BEYOND_PLAN',
      `The task goes beyond its plan (Yiyuan 十三; Gui'an 第8、29条): ${deviations.map(describe).join('; ')}. Give a reason for a head's approval`,
      { deviations },
    );
  }
  return [
    {
      type: 'BeyondPlanApprovalRequested',
      data: { ...ids, requestId: BEYOND_PLAN_REQUEST_ID, reason, deviations },
    },
  ];
}

function describe(d: PlanDeviation): string {
  if (d.rule === 'COUNT_ABOVE_PLAN') return `a count of ${d.count}, the plan's ratios allow ${d.allowed}`;
  return d.rule === 'RATIO_ABOVE_PLAN'
    ? `class ${d.creditRisk} at ${d.ratio}, the plan's ${d.planRatio}`
    : `${d.field} ${d.values.join(', ')} outside the plan's`;
}

/** No draw while going beyond the plan awaits (or was refused) its approval. */
export function assertPlanBindingApproved(task: TaskState): void {
  const request = task.requests[BEYOND_PLAN_REQUEST_ID];
  if (request?.kind === 'beyond_plan' && request.status !== 'approved') {
    reject(
      'BEYOND_PLAN_NOT_APPROVED',
      `The task goes beyond its plan and its approval is ${request.status}: no draw before a head approves`,
      { requestId: BEYOND_PLAN_REQUEST_ID, status: request.status },
    );
  }
}

export function approvedBeyondPlan(
  request: Extract<PendingRequest, { kind: 'beyond_plan' }>,
  base: { taskId: string; requestId: string; approverId: string },
): PlanBindingEvent[] {
  const { reason, deviations, requesterId } = request;
  return [{ type: 'BeyondPlanApproved', data: { ...base, reason, deviations, requesterId } }];
}

export function evolvePlanBinding(state: TaskState, event: PlanBindingEvent): TaskState {
  const d = event.data;
  const request: PendingRequest = {
    kind: 'beyond_plan',
    departmentId: state.leadDepartmentId,
    reason: d.reason,
    deviations: d.deviations,
    requesterId: d.requesterId,
    status: event.type === 'BeyondPlanApproved' ? 'approved' : 'pending',
  };
  return { ...state, requests: { ...state.requests, [d.requestId]: request } };
}
