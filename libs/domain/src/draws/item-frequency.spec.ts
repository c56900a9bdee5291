import { PoolSieve, type PoolProfile } from './candidate-pool';
import { ItemCheckCounter, type TaskLogEvent } from './item-frequency';

const profile = (fields: Partial<PoolProfile> = {}): PoolProfile => ({
  kind: 'enterprise',
  regionCode: '320102',
  industryCode: 'H6210',
  tags: [],
  scale: 'small',
  creditRisk: 'B',
  abnormalList: false,
  seriousViolationList: false,
  complaintsThisYear: 0,
  ...fields,
});

const at = (occurredAt: string) => ({ occurredAt });
const initiated = (stream: string, itemIds: string[]): TaskLogEvent => ({
  stream,
  type: 'InspectionTaskInitiated',
  data: { itemIds },
  metadata: at('2026-04-01T02:00:00Z'),
});
const accepted = (stream: string, itemIds: string[], yes = true): TaskLogEvent => ({
  stream,
  type: 'ParticipantResponded',
  data: { accepted: yes, itemIds },
  metadata: at('2026-04-02T02:00:00Z'),
});
const drawn = (stream: string, entityIds: string[], occurredAt = '2026-04-03T02:00:00Z'): TaskLogEvent => ({
  stream,
  type: 'EntitiesDrawn',
  data: { entityIds },
  metadata: at(occurredAt),
});
const discarded = (stream: string, entityIds: string[]): TaskLogEvent => ({
  stream,
  type: 'InspectionTaskCancelled',
  data: { discardedDraw: { year: 2026, entityIds } },
  metadata: at('2026-04-05T02:00:00Z'),
});

function count(events: TaskLogEvent[], frequencies: Record<string, number>, discardedCount = true) {
  const counter = new ItemCheckCounter(2026, frequencies, discardedCount);
  for (const e of events) counter.add(e);
  return counter.atFrequency();
}

describe("an item's frequencyPerYear, per entity and item (ADR 38)", () => {
  it('given an entity drawn once in a task with an item checked once a year, it is at the frequency', () => {
    expect(count([initiated('t1', ['i1']), drawn('t1', ['e1', 'e2'])], { i1: 1 })).toEqual(['e1', 'e2']);
  });

  it('given a frequency of two, one check leaves the entity below it; a second reaches it', () => {
    const first = [initiated('t1', ['i1']), drawn('t1', ['e1', 'e2'])];
    expect(count(first, { i1: 2 })).toEqual([]);
    expect(count([...first, initiated('t2', ['i1']), drawn('t2', ['e2'])], { i1: 2 })).toEqual(['e2']);
  });

  it("counts a participant's item only when it accepted it", () => {
    const log = [initiated('t1', ['i1']), accepted('t1', ['i2'], false), drawn('t1', ['e1'])];
    expect(count(log, { i2: 1 })).toEqual([]);
    const log2 = [initiated('t2', ['i1']), accepted('t2', ['i2']), drawn('t2', ['e1'])];
    expect(count(log2, { i2: 1 })).toEqual(['e1']);
  });

  it('does not count checks on other items, nor in other years', () => {
    expect(count([initiated('t1', ['i9']), drawn('t1', ['e1'])], { i1: 1 })).toEqual([]);
    expect(count([initiated('t1', ['i1']), drawn('t1', ['e1'], '2025-06-01T02:00:00Z')], { i1: 1 })).toEqual(
      [],
    );
  });

  it('a discarded draw counts as the yearly cap counts it (the deployment policy)', () => {
    const log = [initiated('t1', ['i1']), drawn('t1', ['e1']), discarded('t1', ['e1'])];
    expect(count(log, { i1: 1 }, true)).toEqual(['e1']);
    expect(count(log, { i1: 1 }, false)).toEqual([]);
  });

  describe('the pool', () => {
    const rules = {
      criteria: {},
      byCreditRisk: false,
      year: 2026,
      cap: 2,
      keyItems: false,
      specialAction: false,
    };

    it('leaves out an entity at its frequency, and counts it as itemFrequency', () => {
      const sieve = new PoolSieve({ ...rules, frequencyExcluded: ['e1'] });
      expect(sieve.stratumOf(profile(), true, 1, 'e1')).toBeUndefined();
      expect(sieve.stratumOf(profile(), true, 1, 'e2')).toBe('all');
      expect(sieve.exclusions).toEqual({
        deregistered: 0,
        notMatchingCriteria: 0,
        yearlyCap: 0,
        capExemptions: 0,
        itemFrequency: 1,
      });
    });

    it("keeps it when the cap's exemptions apply: listed, complained of, or a special action (Yiyuan 十三)", () => {
      const sieve = new PoolSieve({ ...rules, frequencyExcluded: ['e1'] });
      expect(sieve.stratumOf(profile({ abnormalList: true }), true, 0, 'e1')).toBe('all');
      const special = new PoolSieve({ ...rules, specialAction: true, frequencyExcluded: ['e1'] });
      expect(special.stratumOf(profile(), true, 0, 'e1')).toBe('all');
    });

    it('records no itemFrequency count for draws without the rule (older records stay equal)', () => {
      expect(new PoolSieve(rules).exclusions).not.toHaveProperty('itemFrequency');
    });
  });
});
