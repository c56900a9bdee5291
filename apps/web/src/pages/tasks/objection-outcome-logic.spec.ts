import { mayNotifyOutcome } from './objection-outcome-logic';
import type { Objection, TaskState } from './task-types';
import type { Actor } from './task-view';

describe('telling the business the outcome of its objection (Yiyuan 二十七)', () => {
  const task = { status: 'locked' } as TaskState;
  const reviewed: Objection = {
    entityId: 'e1',
    departmentId: 'd1',
    status: 'reviewed',
    reviewDue: { date: '2026-04-28', provisional: false },
    noticeDue: { date: '2026-05-20', provisional: false },
  } as Objection;
  const actor = (departmentId: string, roles: string[]): Actor => ({ userId: 'u', departmentId, roles });

  it('is offered to an operator or head of the result department once reviewed', () => {
    expect(mayNotifyOutcome(task, reviewed, actor('d1', ['operator']))).toBe(true);
    expect(mayNotifyOutcome(task, reviewed, actor('d1', ['head']))).toBe(true);
  });

  it('is not offered before the review, after the notice, to another department or to an inspector', () => {
    expect(mayNotifyOutcome(task, { ...reviewed, status: 'filed' }, actor('d1', ['head']))).toBe(false);
    expect(mayNotifyOutcome(task, { ...reviewed, status: 'notified' }, actor('d1', ['head']))).toBe(false);
    expect(mayNotifyOutcome(task, reviewed, actor('d2', ['head']))).toBe(false);
    expect(mayNotifyOutcome(task, reviewed, actor('d1', ['inspector']))).toBe(false);
  });
});
