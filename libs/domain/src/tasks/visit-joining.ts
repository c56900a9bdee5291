import type { DomainEvent } from '../domain-event';
import type { InspectionTaskState, TaskState } from './task-state';
import { lockedTask, reject } from './task-guards';
import type { Team } from './task-vocabulary';

/**
 * An agreed visit recorded in each of its tasks (ADR 39): the task's history alone shows the
 * visit, its day and its joint team. `year`: the year this task's draw counted the entity in;
 * `countedWith`: the visit's first task, whose check of the entity (in the same year) this one
 * shares, so that the yearly count counts the visit once; absent on that first task.
 */
export type VisitJoiningEvent = DomainEvent<
  'TaskJoinedVisit',
  {
    taskId: string;
    visitId: string;
    entityId: string;
    date: string;
    team: Team;
    taskIds: string[];
    year: number;
    countedWith?: string;
  }
>;

export interface JoinVisit {
  kind: 'JoinVisit';
  taskId: string;
  visitId: string;
  entityId: string;
  date: string;
  team: Team;
  taskIds: string[];
  /** Fact: the visit's first task and the year its draw counted the entity in. */
  counted: { taskId: string; year: number };
}

/** The year a task's draw counted its entities in (its record's, else the visit's day's). */
export function drawYearOf(task: TaskState, date: string): number {
  const year = task.draw?.record.year;
  return typeof year === 'number' ? year : Number(date.slice(0, 4));
}

/** The entities a task still inspects: its draw less those withdrawn or handed over. */
export function inspectedEntities(task: TaskState): string[] {
  return (task.entityIds ?? []).filter(
    (id) => !task.withdrawnEntityIds.includes(id) && !task.handOvers?.[id],
  );
}

/** Records the agreed visit in the task; the same visit again changes nothing. */
export function joinVisit(state: InspectionTaskState, c: JoinVisit): VisitJoiningEvent[] {
  if (state.status === 'cancelled') reject('TASK_CANCELLED', `Task ${c.taskId} was cancelled`);
  const task = lockedTask(state, c.taskId);
  const joined = task.visits?.[c.entityId];
  if (joined === c.visitId) return [];
  if (joined) {
    reject('TASK_ALREADY_IN_VISIT', `Task ${c.taskId} is already in visit ${joined} for the entity`, {
      taskId: c.taskId,
      visitId: joined,
    });
  }
  if (!inspectedEntities(task).includes(c.entityId)) {
    reject('VISIT_ENTITY_NOT_IN_TASK', `Task ${c.taskId} does not inspect ${c.entityId}`, {
      taskId: c.taskId,
      entityId: c.entityId,
    });
  }
  const { kind: _kind, counted, ...data } = c;
  const year = drawYearOf(task, c.date);
  const shares = counted.taskId !== c.taskId && counted.year === year;
  return [
    { type: 'TaskJoinedVisit', data: { ...data, year, ...(shares ? { countedWith: counted.taskId } : {}) } },
  ];
}
