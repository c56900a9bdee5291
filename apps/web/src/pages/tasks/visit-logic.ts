import type { EntityVisitItem, VisitAnswer } from '@app/contract';
import type { TaskState } from './task-types';
import type { Actor } from './task-view';

/** A possible visit as GET /api/visits?entityId= answers it: locked tasks whose windows overlap. */
export interface PossibleVisit {
  from: string;
  to: string;
  tasks: { taskId: string; window: { from: string; to: string }; departmentIds: string[] }[];
}

export interface EntityVisits {
  entityId: string;
  visits: PossibleVisit[];
  agreed: EntityVisitItem[];
}

/** The businesses the task still inspects: its draw less those withdrawn or handed over. */
export function inspectedEntities(task: TaskState): string[] {
  return (task.entityIds ?? []).filter(
    (id) => !task.withdrawnEntityIds?.includes(id) && !task.handOvers?.[id],
  );
}

/** The other locked tasks overlapping this one on the entity, and the days the visit may be on. */
export function overlapsOf(
  answer: EntityVisits | undefined,
  taskId: string,
): { from: string; to: string; taskIds: string[] } | undefined {
  const group = answer?.visits.find((v) => v.tasks.some((t) => t.taskId === taskId));
  if (!group) return undefined;
  const taskIds = group.tasks.map((t) => t.taskId).filter((id) => id !== taskId);
  return taskIds.length > 0 ? { from: group.from, to: group.to, taskIds } : undefined;
}

/** The days common to this task and the chosen ones (each task's window as it stands). */
export function commonDays(
  answer: EntityVisits | undefined,
  taskIds: readonly string[],
): { from: string; to: string } | undefined {
  const windows = (answer?.visits ?? [])
    .flatMap((v) => v.tasks)
    .filter((t) => taskIds.includes(t.taskId))
    .map((t) => t.window);
  if (windows.length === 0) return undefined;
  const from = windows.map((w) => w.from).reduce((a, b) => (a > b ? a : b));
  const to = windows.map((w) => w.to).reduce((a, b) => (a < b ? a : b));
  return from <= to ? { from, to } : undefined;
}

/** The visits this task is in for the entity (proposed, agreed or declined), newest last. */
export function visitsOfTask(answer: EntityVisits | undefined, taskId: string): EntityVisitItem[] {
  return (answer?.agreed ?? []).filter((v) => v.taskIds.includes(taskId));
}

const mayAct = (actor: Actor) => actor.roles.includes('operator') || actor.roles.includes('head');

/**
 * A lead's operator or head proposes a visit for a locked task that is in no proposed or agreed
 * visit for the entity (a declined one frees it) and overlaps another task there.
 */
export function mayProposeVisit(
  task: TaskState,
  actor: Actor,
  answer: EntityVisits | undefined,
  entityId: string,
): boolean {
  return (
    task.status === 'locked' &&
    actor.departmentId === task.leadDepartmentId &&
    mayAct(actor) &&
    !task.visits?.[entityId] &&
    !visitsOfTask(answer, task.id).some((v) => v.status !== 'declined') &&
    overlapsOf(answer, task.id) !== undefined
  );
}

/** Another lead answers a proposed visit for the tasks it leads that have not agreed yet. */
export function mayAnswerVisit(visit: VisitAnswer | undefined, actor: Actor): boolean {
  if (!visit || visit.status !== 'proposed' || !mayAct(actor)) return false;
  const mine = visit.taskIds.filter((id) => visit.leads[id] === actor.departmentId);
  return mine.length > 0 && mine.some((id) => !visit.agreedTaskIds.includes(id));
}

/** A lead completes an agreed visit whose joins are not all recorded (POST /api/visits/:id/joins). */
export function mayCompleteJoins(visit: VisitAnswer | undefined, actor: Actor): boolean {
  if (!visit || visit.status !== 'agreed' || !mayAct(actor)) return false;
  const leads = visit.taskIds.some((id) => visit.leads[id] === actor.departmentId);
  return leads && (visit.joins ?? []).some((j) => j.status === 'missing');
}

/** Who may recompute the visit's team (GET /api/visits/:id/team-verification). */
export function mayVerifyVisitTeam(actor: Actor): boolean {
  return ['auditor', 'supervisor', 'admin'].some((r) => actor.roles.includes(r));
}

/** What is wrong with a proposal before it is sent: another task chosen, a day in the common days. */
export function proposalProblems(
  chosen: readonly string[],
  date: string,
  days: { from: string; to: string } | undefined,
): ('taskIds' | 'date')[] {
  const problems: ('taskIds' | 'date')[] = [];
  if (chosen.length === 0) problems.push('taskIds');
  if (!date || !days || date < days.from || date > days.to) problems.push('date');
  return problems;
}
