import { aTask } from './task-fixture';
import { mayGoOnWithout, notAnsweringSince, silentPastDeadline } from './non-response';

const leadOperator = { userId: 'u1', departmentId: 'lead', roles: ['operator'] };
const accepted = { accepted: true, itemIds: ['i-p1'], late: false };
const recorded = {
  accepted: false,
  itemIds: [],
  late: true,
  notAnswering: { deadline: '2026-02-03', recordedOn: '2026-02-05' },
};

describe("going on without a silent participant (Gui'an 第四十条)", () => {
  it('lists nobody on the deadline day, and the silent participants after it', () => {
    const task = aTask({ responses: { p1: accepted } });
    expect(silentPastDeadline(task, '2026-02-03')).toEqual([]);
    expect(silentPastDeadline(task, '2026-02-04')).toEqual(['p2']);
  });

  it('lists nobody once every participant answered or was recorded, or the task is not open', () => {
    expect(silentPastDeadline(aTask({ responses: { p1: accepted, p2: recorded } }), '2026-02-09')).toEqual(
      [],
    );
    expect(silentPastDeadline(aTask({ status: 'cancelled' }), '2026-02-09')).toEqual([]);
  });

  it('offers "不再等待" to an operator of the lead department only, after the deadline', () => {
    const task = aTask({ responses: { p1: accepted } });
    expect(mayGoOnWithout(task, leadOperator, '2026-02-04')).toBe(true);
    expect(mayGoOnWithout(task, leadOperator, '2026-02-03')).toBe(false);
    expect(mayGoOnWithout(task, { ...leadOperator, roles: ['head'] }, '2026-02-04')).toBe(false);
    expect(mayGoOnWithout(task, { ...leadOperator, departmentId: 'p1' }, '2026-02-04')).toBe(false);
  });

  it('shows a recorded participant as 未按期响应 since the day the lead went on', () => {
    const task = aTask({ responses: { p1: accepted, p2: recorded } });
    expect(notAnsweringSince(task, 'p2')).toBe('2026-02-05');
    expect(notAnsweringSince(task, 'p1')).toBeUndefined();
  });
});
