import { aTask } from './task-fixture';
import { currentStage } from './stages';

const team = { leaderId: 'u1', members: [{ inspectorId: 'u1', departmentId: 'lead' }] };
const result = { category: 'no_issue_found' as const, itemFindings: [], inspectedOn: '2026-03-02' };

describe('the stage a task stands at', () => {
  it('opens at the responses for a participant that owes one, and for a cancelled task', () => {
    expect(currentStage(aTask(), true)).toBe('initiation');
    expect(currentStage(aTask({ status: 'cancelled' }), false)).toBe('initiation');
  });

  it('is the draw until the entities are drawn, then the teams until the lock', () => {
    expect(currentStage(aTask(), false)).toBe('draw');
    expect(currentStage(aTask({ entityIds: ['e1'] }), false)).toBe('teams');
  });

  it('is what awaits an answer once locked, then the results while one is unpublished, then the follow-up', () => {
    const locked = aTask({ status: 'locked', participants: [], entityIds: ['e1'], teams: { e1: team } });
    expect(currentStage(locked, false)).toBe('results');
    const published = { ...locked, published: { 'e1|lead': result } };
    expect(currentStage(published, false)).toBe('followUp');
    const objected = {
      ...published,
      objections: {
        o1: {
          entityId: 'e1',
          departmentId: 'lead',
          status: 'filed' as const,
          reviewDue: { date: '2026-04-10', provisional: false, unknownYears: [] },
        },
      },
    };
    expect(currentStage(objected, false)).toBe('disclosure');
    const requested = {
      ...locked,
      requests: {
        r1: {
          kind: 'withdrawal' as const,
          status: 'pending' as const,
          entityId: 'e1',
          departmentId: 'lead',
          requesterId: 'u9',
          reason: 'deregistered' as const,
        },
      },
    } as unknown as typeof locked;
    expect(currentStage(requested, false)).toBe('disclosure');
  });
});
