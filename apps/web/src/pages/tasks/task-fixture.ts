import type { TaskState } from './task-types';

/** A task for specs: initiated by `lead` with participants `p1` and `p2`; override what a case needs. */
export function aTask(overrides: Partial<TaskState> = {}): TaskState {
  return {
    id: 't1',
    status: 'initiated',
    leadDepartmentId: 'lead',
    participants: [
      { departmentId: 'p1', itemIds: ['i-p1'] },
      { departmentId: 'p2', itemIds: ['i-p2'] },
    ],
    itemIds: ['i-lead'],
    criteria: {},
    sampling: { count: 2 },
    seedCommitment: 'c'.repeat(64),
    inspectorSeedCommitments: {},
    window: { from: '2026-03-01', to: '2026-03-31' },
    responseDue: { date: '2026-02-03', provisional: false, unknownYears: [] },
    responses: {},
    entityIds: null,
    drawParts: null,
    withdrawnEntityIds: [],
    teams: {},
    inspectorDrawsBy: [],
    requests: {},
    entered: {},
    published: {},
    publishedOn: {},
    disclosureStopped: {},
    objections: {},
    ...overrides,
  };
}
