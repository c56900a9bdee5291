import {
  type InspectionTaskState,
  type Team,
  type VisitEvent,
  drawVisitTeam,
  inspectionTaskDecider,
  registerStreams,
  sha256,
} from '@app/domain';
import type { EventStore } from '@app/event-store';

/** Members per department the api draws (ADR 39; docs/draw.md §8.2). */
const PER_DEPARTMENT = 1;

export interface VisitTeamCheck {
  visitId: string;
  verified: boolean;
  recorded: { team: Team; basis: string };
  computed: { team: Team; basis: string };
}

/** A task's state as it stood before a log position (what the team's draw read). */
async function taskBefore(
  events: EventStore,
  taskId: string,
  position: number,
): Promise<InspectionTaskState> {
  let state = inspectionTaskDecider.initialState();
  for await (const recorded of events.readStream(registerStreams.inspectionTask(taskId))) {
    if (recorded.position >= position) break;
    state = inspectionTaskDecider.evolve(state, { type: recorded.type, data: recorded.data } as never);
  }
  return state;
}

/**
 * Recomputes an agreed visit's joint team from the log (docs/draw.md §8.2): the tasks' seed
 * commitments and their teams for the entity as they stood before `VisitConfirmed`. Undefined
 * when the visit is not (yet) agreed.
 */
export async function verifyVisitTeam(
  events: EventStore,
  visitId: string,
): Promise<VisitTeamCheck | undefined> {
  for await (const recorded of events.readStream(registerStreams.visit(visitId))) {
    if (recorded.type !== 'VisitConfirmed') continue;
    const data = recorded.data as unknown as Extract<VisitEvent, { type: 'VisitConfirmed' }>['data'];
    const seedCommitments: Record<string, string> = {};
    const teams: Record<string, Team> = {};
    for (const taskId of data.taskIds) {
      const task = await taskBefore(events, taskId, recorded.position);
      if (task.status === 'absent') continue;
      seedCommitments[taskId] = task.seedCommitment;
      teams[taskId] = { members: task.teams[data.entityId]?.members ?? [] };
    }
    const computed = drawVisitTeam(sha256, {
      visitId,
      entityId: data.entityId,
      seedCommitments,
      teams,
      perDepartment: PER_DEPARTMENT,
    });
    const recordedTeam = { team: data.team, basis: data.teamBasis };
    const verified =
      computed.basis === data.teamBasis && JSON.stringify(computed.team) === JSON.stringify(data.team);
    return { visitId, verified, recorded: recordedTeam, computed };
  }
  return undefined;
}
