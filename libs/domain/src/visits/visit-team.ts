import { type Sha256, toHex } from '../draws/sha256';
import type { Team, TeamMember } from '../tasks/task-vocabulary';

export const VISIT_TEAM_ALGORITHM = 'ssj-visit-team-sha256-v1';

/** What anyone can read from the log to recompute a visit's team (docs/draw.md "The visit's team"). */
export interface VisitTeamInputs {
  visitId: string;
  entityId: string;
  /** Each task's seed commitment, fixed and published at its initiation. */
  seedCommitments: Record<string, string>;
  /** Each task's drawn team for the entity (its 执法人员; experts are never taken). */
  teams: Record<string, Team>;
  /** Members per department (at least 1). */
  perDepartment: number;
}

/** The basis: sha256 over the algorithm, the visit, the entity and the tasks' commitments in id order. */
export function visitTeamBasis(sha256: Sha256, inputs: VisitTeamInputs): string {
  const tasks = Object.keys(inputs.seedCommitments).sort();
  const parts = [VISIT_TEAM_ALGORITHM, inputs.visitId, inputs.entityId];
  for (const taskId of tasks) parts.push(taskId, inputs.seedCommitments[taskId]);
  return toHex(sha256(parts.flatMap((p) => [p, '\u0000'])));
}

/**
 * The joint team: every member of the tasks' teams for the entity ranked by sha256(basis, department,
 * inspector); the first `perDepartment` of each department, then the next ranked until there are two
 * (Yiyuan 十九). The leader is the first ranked member taken. Pure: the api and an auditor run the same.
 */
export function drawVisitTeam(sha256: Sha256, inputs: VisitTeamInputs): { team: Team; basis: string } {
  const basis = visitTeamBasis(sha256, inputs);
  const members = new Map<string, TeamMember>();
  for (const taskId of Object.keys(inputs.teams).sort()) {
    for (const member of inputs.teams[taskId].members) members.set(member.inspectorId, member);
  }
  const rank = (m: TeamMember) => toHex(sha256([basis, '\u0000', m.departmentId, '\u0000', m.inspectorId]));
  const ranked = [...members.values()]
    .map((member) => ({ member, rank: rank(member) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .map((r) => r.member);
  const taken: TeamMember[] = [];
  const perDepartment = new Map<string, number>();
  for (const member of ranked) {
    const count = perDepartment.get(member.departmentId) ?? 0;
    if (count >= Math.max(1, inputs.perDepartment)) continue;
    perDepartment.set(member.departmentId, count + 1);
    taken.push(member);
  }
  for (const member of ranked) {
    if (taken.length >= 2) break;
    if (!taken.includes(member)) taken.push(member);
  }
  const team: Team = taken.length > 0 ? { members: taken, leaderId: taken[0].inspectorId } : { members: [] };
  return { team, basis };
}
