import { expertDrawBody, isExpertPool, mayDrawExperts } from './expert-draw-logic';
import type { TaskState } from './task-types';

describe('the expert draw on the task page', () => {
  const task = {
    status: 'initiated',
    entityIds: ['e1'],
    leadDepartmentId: 'd1',
    participants: [],
    responses: {},
    withdrawnEntityIds: [],
    expertDrawsBy: [],
  } as unknown as TaskState;
  const operator = { userId: 'u', departmentId: 'd1', roles: ['operator'] };

  it('takes experts and other staff into the pool, never certified or qualified inspectors', () => {
    expect(isExpertPool({ category: 'expert' })).toBe(true);
    expect(isExpertPool({ category: 'other' })).toBe(true);
    expect(isExpertPool({ category: 'certified' })).toBe(false);
    expect(isExpertPool({ category: 'qualified' })).toBe(false);
  });

  it('is offered to an operator of an acting department once, after the entity draw and before the lock', () => {
    expect(mayDrawExperts(task, operator)).toBe(true);
    expect(mayDrawExperts({ ...task, entityIds: null }, operator)).toBe(false);
    expect(mayDrawExperts({ ...task, status: 'locked' }, operator)).toBe(false);
    expect(mayDrawExperts({ ...task, expertDrawsBy: ['d1'] }, operator)).toBe(false);
    expect(mayDrawExperts(task, { ...operator, departmentId: 'd9' })).toBe(false);
    expect(mayDrawExperts(task, { ...operator, roles: ['head'] })).toBe(false);
  });

  it('sends the count when typed, and an appointment only with experts chosen', () => {
    expect(expertDrawBody({ perEntity: '', entityId: '', expertIds: [], reason: '' })).toEqual({});
    expect(
      expertDrawBody({ perEntity: '0', entityId: 'e1', expertIds: ['x'], reason: ' 消防专业 ' }),
    ).toEqual({
      perEntity: 0,
      appointments: [{ entityId: 'e1', inspectorIds: ['x'], reason: '消防专业' }],
    });
    expect(expertDrawBody({ perEntity: '2', entityId: 'e1', expertIds: [], reason: 'x' })).toEqual({
      perEntity: 2,
    });
  });
});
