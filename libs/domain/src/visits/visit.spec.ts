import { deciderSpecification } from '../testing/decider-specification';
import { sha256 } from '../draws/sha256-js';
import type { Team } from '../tasks/task-vocabulary';
import { visitDecider } from './visit';
import type { VisitCommand, VisitEvent, VisitTaskFacts } from './visit-events';
import { drawVisitTeam } from './visit-team';

const spec = deciderSpecification(visitDecider);
const scjg = { actorId: 'u-scjg', departmentId: 'scjg' };
const ws = { actorId: 'u-ws', departmentId: 'ws' };
const xf = { actorId: 'u-xf', departmentId: 'xf' };

const fact = (taskId: string, lead: string, more: Partial<VisitTaskFacts> = {}): VisitTaskFacts => ({
  taskId,
  status: 'locked',
  leadDepartmentId: lead,
  window: { from: '2026-05-01', to: '2026-05-31' },
  entityIds: ['e1', 'e2'],
  ...more,
});
const A = fact('task-a', 'scjg');
const B = fact('task-b', 'ws', { window: { from: '2026-05-20', to: '2026-06-30' } });
const team: { team: Team; basis: string } = {
  team: {
    members: [
      { inspectorId: 'p-scjg-1', departmentId: 'scjg' },
      { inspectorId: 'p-ws-1', departmentId: 'ws' },
    ],
    leaderId: 'p-scjg-1',
  },
  basis: 'b',
};

const propose = (more: Partial<Extract<VisitCommand, { kind: 'ProposeVisit' }>> = {}): VisitCommand => ({
  kind: 'ProposeVisit',
  visitId: 'v1',
  entityId: 'e1',
  date: '2026-05-25',
  by: scjg,
  tasks: [A, B],
  workingDay: true,
  ...more,
});
const answer = (more: Partial<Extract<VisitCommand, { kind: 'AnswerVisit' }>> = {}): VisitCommand => ({
  kind: 'AnswerVisit',
  visitId: 'v1',
  by: ws,
  agree: true,
  tasks: [A, B],
  team,
  ...more,
});
const proposed: VisitEvent = {
  type: 'VisitProposed',
  data: {
    visitId: 'v1',
    entityId: 'e1',
    taskIds: ['task-a', 'task-b'],
    date: '2026-05-25',
    proposedBy: 'u-scjg',
    departmentId: 'scjg',
    leads: { 'task-a': 'scjg', 'task-b': 'ws' },
  },
};
const agreed: VisitEvent = {
  type: 'VisitAgreed',
  data: { visitId: 'v1', entityId: 'e1', taskIds: ['task-b'], departmentId: 'ws', agreedBy: 'u-ws' },
};
const confirmed: VisitEvent = {
  type: 'VisitConfirmed',
  data: {
    visitId: 'v1',
    entityId: 'e1',
    taskIds: ['task-a', 'task-b'],
    date: '2026-05-25',
    team: team.team,
    teamBasis: 'b',
  },
};

describe('one visit for overlapping tasks (Yiyuan 十八; Gui’an 第33–35条)', () => {
  it('a lead proposes a day inside the overlap; its own task counts as agreed', () => {
    spec.given([]).when(propose()).then([proposed]);
  });

  it('the last lead to agree confirms it, with the joint team', () => {
    spec.given([proposed]).when(answer()).then([agreed, confirmed]);
  });

  it('a lead of every task (distinct leads or not) has it agreed as proposed', () => {
    const C = fact('task-c', 'scjg');
    const events = visitDecider.decide(propose({ tasks: [A, C], team }), { status: 'absent' });
    expect(events.map((e) => e.type)).toEqual(['VisitProposed', 'VisitConfirmed']);
  });

  it('a lead declines, saying why: the visit is not held', () => {
    spec
      .given([proposed])
      .when(answer({ agree: false, reason: '人手不足' }))
      .then([
        {
          type: 'VisitDeclined',
          data: {
            visitId: 'v1',
            entityId: 'e1',
            taskIds: ['task-b'],
            departmentId: 'ws',
            declinedBy: 'u-ws',
            reason: '人手不足',
          },
        },
      ]);
  });

  it.each<[string, Partial<Extract<VisitCommand, { kind: 'ProposeVisit' }>>]>([
    ['VISIT_TASK_COUNT', { tasks: [A] }],
    ['VISIT_TASK_COUNT', { tasks: [A, A] }],
    ['TASK_NOT_FOUND', { tasks: [A, fact('task-b', 'ws', { status: 'absent' })] }],
    ['TASK_CANCELLED', { tasks: [A, fact('task-b', 'ws', { status: 'cancelled' })] }],
    ['TASK_NOT_LOCKED', { tasks: [A, fact('task-b', 'ws', { status: 'initiated' })] }],
    ['VISIT_ENTITY_NOT_IN_TASK', { tasks: [A, fact('task-b', 'ws', { entityIds: ['e2'] })] }],
    ['TASK_ALREADY_IN_VISIT', { tasks: [A, fact('task-b', 'ws', { inVisit: 'v0' })] }],
    ['NOT_THE_LEAD_DEPARTMENT', { by: xf }],
    [
      'VISIT_WINDOWS_DO_NOT_OVERLAP',
      { tasks: [A, fact('task-b', 'ws', { window: { from: '2026-06-01', to: '2026-06-30' } })] },
    ],
    ['VISIT_DATE_OUTSIDE_OVERLAP', { date: '2026-05-10' }],
    ['VISIT_DATE_NOT_WORKING_DAY', { workingDay: false }],
    ['VISIT_TEAM_TOO_SMALL', { tasks: [A, fact('task-c', 'scjg')] }],
  ])('refuses a proposal: %s', (code, more) => {
    spec.given([]).when(propose(more)).thenRejects(code);
  });

  it('refuses a proposal of a visit that exists', () => {
    spec.given([proposed]).when(propose()).thenRejects('VISIT_ALREADY_PROPOSED');
  });

  it.each<[string, VisitEvent[], Partial<Extract<VisitCommand, { kind: 'AnswerVisit' }>>]>([
    ['VISIT_NOT_FOUND', [], {}],
    ['NOT_THE_LEAD_DEPARTMENT', [proposed], { by: xf }],
    ['VISIT_ALREADY_ANSWERED', [proposed], { by: scjg }],
    ['VISIT_ALREADY_DECIDED', [proposed, agreed, confirmed], {}],
    ['TASK_CANCELLED', [proposed], { tasks: [A, fact('task-b', 'ws', { status: 'cancelled' })] }],
    ['VISIT_ENTITY_NOT_IN_TASK', [proposed], { tasks: [A, fact('task-b', 'ws', { entityIds: [] })] }],
    [
      'VISIT_DATE_OUTSIDE_OVERLAP',
      [proposed],
      { tasks: [A, fact('task-b', 'ws', { window: { from: '2026-05-28', to: '2026-06-30' } })] },
    ],
    ['VISIT_TEAM_TOO_SMALL', [proposed], { team: undefined }],
  ])('refuses an answer: %s', (code, history, more) => {
    spec.given(history).when(answer(more)).thenRejects(code);
  });
});

describe('the visit’s joint team (docs/draw.md)', () => {
  const member = (inspectorId: string, departmentId: string) => ({ inspectorId, departmentId });
  const inputs = {
    visitId: 'v1',
    entityId: 'e1',
    seedCommitments: { 'task-a': 'c-a', 'task-b': 'c-b' },
    teams: {
      'task-a': {
        members: [member('a1', 'scjg'), member('a2', 'scjg')],
        experts: [member('x1', 'scjg')],
      },
      'task-b': { members: [member('b1', 'ws'), member('b2', 'ws')] },
    },
    perDepartment: 1,
  };

  it('takes one per department, never an expert, and anyone recomputes it', () => {
    const { team, basis } = drawVisitTeam(sha256, inputs);
    expect(team.members.map((m) => m.departmentId).sort()).toEqual(['scjg', 'ws']);
    expect(team.members.some((m) => m.inspectorId === 'x1')).toBe(false);
    expect(team.leaderId).toBe(team.members[0].inspectorId);
    expect(drawVisitTeam(sha256, inputs)).toEqual({ team, basis });
    expect(basis).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fills up to two from the next ranked when one department takes part', () => {
    const { team } = drawVisitTeam(sha256, { ...inputs, teams: { 'task-a': inputs.teams['task-a'] } });
    expect(team.members.map((m) => m.inspectorId).sort()).toEqual(['a1', 'a2']);
  });

  it('another visit id gives another basis', () => {
    expect(drawVisitTeam(sha256, { ...inputs, visitId: 'v2' }).basis).not.toBe(
      drawVisitTeam(sha256, inputs).basis,
    );
  });
});
