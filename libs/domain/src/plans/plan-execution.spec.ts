import type { PoolProfile } from '../draws/candidate-pool';
import { plannedEntities } from './plan-execution';

const entity = (fields: Partial<PoolProfile> = {}): PoolProfile => ({
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

describe("a plan's planned entities (its executed ratio's denominator)", () => {
  it('given a directory, counts the entities within the target criteria per class and rounds each class up', () => {
    const directory = [
      ...Array.from({ length: 10 }, () => entity({ creditRisk: 'A' })),
      ...Array.from({ length: 3 }, () => entity({ creditRisk: 'D' })),
      entity({ creditRisk: 'A', regionCode: '320104' }),
    ];
    const plan = { targetCriteria: { regionCodes: ['320102'] }, ratiosByCreditRisk: { A: 0.03, D: 0.5 } };
    expect(plannedEntities(plan, directory)).toEqual({ pool: { A: 10, D: 3 }, planned: 1 + 2 });
  });

  it('a class the plan sets no ratio for plans nobody', () => {
    const plan = { targetCriteria: {}, ratiosByCreditRisk: { A: 0.1 } };
    expect(plannedEntities(plan, [entity({ creditRisk: 'C' })])).toEqual({ pool: { C: 1 }, planned: 0 });
  });

  it('0.03 × 100 plans 3, not 4 (floating point)', () => {
    const plan = { targetCriteria: {}, ratiosByCreditRisk: { B: 0.03 } };
    const directory = Array.from({ length: 100 }, () => entity());
    expect(plannedEntities(plan, directory).planned).toBe(3);
  });
});
