import { aTask } from '../tasks/task-fixture';
import type { TaskState, TaskSummary } from '../tasks/task-types';
import { workbenchItems } from './workbench-items';

const summaryOf = (state: TaskState): TaskSummary => ({
  id: state.id,
  name: `任务${state.id}`,
  planId: null,
  leadDepartmentId: state.leadDepartmentId,
  participantIds: state.participants.map((p) => p.departmentId),
  status: state.status,
  window: state.window,
  entityCount: state.entityIds?.length ?? 0,
  initiatedAt: '2026-02-01T00:00:00Z',
  updatedAt: '2026-02-01T00:00:00Z',
});
const work = (...states: TaskState[]) => states.map((state) => ({ summary: summaryOf(state), state }));
const result = { category: 'no_issue_found' as const, itemFindings: [], inspectedOn: '2026-03-02' };

const locked = aTask({
  id: 't2',
  status: 'locked',
  entityIds: ['e1', 'e2', 'e3'],
  withdrawnEntityIds: ['e3'],
  responses: { p1: { accepted: true, itemIds: ['i-p1'], late: false } },
  teams: {
    e1: {
      members: [
        { inspectorId: 'ins1', departmentId: 'p1' },
        { inspectorId: 'lead1', departmentId: 'lead' },
      ],
    },
    e2: { members: [{ inspectorId: 'ins1', departmentId: 'p1' }] },
    e3: { members: [{ inspectorId: 'ins1', departmentId: 'p1' }] },
  },
  entered: {
    'e2|p1': { result, inspectorId: 'ins1', entries: 1 },
    'e1|lead': { result, inspectorId: 'lead1', entries: 2 },
  },
});

describe('workbenchItems', () => {
  it('lists the tasks waiting for our response, soonest deadline first', () => {
    const later = aTask({
      id: 't3',
      responseDue: { date: '2026-02-09', provisional: false, unknownYears: [] },
    });
    const answered = aTask({ id: 't4', responses: { p1: { accepted: true, itemIds: [], late: false } } });
    const items = workbenchItems(
      work(later, aTask({ id: 't1' }), answered),
      { userId: 'o', departmentId: 'p1', roles: ['operator'] },
      '2026-02-02',
    );
    expect(items.awaitingResponses.map((i) => i.task.id)).toEqual(['t1', 't3']);
  });

  it('lists an inspector’s entities still without their result while the window is open', () => {
    const inspector = { userId: 'ins1', departmentId: 'p1', roles: ['inspector'] };
    const items = workbenchItems(work(locked), inspector, '2026-03-10');
    expect(items.resultsToEnter.map((i) => [i.entityId, i.departmentId])).toEqual([['e1', 'p1']]);
    expect(workbenchItems(work(locked), inspector, '2026-04-01').resultsToEnter).toEqual([]);
  });

  it('finds a signed-in official in the team by their linked inspector, not their account id', () => {
    const official = { userId: 'user-9', inspectorId: 'ins1', departmentId: 'p1', roles: ['inspector'] };
    const items = workbenchItems(work(locked), official, '2026-03-10');
    expect(items.resultsToEnter.map((i) => i.entityId)).toEqual(['e1']);
    const unlinked = { userId: 'user-9', departmentId: 'p1', roles: ['inspector'] };
    expect(workbenchItems(work(locked), unlinked, '2026-03-10').resultsToEnter).toEqual([]);
  });

  it('lists our entered results not yet published', () => {
    const head = { userId: 'h', departmentId: 'lead', roles: ['head'] };
    const items = workbenchItems(work(locked), head, '2026-03-10');
    expect(items.publicationsWaiting.map((i) => [i.entityId, i.entries])).toEqual([['e1', 2]]);
    const published = { ...locked, published: { 'e1|lead': result } };
    expect(workbenchItems(work(published), head, '2026-03-10').publicationsWaiting).toEqual([]);
  });

  it('lists the requests a head or principal of the department decides, not their own', () => {
    const base = { entityId: 'e1', departmentId: 'lead', status: 'pending' as const };
    const task = aTask({
      ...locked,
      requests: {
        r1: { ...base, kind: 'withdrawal', reason: 'moved_away', requesterId: 'o' },
        r2: { ...base, kind: 'withdrawal', reason: 'other', requesterId: 'h' },
        r3: { ...base, kind: 'correction', corrected: result, reason: 'x', requesterId: 'o' },
      },
    });
    const head = workbenchItems(
      work(task),
      { userId: 'h', departmentId: 'lead', roles: ['head'] },
      '2026-03-10',
    );
    expect(head.approvalsWaiting.map((a) => a.requestId)).toEqual(['r1']);
    const principal = workbenchItems(
      work(task),
      { userId: 'p', departmentId: 'lead', roles: ['principal'] },
      '2026-03-10',
    );
    expect(principal.approvalsWaiting.map((a) => a.requestId)).toEqual(['r3']);
  });
});
