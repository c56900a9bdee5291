import type { PlanExecution, Statistics } from '@app/contract';
import { type CountyYear, YEAR } from './context';
import { PLAN_RATIO_B } from './plans';
import { ENTITY_COUNT } from './registers';
import { coordinator } from './plans';

/**
 * The year's figures read back at its end and checked against what the year did: the statistics,
 * each department's executed ratio against its plan, the overdue and 通报 reports, and each
 * entity's yearly count.
 */
export async function checkFigures(year: CountyYear): Promise<void> {
  const { did, ids } = year;
  await year.at(`${YEAR}-12-31`);
  const reader = year.as('jjjc', 'supervisor');
  const stats = await year.ok<Statistics>('GET', `/api/statistics?year=${YEAR}`, reader);
  year.read.statistics = { tasks: stats.tasks, joint: stats.joint, results: stats.results };
  year.check(
    'statistics: tasks',
    [stats.tasks.initiated, stats.tasks.locked, stats.tasks.cancelled, stats.joint.tasks],
    [did.tasksInitiated, did.tasksLocked, did.tasksCancelled ?? 0, did.jointTasks],
  );
  year.check(
    'statistics: results published, on time, problems found',
    [stats.results.published, stats.results.publishedOnTime, stats.results.problemsFound],
    [did.published, did.published, did.problemsFound],
  );
  // A result withheld from publication with a head's approval owes none: not due, never late.
  year.check(
    'statistics: results due, published on time (the withheld one owes no publication)',
    [stats.results.due, stats.results.publishedOnTimeRate],
    [did.published, 1],
  );

  const execution = await year.ok<PlanExecution>(
    'GET',
    `/api/statistics/plan-execution?year=${YEAR}`,
    reader,
  );
  const planned = Math.ceil(PLAN_RATIO_B * ENTITY_COUNT);
  const joint = execution.plans.find((p) => p.planId === ids.plans.joint);
  year.read.planExecution = joint;
  year.check(
    'plan execution: pool and planned',
    [joint?.pool, joint?.planned],
    [{ B: ENTITY_COUNT }, planned],
  );
  // Checked: the entities a department entered a result for (the moved business was withdrawn).
  const checked = did.entitiesDrawn - did.handedOver;
  const ratio = (n: number) => Math.round((n / planned) * 10_000) / 10_000;
  year.check(
    'plan execution: per department',
    joint?.departments.map((d) => [d.departmentId, d.role, d.tasks, d.drawn, d.checked, d.checkedRatio]),
    [
      ['scjg', 'lead', 1, did.entitiesDrawn, checked, ratio(checked)],
      ['xf', 'cooperating', 1, did.entitiesDrawn, checked, ratio(checked)],
      ['ws', 'cooperating', 0, 0, 0, 0],
    ],
  );
  // xf's own plan: its one task drew the business it shared with the joint task in one visit.
  const solo = execution.plans.find((p) => p.planId === ids.plans.late);
  year.check(
    'plan execution: xf’s own plan',
    solo?.departments.map((d) => [d.departmentId, d.tasks, d.drawn]),
    [['xf', 1, 1]],
  );

  const responses = await year.ok<{ items: { taskId: string; departmentId: string; state: string }[] }>(
    'GET',
    `/api/overdue-responses?asOf=${YEAR}-12-31`,
    reader,
  );
  year.check(
    'overdue responses',
    responses.items.map((r) => [r.taskId, r.departmentId, r.state]),
    [[ids.taskId, 'ws', 'not-answering']],
  );
  const notice = await year.ok<{ departments: { departmentId: string; tasks: { taskId: string }[] }[] }>(
    'GET',
    `/api/joint-office/non-responses?from=${YEAR}-03-01&to=${YEAR}-03-31`,
    coordinator(year),
  );
  year.check(
    '通报 list',
    notice.departments.map((d) => [d.departmentId, d.tasks.map((t) => t.taskId)]),
    [['ws', [ids.taskId]]],
  );
  const disclosures = await year.ok<{ items: unknown[] }>(
    'GET',
    `/api/overdue-disclosures?asOf=${YEAR}-12-31`,
    reader,
  );
  year.check('overdue disclosures (none: the kept result is not owed)', disclosures.items.length, 0);

  let counted = 0;
  for (const entityId of ids.entities) {
    const checks = await year.ok<{ count: number; cap: number }>(
      'GET',
      `/api/entities/${entityId}/checks?year=${YEAR}`,
      reader,
    );
    // The business of the visit was drawn by two tasks, and counts once (ADR 39).
    year.check(`${entityId}: yearly count`, checks.count, ids.drawn.includes(entityId) ? 1 : 0);
    counted += checks.count;
  }
  year.read.entityChecks = counted;
}
