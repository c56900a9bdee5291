import { accountabilityQuery, NO_ACCOUNTABILITY_FILTERS } from './accountability-query';
import { actKey, roleKey } from './acts';
import { concernedDepartment, taskNameOf } from './history-entry';
import { beijingDayEnd, beijingDayStart, beijingLocalTime, toBeijingLocal } from './moments';

describe('acts and roles', () => {
  it('names the acts and roles it knows, and leaves others to show as they are', () => {
    expect(actKey('ResultPublished')).toBe('audit.act.ResultPublished');
    expect(actKey('SomethingNew')).toBeUndefined();
    expect(roleKey('auditor')).toBe('common.role.auditor');
    expect(roleKey('janitor')).toBeUndefined();
  });
});

describe('Beijing moments', () => {
  it('bounds a Beijing day in UTC', () => {
    expect(beijingDayStart('2026-03-03')).toBe('2026-03-02T16:00:00.000Z');
    expect(beijingDayEnd('2026-03-03')).toBe('2026-03-03T15:59:59.999Z');
  });

  it('reads and writes datetime-local values as Beijing time', () => {
    expect(beijingLocalTime('2026-03-03T09:00')).toBe('2026-03-03T01:00:00.000Z');
    expect(beijingLocalTime('2026-03-03T09:00:05')).toBe('2026-03-03T01:00:05.000Z');
    expect(beijingLocalTime('yesterday')).toBeUndefined();
    expect(toBeijingLocal('2026-03-03T01:00:00.001Z')).toBe('2026-03-03T09:00:00');
  });
});

describe('the accountability query', () => {
  it('leaves blanks out and turns Beijing days into UTC bounds', () => {
    expect(
      accountabilityQuery({
        ...NO_ACCOUNTABILITY_FILTERS,
        taskId: ' t1 ',
        from: '2026-03-03',
        to: '2026-03-04',
      }),
    ).toEqual({
      actorId: undefined,
      departmentId: undefined,
      taskId: 't1',
      entityId: undefined,
      from: '2026-03-02T16:00:00.000Z',
      to: '2026-03-04T15:59:59.999Z',
    });
  });
});

describe('history entries', () => {
  const entry = (type: string, data: Record<string, unknown>, departmentId = 'd00') => ({
    revision: 0,
    position: 1,
    type,
    occurredAt: '2026-03-03T01:00:00.001Z',
    recordedAt: '2026-03-03T01:00:00.002Z',
    actor: { id: 'u1', roles: ['operator'], departmentId },
    data,
    state: {},
  });

  it('finds the task name in the initiating act', () => {
    expect(taskNameOf([entry('InspectionTaskInitiated', { name: '任务0' })])).toBe('任务0');
    expect(taskNameOf([entry('ResultEntered', {})])).toBeUndefined();
  });

  it('names the department an act concerns when it is not the actor’s', () => {
    expect(concernedDepartment(entry('ResultPublished', { departmentId: 'd01' }))).toBe('d01');
    expect(concernedDepartment(entry('ResultPublished', { departmentId: 'd00' }))).toBeUndefined();
  });
});
