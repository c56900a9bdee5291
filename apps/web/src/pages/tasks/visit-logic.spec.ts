import type { VisitAnswer } from '@app/contract';
import { aTask } from './task-fixture';
import {
  type EntityVisits,
  commonDays,
  inspectedEntities,
  mayAnswerVisit,
  mayCompleteJoins,
  mayProposeVisit,
  mayVerifyVisitTeam,
  overlapsOf,
  proposalProblems,
  visitsOfTask,
} from './visit-logic';

describe('one visit for overlapping tasks on the task page (ADR 39)', () => {
  const answer: EntityVisits = {
    entityId: 'e1',
    visits: [
      {
        from: '2026-04-15',
        to: '2026-04-30',
        tasks: [
          { taskId: 't1', window: { from: '2026-04-01', to: '2026-04-30' }, departmentIds: ['scjg'] },
          { taskId: 't2', window: { from: '2026-04-15', to: '2026-05-31' }, departmentIds: ['xf'] },
          { taskId: 't3', window: { from: '2026-04-10', to: '2026-04-20' }, departmentIds: ['ws'] },
        ],
      },
    ],
    agreed: [],
  };
  const task = aTask({ id: 't1', status: 'locked', leadDepartmentId: 'scjg' });
  const lead = { userId: 'u', departmentId: 'scjg', roles: ['operator'] };
  const visit = (more: Partial<VisitAnswer> = {}): VisitAnswer => ({
    visitId: 'v1',
    entityId: 'e1',
    taskIds: ['t1', 't2'],
    date: '2026-04-20',
    status: 'proposed',
    leads: { t1: 'scjg', t2: 'xf' },
    agreedTaskIds: ['t1'],
    ...more,
  });

  it('shows the other overlapping tasks, and the days common to the chosen ones', () => {
    expect(overlapsOf(answer, 't1')).toEqual({ from: '2026-04-15', to: '2026-04-30', taskIds: ['t2', 't3'] });
    expect(overlapsOf(answer, 't9')).toBeUndefined();
    expect(commonDays(answer, ['t1', 't2'])).toEqual({ from: '2026-04-15', to: '2026-04-30' });
    expect(commonDays(answer, ['t1', 't3'])).toEqual({ from: '2026-04-10', to: '2026-04-20' });
    expect(commonDays(answer, [])).toBeUndefined();
  });

  it('offers the proposal to the lead of a locked task in no live visit for the entity', () => {
    expect(mayProposeVisit(task, lead, answer, 'e1')).toBe(true);
    expect(mayProposeVisit(task, { ...lead, departmentId: 'xf' }, answer, 'e1')).toBe(false);
    expect(mayProposeVisit(task, { ...lead, roles: ['inspector'] }, answer, 'e1')).toBe(false);
    expect(mayProposeVisit(aTask({ ...task, status: 'initiated' }), lead, answer, 'e1')).toBe(false);
    expect(mayProposeVisit(aTask({ ...task, visits: { e1: 'v0' } }), lead, answer, 'e1')).toBe(false);
    const item = { visitId: 'v1', taskIds: ['t1', 't2'], date: '2026-04-20', proposedBy: 'u' };
    const proposed = { ...answer, agreed: [{ ...item, status: 'proposed' as const }] };
    expect(mayProposeVisit(task, lead, proposed, 'e1')).toBe(false);
    const declined = { ...answer, agreed: [{ ...item, status: 'declined' as const }] };
    expect(mayProposeVisit(task, lead, declined, 'e1')).toBe(true);
    expect(visitsOfTask(declined, 't1')).toHaveLength(1);
    expect(mayProposeVisit(task, lead, { ...answer, visits: [] }, 'e1')).toBe(false);
  });

  it('lets another task’s lead agree or decline once; not the proposer, not an outsider', () => {
    expect(mayAnswerVisit(visit(), { ...lead, departmentId: 'xf' })).toBe(true);
    expect(mayAnswerVisit(visit(), lead)).toBe(false);
    expect(mayAnswerVisit(visit(), { ...lead, departmentId: 'ws' })).toBe(false);
    expect(mayAnswerVisit(visit({ status: 'agreed' }), { ...lead, departmentId: 'xf' })).toBe(false);
    expect(mayAnswerVisit(undefined, lead)).toBe(false);
  });

  it('lets a lead complete missing joins; an auditor, supervisor or admin verify the team', () => {
    const joins = [
      { taskId: 't1', status: 'joined' as const },
      { taskId: 't2', status: 'missing' as const, why: 'cancelled' as const },
    ];
    expect(mayCompleteJoins(visit({ status: 'agreed', joins }), lead)).toBe(true);
    expect(mayCompleteJoins(visit({ status: 'agreed', joins: joins.slice(0, 1) }), lead)).toBe(false);
    expect(mayCompleteJoins(visit({ status: 'agreed', joins }), { ...lead, departmentId: 'ws' })).toBe(false);
    expect(mayVerifyVisitTeam({ ...lead, roles: ['auditor'] })).toBe(true);
    expect(mayVerifyVisitTeam(lead)).toBe(false);
  });

  it('lists the businesses the task still inspects', () => {
    const drawn = aTask({ entityIds: ['e1', 'e2', 'e3'], withdrawnEntityIds: ['e2'] });
    expect(inspectedEntities(drawn)).toEqual(['e1', 'e3']);
  });

  it('asks for another task and a day inside the common days before sending', () => {
    const days = { from: '2026-04-15', to: '2026-04-30' };
    expect(proposalProblems(['t2'], '2026-04-20', days)).toEqual([]);
    expect(proposalProblems([], '2026-04-20', days)).toEqual(['taskIds']);
    expect(proposalProblems(['t2'], '2026-05-02', days)).toEqual(['date']);
    expect(proposalProblems(['t2'], '', undefined)).toEqual(['date']);
  });
});
