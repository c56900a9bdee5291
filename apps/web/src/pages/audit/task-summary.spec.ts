import { type TaskStateView, summarize } from './task-summary';

const initiated: TaskStateView = {
  id: 't1',
  status: 'initiated',
  leadDepartmentId: 'd00',
  participants: [
    { departmentId: 'd01', itemIds: ['i1'] },
    { departmentId: 'd02', itemIds: ['i2'] },
  ],
  itemIds: ['i0'],
  window: { from: '2026-03-14', to: '2026-03-24' },
  responseDue: { date: '2026-03-05', provisional: false, unknownYears: [] },
  responses: { d01: { accepted: true, itemIds: ['i1'], late: true } },
  entityIds: null,
  withdrawnEntityIds: [],
  teams: {},
  requests: {},
  entered: {},
  published: {},
  objections: {},
};

describe('summarize', () => {
  it('says who answered and that answers are still owed', () => {
    const summary = summarize(initiated);
    expect(summary.participants).toEqual([
      { departmentId: 'd01', response: 'accepted', late: true },
      { departmentId: 'd02', response: 'pending', late: false },
    ]);
    expect(summary.awaitingResponses).toBe(true);
    expect(summary.entitiesDrawn).toBeNull();
  });

  it('counts the draw, the results and what awaits approval', () => {
    const summary = summarize({
      ...initiated,
      status: 'locked',
      responses: { ...initiated.responses, d02: { accepted: false, itemIds: [], late: false } },
      entityIds: ['e1', 'e2'],
      teams: { e1: {}, e2: {} },
      entered: { 'e1|d00': {}, 'e1|d01': {} },
      published: { 'e1|d00': {} },
      requests: {
        r1: { kind: 'correction', status: 'pending' },
        r2: { kind: 'replacement', status: 'approved' },
      },
      objections: { o1: { status: 'filed' }, o2: { status: 'reviewed' } },
    });
    expect(summary).toMatchObject({
      awaitingResponses: false,
      entitiesDrawn: 2,
      teams: 2,
      resultsEntered: 2,
      resultsPublished: 1,
      pendingRequests: 1,
      openObjections: 1,
    });
    expect(summary.participants[1].response).toBe('declined');
  });

  it('tells a participant the lead went on without (未按期响应) from one that declined', () => {
    const recorded = { accepted: false, itemIds: [], late: true, notAnswering: { recordedOn: '2026-03-06' } };
    const summary = summarize({
      id: 't',
      status: 'initiated',
      leadDepartmentId: 'scjg',
      participants: [{ departmentId: 'ws', itemIds: [] }],
      responses: { ws: recorded },
      window: { from: '2026-03-10', to: '2026-03-31' },
    } as unknown as Parameters<typeof summarize>[0]);
    expect(summary.participants[0]).toEqual({ departmentId: 'ws', response: 'notAnswering', late: true });
    expect(summary.awaitingResponses).toBe(false);
  });
});
