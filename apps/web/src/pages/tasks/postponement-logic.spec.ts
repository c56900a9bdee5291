import {
  mayAskPostponement,
  postponementBody,
  postponementPending,
  suggestedWindow,
} from './postponement-logic';
import { mayDecide, offeredActions, requestsPath } from './task-view';
import type { TaskRequest, TaskState } from './task-types';

const lead = { userId: 'u-op', departmentId: 'scjg', roles: ['operator'] };
const head = { userId: 'u-head', departmentId: 'scjg', roles: ['head'] };
const task = (fields: Partial<TaskState> = {}): TaskState =>
  ({
    status: 'locked',
    leadDepartmentId: 'scjg',
    participants: [{ departmentId: 'xf', itemIds: [] }],
    responses: {},
    window: { from: '2026-04-01', to: '2026-04-30' },
    requests: {},
    entityIds: ['e1'],
    drawParts: null,
    inspectorDrawsBy: [],
    ...fields,
  }) as unknown as TaskState;
const asked: TaskRequest = {
  kind: 'postponement',
  departmentId: 'scjg',
  window: { from: '2026-05-01', to: '2026-05-31' },
  reason: '防汛',
  requesterId: 'u-op',
  status: 'pending',
};

describe('the postponement in the console', () => {
  it('is offered to the lead operator or head of a locked task, not a participant, not before lock', () => {
    expect(mayAskPostponement(task(), lead)).toBe(true);
    expect(mayAskPostponement(task(), head)).toBe(true);
    expect(offeredActions(task(), lead).requestPostponement).toBe(true);
    expect(mayAskPostponement(task(), { ...lead, departmentId: 'xf' })).toBe(false);
    expect(mayAskPostponement(task({ status: 'initiated' }), lead)).toBe(false);
    expect(mayAskPostponement(task(), { ...lead, roles: ['inspector'] })).toBe(false);
  });

  it('is not offered again while one waits', () => {
    const waiting = task({ requests: { 'r-p': asked } });
    expect(postponementPending(waiting)).toBe(true);
    expect(mayAskPostponement(waiting, lead)).toBe(false);
    expect(mayAskPostponement(task({ requests: { 'r-p': { ...asked, status: 'rejected' } } }), lead)).toBe(
      true,
    );
  });

  it('is decided by a head of the lead, never the one who asked, at postponement-requests', () => {
    expect(mayDecide(asked, head)).toBe(true);
    expect(mayDecide(asked, { ...head, userId: 'u-op' })).toBe(false);
    expect(mayDecide(asked, { ...head, roles: ['principal'] })).toBe(false);
    expect(mayDecide(asked, { ...head, departmentId: 'xf' })).toBe(false);
    expect(requestsPath('postponement')).toBe('postponement-requests');
  });

  it('suggests the same length of window from the day after the current one', () => {
    expect(suggestedWindow({ from: '2026-04-01', to: '2026-04-30' })).toEqual({
      from: '2026-05-01',
      to: '2026-05-30',
    });
  });

  it('sends the window and the trimmed reason, or names what is missing', () => {
    expect(postponementBody('2026-05-01', '2026-05-31', ' 防汛 ')).toEqual({
      body: { window: { from: '2026-05-01', to: '2026-05-31' }, reason: '防汛' },
    });
    expect(postponementBody('', '2026-05-31', '  ')).toEqual({ missing: ['window.from', 'reason'] });
  });
});
