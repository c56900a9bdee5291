import { awaitedInspectorDraws, awaitedResponses, defaultInspectionDay, entryReason } from './act-reasons';
import { aTask } from './task-fixture';

const window = { from: '2026-03-01', to: '2026-03-31' };

describe('the day inspected, as the result form offers it', () => {
  it('is today inside the window, and its last day once it has passed', () => {
    expect(defaultInspectionDay(window, '2026-03-10')).toEqual({ day: '2026-03-10' });
    expect(defaultInspectionDay(window, '2026-03-01')).toEqual({ day: '2026-03-01' });
    expect(defaultInspectionDay(window, '2026-04-02')).toEqual({ day: '2026-03-31' });
  });

  it('is none before the window opens (today is outside it, tomorrow is in the future)', () => {
    expect(defaultInspectionDay(window, '2026-02-28')).toEqual({ notBefore: '2026-03-01' });
  });
});

describe('why an act is not offered', () => {
  const task = aTask({
    status: 'locked',
    participants: [{ departmentId: 'p1', itemIds: ['i-p1'] }],
    responses: { p1: { accepted: true, itemIds: ['i-p1'], late: false } },
    entityIds: ['e1', 'e2'],
    teams: {
      e1: {
        leaderId: 'u1',
        members: [
          { inspectorId: 'u1', departmentId: 'lead' },
          { inspectorId: 'u2', departmentId: 'p1' },
        ],
      },
    },
  });
  const inspector = (userId: string) => ({ userId, departmentId: 'lead', roles: ['inspector'] });

  it("tells an inspector outside the entity's team why there is no entry", () => {
    expect(entryReason(task, 'e2', 'lead', inspector('u1'), '2026-03-10')?.key).toBe(
      'tasks.whyNot.notInTeam',
    );
    expect(entryReason(task, 'e1', 'p1', inspector('u1'), '2026-03-10')?.key).toBe(
      'tasks.whyNot.otherDepartmentEnters',
    );
    expect(entryReason(task, 'e1', 'lead', inspector('u1'), '2026-03-10')).toBeUndefined();
  });

  it('tells a team member the window has not opened, and says nothing to those who do not enter results', () => {
    expect(entryReason(task, 'e1', 'lead', inspector('u1'), '2026-02-27')).toEqual({
      key: 'tasks.whyNot.windowNotStarted',
      values: { from: '2026-03-01' },
    });
    const operator = { userId: 'u9', departmentId: 'lead', roles: ['operator'] };
    expect(entryReason(task, 'e2', 'lead', operator, '2026-03-10')).toBeUndefined();
  });

  it('names the participants the lock waits for', () => {
    expect(awaitedResponses(aTask())).toEqual(['p1', 'p2']);
    expect(awaitedResponses(task)).toEqual([]);
  });

  it('names the departments whose inspector draw the lock waits for, once the entities are drawn', () => {
    const answered = {
      participants: [
        { departmentId: 'p1', itemIds: ['i-p1'] },
        { departmentId: 'p2', itemIds: ['i-p2'] },
      ],
      responses: {
        p1: { accepted: true, itemIds: ['i-p1'], late: false },
        p2: { accepted: false, itemIds: [], late: false },
      },
    };
    expect(awaitedInspectorDraws(aTask(answered))).toEqual([]);
    const drawn = aTask({ ...answered, entityIds: ['e1'] });
    expect(awaitedInspectorDraws(drawn)).toEqual(['lead', 'p1']);
    expect(awaitedInspectorDraws({ ...drawn, inspectorDrawsBy: ['lead'] })).toEqual(['p1']);
    expect(awaitedInspectorDraws({ ...drawn, inspectorDrawsBy: ['p1', 'lead'] })).toEqual([]);
  });
});
