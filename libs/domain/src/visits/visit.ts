import type { Decider } from '../decider';
import { DomainError } from '../domain-error';
import type { VisitAggregateState, VisitCommand, VisitEvent, VisitState } from './visit-events';
import { assertVisitDate, assertVisitTasks, visitOverlap } from './visit-rules';

type Propose = Extract<VisitCommand, { kind: 'ProposeVisit' }>;
type Answer = Extract<VisitCommand, { kind: 'AnswerVisit' }>;
type RecordJoins = Extract<VisitCommand, { kind: 'RecordVisitJoins' }>;

function reject(code: string, message: string, details: Record<string, unknown> = {}): never {
  throw new DomainError(code, message, details);
}

function propose(state: VisitAggregateState, c: Propose): VisitEvent[] {
  if (state.status !== 'absent') reject('VISIT_ALREADY_PROPOSED', `Visit ${c.visitId} exists`);
  assertVisitTasks(c.tasks, c.entityId, c.visitId);
  const own = c.tasks.filter((t) => t.leadDepartmentId === c.by.departmentId);
  if (own.length === 0) {
    reject('NOT_THE_LEAD_DEPARTMENT', 'A visit is proposed by the lead of one of its tasks');
  }
  assertVisitDate(c.date, visitOverlap(c.tasks), c.workingDay);
  const leads = Object.fromEntries(c.tasks.map((t) => [t.taskId, t.leadDepartmentId]));
  const proposed: VisitEvent = {
    type: 'VisitProposed',
    data: {
      visitId: c.visitId,
      entityId: c.entityId,
      taskIds: c.tasks.map((t) => t.taskId),
      date: c.date,
      proposedBy: c.by.actorId,
      departmentId: c.by.departmentId,
      leads,
    },
  };
  // One lead of every task (distinct leads or not): agreed as proposed.
  if (own.length < c.tasks.length) return [proposed];
  const after = evolve({ status: 'absent' }, proposed) as VisitState;
  return [proposed, confirmed(after, { ...c, kind: 'AnswerVisit', agree: true })];
}

function answer(state: VisitAggregateState, c: Answer): VisitEvent[] {
  if (state.status === 'absent') reject('VISIT_NOT_FOUND', `No visit ${c.visitId}`);
  const mine = state.taskIds.filter((id) => state.leads[id] === c.by.departmentId);
  if (mine.length === 0) reject('NOT_THE_LEAD_DEPARTMENT', 'Only the lead of one of its tasks answers');
  if (state.status !== 'proposed') {
    reject('VISIT_ALREADY_DECIDED', `Visit ${c.visitId} was ${state.status}`, { status: state.status });
  }
  if (mine.every((id) => state.agreedTaskIds.includes(id))) {
    reject('VISIT_ALREADY_ANSWERED', 'Your department has agreed to this visit already');
  }
  const base = {
    visitId: c.visitId,
    entityId: state.entityId,
    taskIds: mine,
    departmentId: c.by.departmentId,
  };
  if (!c.agree) {
    return [{ type: 'VisitDeclined', data: { ...base, declinedBy: c.by.actorId, reason: c.reason ?? '' } }];
  }
  const agreed: VisitEvent = { type: 'VisitAgreed', data: { ...base, agreedBy: c.by.actorId } };
  const all = new Set([...state.agreedTaskIds, ...mine]);
  if (!state.taskIds.every((id) => all.has(id))) return [agreed];
  return [agreed, confirmed(state, c)];
}

/** The last agreement: the tasks are checked again as they stand now, and the team is drawn. */
function confirmed(state: VisitState, c: Answer): VisitEvent {
  const tasks = state.taskIds.map(
    (taskId) =>
      c.tasks.find((t) => t.taskId === taskId) ?? reject('TASK_NOT_FOUND', `No task ${taskId}`, { taskId }),
  );
  assertVisitTasks(tasks, state.entityId, c.visitId);
  assertVisitDate(state.date, visitOverlap(tasks), undefined);
  const team = c.team;
  if (!team || team.team.members.length < 2) {
    reject('VISIT_TEAM_TOO_SMALL', 'The tasks’ teams for the entity give fewer than two 执法人员', {
      members: team?.team.members.length ?? 0,
    });
  }
  const { entityId, taskIds, date } = state;
  return {
    type: 'VisitConfirmed',
    data: { visitId: c.visitId, entityId, taskIds, date, team: team.team, teamBasis: team.basis },
  };
}

/** The agreed visit's tasks that can no longer join, recorded once each (a repeat changes nothing). */
function recordJoins(state: VisitAggregateState, c: RecordJoins): VisitEvent[] {
  if (state.status === 'absent') reject('VISIT_NOT_FOUND', `No visit ${c.visitId}`);
  if (!state.taskIds.some((id) => state.leads[id] === c.by.departmentId)) {
    reject('NOT_THE_LEAD_DEPARTMENT', 'Only the lead of one of its tasks completes the visit');
  }
  if (state.status !== 'agreed') {
    reject('VISIT_NOT_AGREED', `Visit ${c.visitId} is ${state.status}, not agreed`, { status: state.status });
  }
  const events: VisitEvent[] = [];
  for (const join of c.joins) {
    if (!state.taskIds.includes(join.taskId) || join.status === 'joined' || !join.why) continue;
    if (state.left?.[join.taskId]) continue;
    events.push({
      type: 'VisitTaskLeft',
      data: {
        visitId: c.visitId,
        entityId: state.entityId,
        taskId: join.taskId,
        why: join.why,
        recordedBy: c.by.actorId,
      },
    });
  }
  return events;
}

function evolve(state: VisitAggregateState, event: VisitEvent): VisitAggregateState {
  if (event.type === 'VisitProposed') {
    const d = event.data;
    const agreedTaskIds = d.taskIds.filter((id) => d.leads[id] === d.departmentId);
    return {
      status: 'proposed',
      entityId: d.entityId,
      taskIds: d.taskIds,
      date: d.date,
      leads: d.leads,
      agreedTaskIds,
    };
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
    case 'VisitAgreed':
      return { ...state, agreedTaskIds: [...new Set([...state.agreedTaskIds, ...event.data.taskIds])] };
    case 'VisitDeclined':
      return { ...state, status: 'declined' };
    case 'VisitConfirmed':
      return { ...state, status: 'agreed', team: event.data.team, teamBasis: event.data.teamBasis };
    case 'VisitTaskLeft':
      return { ...state, left: { ...state.left, [event.data.taskId]: event.data.why } };
  }
}

/** One visit for several locked tasks, stream `visit-<id>` (ADR 39). */
export const visitDecider: Decider<VisitCommand, VisitEvent, VisitAggregateState> = {
  initialState: () => ({ status: 'absent' }),
  evolve,
  decide: (command, state) => {
    switch (command.kind) {
      case 'ProposeVisit':
        return propose(state, command);
      case 'AnswerVisit':
        return answer(state, command);
      case 'RecordVisitJoins':
        return recordJoins(state, command);
    }
  },
};
