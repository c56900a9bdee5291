import { historyFacts } from './history-facts';
import type { HistoryEntry } from './task-types';

const act = (
  type: string,
  data: Record<string, unknown>,
  occurredAt = '2026-03-01T01:00:00Z',
): HistoryEntry => ({
  revision: 0,
  type,
  occurredAt,
  actor: { id: 'someone', roles: ['operator'], departmentId: 'd0' },
  data,
});

describe('historyFacts', () => {
  it('reads the name, the draw records and why a participant declined', () => {
    const draw = { seed: 's', poolSize: 10 };
    const facts = historyFacts([
      act('InspectionTaskInitiated', { name: '餐饮联合抽查', adhocReason: '投诉' }),
      act('ParticipantResponded', { departmentId: 'd1', accepted: false, reason: '人手不足' }),
      act('ParticipantResponded', { departmentId: 'd2', accepted: true }),
      act('EntitiesDrawn', { draw }),
      act('InspectorsDrawn', { departmentId: 'd0', draw: { seed: 'i' } }),
    ]);
    expect(facts).toMatchObject({
      name: '餐饮联合抽查',
      adhocReason: '投诉',
      entityDraw: draw,
      inspectorDraws: { d0: { seed: 'i' } },
      declineReasons: { d1: '人手不足' },
    });
  });

  it('joins a request’s note with its decision, and an objection with its review', () => {
    const facts = historyFacts([
      act('InspectorReplacementRequested', { requestId: 'r1', note: '调岗' }, '2026-03-02T01:00:00Z'),
      act(
        'RequestRejected',
        { requestId: 'r1', reply: '理由不足', approverId: 'h1' },
        '2026-03-03T01:00:00Z',
      ),
      act('ObjectionFiled', { objectionId: 'o1', grounds: '检查有误', receivedOn: '2026-04-01' }),
      act('ObjectionReviewed', {
        objectionId: 'o1',
        upheld: true,
        reply: '予以更正',
        reviewedOn: '2026-04-03',
      }),
      act('ObjectionOutcomeNotified', {
        objectionId: 'o1',
        means: 'written',
        notifiedOn: '2026-04-30',
        late: true,
      }),
      act('FollowUpRecorded', {
        entityId: 'e1',
        departmentId: 'd0',
        kind: 'referral',
        detail: 'x',
        toDepartmentId: 'd2',
      }),
    ]);
    expect(facts.requests.r1).toEqual({
      note: '调岗',
      requestedAt: '2026-03-02T01:00:00Z',
      reply: '理由不足',
      decidedBy: 'h1',
      decidedAt: '2026-03-03T01:00:00Z',
    });
    expect(facts.objections.o1).toEqual({
      grounds: '检查有误',
      receivedOn: '2026-04-01',
      upheld: true,
      reply: '予以更正',
      reviewedOn: '2026-04-03',
      notice: { means: 'written', notifiedOn: '2026-04-30', late: true },
    });
    expect(facts.followUps).toEqual([
      expect.objectContaining({ entityId: 'e1', kind: 'referral', toDepartmentId: 'd2' }),
    ]);
  });

  it('keeps why personal text is not shown: withheld from this reader, or erased', () => {
    const facts = historyFacts([
      act('ObjectionFiled', { objectionId: 'o1', withheld: 'not_allowed', receivedOn: '2026-04-01' }),
      act('FollowUpRecorded', { entityId: 'e1', departmentId: 'd0', kind: 'case_filed', withheld: 'erased' }),
    ]);
    expect(facts.objections.o1).toEqual({ withheld: 'not_allowed', receivedOn: '2026-04-01' });
    expect(facts.followUps).toEqual([expect.objectContaining({ kind: 'case_filed', withheld: 'erased' })]);
    expect(facts.followUps[0]).not.toHaveProperty('detail');
  });
});
