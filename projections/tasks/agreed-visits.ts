import type { Team, VisitEvent, VisitLeaving } from '@app/domain';

/** A visit proposed, agreed or declined by the leads (ADR 39), as the entity's visits show it. */
export interface ProposedVisit {
  visitId: string;
  taskIds: string[];
  date: string;
  status: 'proposed' | 'agreed' | 'declined';
  proposedBy: string;
  /** The joint team, once every lead agreed. */
  team?: Team;
  declined?: { departmentId: string; reason: string };
  /**
   * Tasks that left the agreed visit: cancelled, or the entity withdrawn from them (after joining,
   * or recorded on the visit by `VisitTaskLeft` when they could no longer join).
   */
  left?: { taskId: string; why: VisitLeaving }[];
}

/** The entity's proposed and agreed visits after one event of a visit's stream. */
export function proposalsAfter(proposals: readonly ProposedVisit[], event: VisitEvent): ProposedVisit[] {
  const d = event.data;
  if (event.type === 'VisitProposed') {
    const { visitId, taskIds, date, proposedBy } = event.data;
    return [...proposals, { visitId, taskIds, date, status: 'proposed', proposedBy }];
  }
  return proposals.map((p) => {
    if (p.visitId !== d.visitId) return p;
    if (event.type === 'VisitConfirmed') return { ...p, status: 'agreed', team: event.data.team };
    if (event.type === 'VisitTaskLeft') return taskLeft([p], event.data.taskId, event.data.why)[0];
    if (event.type === 'VisitDeclined') {
      const { departmentId, reason } = event.data;
      return { ...p, status: 'declined', declined: { departmentId, reason } };
    }
    return p;
  });
}

/** A task leaves the entity's agreed visit (the visit stays; what it records says so). */
export function taskLeft(
  proposals: readonly ProposedVisit[],
  taskId: string,
  why: VisitLeaving,
): ProposedVisit[] {
  return proposals.map((p) =>
    p.status === 'agreed' && p.taskIds.includes(taskId) && !p.left?.some((l) => l.taskId === taskId)
      ? { ...p, left: [...(p.left ?? []), { taskId, why }] }
      : p,
  );
}

/** The visit a task is in for the entity, proposed or agreed (declined ones free it). */
export function visitOfTask(
  proposals: readonly ProposedVisit[] | undefined,
  taskId: string,
): string | undefined {
  return proposals?.find((p) => p.status !== 'declined' && p.taskIds.includes(taskId))?.visitId;
}
