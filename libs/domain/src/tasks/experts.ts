import { AUXILIARY_CATEGORIES } from '../registers/vocabulary';
import type { InspectionTaskCommand, InspectorFact } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import { actingDepartments, listedEntities, openTask, reject } from './task-guards';
import type { DateWindow, TeamExpert } from './task-vocabulary';
import type { InspectionTaskState } from './task-state';
import { assertEligible } from './teams';

type Command<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;

/** How many experts a department may add beside one entity's team. */
export const MAX_EXPERTS_PER_ENTITY = 5;

/** Whether the inspector is an expert or auxiliary by category (never a counted team member). */
export function isAuxiliary(inspector: Pick<InspectorFact, 'category'>): boolean {
  return inspector.category !== undefined && AUXILIARY_CATEGORIES.includes(inspector.category);
}

/** 执法资格 valid on every day of the window: a certificate valid until the window's last day at least. */
export function enforcementValidThrough(validUntil: string | undefined, window: DateWindow): boolean {
  return validUntil !== undefined && validUntil >= window.to;
}

/**
 * A team member counts toward the two (Yiyuan 十九、二十): never an expert or auxiliary; and, when
 * the deployment requires it, with 执法资格 valid through the task's window.
 */
export function assertCountsTowardTeam(
  inspector: InspectorFact,
  window: DateWindow,
  enforcementRequired: boolean,
): void {
  const inspectorId = inspector.inspectorId;
  if (isAuxiliary(inspector)) {
    reject(
      'AUXILIARY_NOT_COUNTED',
      `Inspector ${inspectorId} is ${inspector.category}: experts and auxiliaries join from the expert pool and never count toward the team's two`,
      { inspectorId, category: inspector.category },
    );
  }
  if (!enforcementRequired) return;
  if (inspector.enforcementValidUntil === undefined) {
    reject('ENFORCEMENT_CERTIFICATE_MISSING', `Inspector ${inspectorId} has no 执法资格 on record`, {
      inspectorId,
    });
  }
  if (!enforcementValidThrough(inspector.enforcementValidUntil, window)) {
    reject(
      'ENFORCEMENT_CERTIFICATE_EXPIRED',
      `Inspector ${inspectorId}'s 执法资格 ends ${inspector.enforcementValidUntil}, before the task's window ends (${window.to})`,
      { inspectorId, validUntil: inspector.enforcementValidUntil, windowEnd: window.to },
    );
  }
}

/**
 * A department's experts and auxiliaries, drawn from its expert pool (or appointed with a reason),
 * beside the teams: optional (0..n per entity), once per department, before the lock.
 */
export function drawExperts(
  state: InspectionTaskState,
  command: Command<'DrawExperts'>,
): InspectionTaskEvent[] {
  const task = openTask(state, command.taskId);
  const departmentId = command.by.departmentId;
  if (!actingDepartments(task).includes(departmentId)) {
    reject('DEPARTMENT_NOT_IN_TASK', `Department ${departmentId} does not take part (or has not accepted)`, {
      departmentId,
    });
  }
  if (task.entityIds === null) reject('ENTITIES_NOT_DRAWN', 'Draw the entities first');
  if ((task.expertDrawsBy ?? []).includes(departmentId)) {
    reject('EXPERTS_ALREADY_DRAWN', `Department ${departmentId} drew its experts already; no redraws`, {
      departmentId,
    });
  }
  const listed = listedEntities(task);
  const facts = new Map(command.inspectors.map((i) => [i.inspectorId, i]));
  const experts: Record<string, TeamExpert[]> = {};
  const add = (entityId: string, inspectorId: string, reason?: string) => {
    if (!listed.includes(entityId)) {
      reject('ENTITY_NOT_IN_TASK', `Entity ${entityId} is not on the task's list`, { entityId });
    }
    assertEligible(facts.get(inspectorId), inspectorId, departmentId, entityId);
    if (!isAuxiliary(facts.get(inspectorId)!)) {
      reject('NOT_AN_EXPERT', `Inspector ${inspectorId} is not in the expert pool (expert or other staff)`, {
        inspectorId,
      });
    }
    const beside = (experts[entityId] ??= []);
    const inTeam = task.teams[entityId]?.members.some((m) => m.inspectorId === inspectorId);
    if (inTeam || beside.some((e) => e.inspectorId === inspectorId)) {
      reject('INSPECTOR_TWICE', 'An inspector is named once per entity', { inspectorId, entityId });
    }
    beside.push({ inspectorId, departmentId, ...(reason !== undefined ? { appointedReason: reason } : {}) });
    if (beside.length > MAX_EXPERTS_PER_ENTITY) {
      reject('TOO_MANY_EXPERTS', `At most ${MAX_EXPERTS_PER_ENTITY} experts per entity and department`, {
        entityId,
      });
    }
  };
  for (const { entityId, expertIds } of command.assignments) for (const id of expertIds) add(entityId, id);
  for (const a of command.appointed) {
    if (a.reason.trim().length === 0) reject('APPOINTMENT_REASON_MISSING', 'An appointment gives its reason');
    add(a.entityId, a.inspectorId, a.reason);
  }
  for (const entityId of Object.keys(experts)) if (experts[entityId].length === 0) delete experts[entityId];
  return [
    { type: 'ExpertsDrawn', data: { taskId: command.taskId, departmentId, experts, draw: command.draw } },
  ];
}
