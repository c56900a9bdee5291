import { mayHandOver, movedAwayEntities } from './hand-over-logic';
import type { TaskState } from './task-types';

describe('handing a moved business over from the task page (Yiyuan 二十八)', () => {
  const withdrawal = (entityId: string, reason: string, status: string) => ({
    kind: 'withdrawal',
    entityId,
    departmentId: 'd1',
    reason,
    requesterId: 'u',
    status,
  });
  const task = {
    status: 'locked',
    leadDepartmentId: 'd1',
    requests: {
      r1: withdrawal('e1', 'moved_away', 'approved'),
      r2: withdrawal('e2', 'moved_away', 'pending'),
      r3: withdrawal('e3', 'deregistered', 'approved'),
    },
  } as unknown as TaskState;
  const lead = { userId: 'u', departmentId: 'd1', roles: ['operator'] };

  it('lists only entities whose withdrawal as moved away was approved', () => {
    expect(movedAwayEntities(task)).toEqual(['e1']);
  });

  it('is offered to an operator or head of the lead, once per entity', () => {
    expect(mayHandOver(task, lead, 'e1')).toBe(true);
    expect(mayHandOver(task, { ...lead, roles: ['head'] }, 'e1')).toBe(true);
    expect(mayHandOver(task, { ...lead, roles: ['inspector'] }, 'e1')).toBe(false);
    expect(mayHandOver(task, { ...lead, departmentId: 'd2' }, 'e1')).toBe(false);
    const handed = {
      ...task,
      handOvers: { e1: { toDepartmentId: 'd3', toRegionCode: '320111', status: 'awaiting' } },
    } as TaskState;
    expect(mayHandOver(handed, lead, 'e1')).toBe(false);
  });
});
