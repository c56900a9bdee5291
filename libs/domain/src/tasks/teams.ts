import { assertPlanBindingApproved } from './plan-binding';
import { assertDrawMeetsBeacon } from './beacon-rules';
import { malformedCriteria } from '../plans/criteria-shape';
import type { InspectionTaskCommand, InspectorFact } from './task-commands';
import type { InspectionTaskEvent } from './task-events';
import { actingDepartments, assertLead, listedEntities, openTask, reject } from './task-guards';
import type { InspectionTaskState, TaskState } from './task-state';
import type { Team } from './task-vocabulary';
import { assertCountsTowardTeam } from './experts';

type Command<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;

/** Only active inspectors of the department, with no declared conflict with the entity (回避). */
export function assertEligible(
  inspector: InspectorFact | undefined,
  id: string,
  departmentId: string,
  entityId: string,
): void {
  if (
    !inspector ||
    inspector.inspectorId !== id ||
    inspector.departmentId !== departmentId ||
    inspector.status !== 'active' ||
    inspector.erased
  ) {
    reject('INSPECTOR_NOT_ELIGIBLE', `Inspector ${id} is not an active inspector of ${departmentId}`, {
      inspectorId: id,
    });
  }
  if (inspector.conflicts.includes(entityId)) {
    reject(
      'INSPECTOR_CONFLICT_OF_INTEREST',
      `Inspector ${id} declared a conflict of interest with ${entityId}`,
      {
        inspectorId: id,
        entityId,
      },
    );
  }
}

/** What a draw needs before its pool is read: an open task, its lead department, no draw yet. */
export function assertEntitiesMayBeDrawn(
  state: InspectionTaskState,
  taskId: string,
  departmentId: string,
): TaskState {
  const task = openTask(state, taskId);
  assertLead(task, departmentId);
  if (task.entityIds !== null)
    reject('ENTITIES_ALREADY_DRAWN', 'The entities of this task were drawn already; no redraws');
  const malformed = malformedCriteria(task.criteria);
  if (malformed.length > 0) {
    reject(
      'TASK_CRITERIA_MALFORMED',
      `The task's criteria ${malformed.join(', ')} are not lists, so it cannot be drawn; cancel it and initiate it again`,
      { fields: malformed },
    );
  }
  assertPlanBindingApproved(task);
  return task;
}

/** The draw is made once: no redraws, ever. */
export function drawEntities(
  state: InspectionTaskState,
  command: Command<'DrawEntities'>,
): InspectionTaskEvent[] {
  const task = assertEntitiesMayBeDrawn(state, command.taskId, command.by.departmentId);
  assertDrawMeetsBeacon(task, command.draw);
  const parts = command.parts ?? 0;
  const recorded = task.drawParts;
  if (recorded !== null && recorded.drawId !== command.drawId) {
    reject(
      'DRAW_PARTS_MISMATCH',
      'A draw of this task has begun recording its list; it is resumed, not redone',
    );
  }
  const listed: Record<number, string[]> =
    parts > 0 && recorded !== null && recorded.drawId === command.drawId ? recorded.parts : {};
  const missing = Array.from({ length: parts }, (_, i) => i).filter((i) => !listed[i]);
  if (missing.length > 0)
    reject('DRAW_PARTS_MISSING', `Parts ${missing.join(', ')} of the drawn list are missing`);
  const all = [...Object.values(listed).flat(), ...command.entityIds];
  if (all.length === 0) reject('DRAW_EMPTY', 'A draw names at least one entity');
  if (new Set(all).size !== all.length) reject('DRAW_DUPLICATE', 'An entity is drawn once');
  return [
    {
      type: 'EntitiesDrawn',
      data: {
        taskId: command.taskId,
        entityIds: command.entityIds,
        draw: command.draw,
        ...(parts > 0 ? { drawId: command.drawId, parts } : {}),
      },
    },
  ];
}

/** One part of a large drawn list; the same part again changes nothing (a resumed draw). */
export function listDrawnEntities(
  state: InspectionTaskState,
  command: Command<'ListDrawnEntities'>,
): InspectionTaskEvent[] {
  const task = openTask(state, command.taskId);
  assertLead(task, command.by.departmentId);
  if (task.entityIds !== null)
    reject('ENTITIES_ALREADY_DRAWN', 'The entities of this task were drawn already; no redraws');
  if (task.drawParts && task.drawParts.drawId !== command.drawId) {
    reject(
      'DRAW_PARTS_MISMATCH',
      'Another draw of this task has begun recording its list; it is resumed, not redone',
    );
  }
  if (!Number.isInteger(command.part) || command.part < 0 || command.part >= command.parts) {
    reject('DRAW_PART_OUT_OF_RANGE', `Part ${command.part} of ${command.parts}`);
  }
  if (task.drawParts?.parts[command.part]) return [];
  const { taskId, drawId, part, parts, entityIds } = command;
  return [{ type: 'DrawnEntitiesListed', data: { taskId, drawId, part, parts, entityIds } }];
}

/** Each taking-part department draws its inspectors for every entity, once; the lead names leaders. */
export function drawInspectors(
  state: InspectionTaskState,
  command: Command<'DrawInspectors'>,
): InspectionTaskEvent[] {
  const task = openTask(state, command.taskId);
  const departmentId = command.by.departmentId;
  if (!actingDepartments(task).includes(departmentId)) {
    reject('DEPARTMENT_NOT_IN_TASK', `Department ${departmentId} does not take part (or has not accepted)`, {
      departmentId,
    });
  }
  if (task.entityIds === null) reject('ENTITIES_NOT_DRAWN', 'Draw the entities first');
  if (task.inspectorDrawsBy.includes(departmentId)) {
    reject('INSPECTORS_ALREADY_DRAWN', `Department ${departmentId} drew its inspectors already; no redraws`, {
      departmentId,
    });
  }
  const listed = listedEntities(task);
  const assigned = command.assignments.map((a) => a.entityId);
  if (assigned.length !== listed.length || !listed.every((id) => assigned.includes(id))) {
    reject('INSPECTOR_DRAW_INCOMPLETE', 'Inspectors are drawn for every entity on the list, once each');
  }
  const facts = new Map(command.inspectors.map((i) => [i.inspectorId, i]));
  const isLead = departmentId === task.leadDepartmentId;
  const teams: Record<string, Team> = {};
  for (const { entityId, inspectorIds, leaderId } of command.assignments) {
    if (inspectorIds.length === 0)
      reject('TEAM_MISSING_DEPARTMENT', `No inspector of ${departmentId} for ${entityId}`);
    if (new Set(inspectorIds).size !== inspectorIds.length)
      reject('INSPECTOR_TWICE', 'An inspector is named once per entity');
    for (const id of inspectorIds) {
      assertEligible(facts.get(id), id, departmentId, entityId);
      assertCountsTowardTeam(facts.get(id)!, task.window, command.enforcementRequired === true);
    }
    if (isLead && (!leaderId || !inspectorIds.includes(leaderId))) {
      reject(
        'TEAM_LEADER_MISSING',
        `The lead department names a leader among its inspectors for ${entityId}`,
      );
    }
    if (!isLead && leaderId) reject('LEADER_NOT_FROM_LEAD', 'The team leader comes from the lead department');
    teams[entityId] = {
      members: inspectorIds.map((inspectorId) => ({ inspectorId, departmentId })),
      ...(isLead && leaderId ? { leaderId } : {}),
    };
  }
  return [
    { type: 'InspectorsDrawn', data: { taskId: command.taskId, departmentId, teams, draw: command.draw } },
  ];
}

/**
 * A complete team: two inspectors at least (each drawn only if they count: never an expert or
 * auxiliary, with 执法资格 where required; experts stand beside, in `experts`), a leader of the
 * lead department, every department there.
 */
export function assertCompleteTeam(task: TaskState, entityId: string, team: Team | undefined): void {
  const members = team?.members ?? [];
  if (members.length < 2) reject('TEAM_TOO_SMALL', `The team for ${entityId} needs at least 2 inspectors`);
  const leader = members.find((m) => m.inspectorId === team?.leaderId);
  if (!leader || leader.departmentId !== task.leadDepartmentId) {
    reject('TEAM_LEADER_MISSING', `The team for ${entityId} needs a leader from the lead department`);
  }
  const missing = actingDepartments(task).filter((d) => !members.some((m) => m.departmentId === d));
  if (missing.length > 0) {
    reject('TEAM_MISSING_DEPARTMENT', `The team for ${entityId} has no inspector of ${missing.join(', ')}`, {
      entityId,
      departmentIds: missing,
    });
  }
}

export function lock(state: InspectionTaskState, command: Command<'LockTask'>): InspectionTaskEvent[] {
  const task = openTask(state, command.taskId);
  assertLead(task, command.by.departmentId);
  const silent = task.participants.map((p) => p.departmentId).filter((id) => !task.responses[id]);
  if (silent.length > 0) {
    reject('PARTICIPANTS_NOT_ALL_RESPONDED', `Waiting for the response of ${silent.join(', ')}`, {
      departmentIds: silent,
    });
  }
  if (task.entityIds === null) reject('ENTITIES_NOT_DRAWN', 'Draw the entities first');
  const listed = listedEntities(task);
  if (listed.length === 0)
    reject('TASK_HAS_NO_ENTITIES', 'Every drawn entity was withdrawn: nothing to inspect');
  for (const entityId of listed) assertCompleteTeam(task, entityId, task.teams[entityId]);
  const teams = Object.fromEntries(listed.map((id) => [id, task.teams[id]]));
  const departmentIds = actingDepartments(task);
  const itemIds = departmentIds.flatMap((d) =>
    d === task.leadDepartmentId ? task.itemIds : (task.responses[d]?.itemIds ?? []),
  );
  return [
    {
      type: 'InspectionTaskLocked',
      data: {
        taskId: command.taskId,
        entityIds: listed,
        teams,
        window: task.window,
        leadDepartmentId: task.leadDepartmentId,
        departmentIds,
        itemIds,
      },
    },
  ];
}
