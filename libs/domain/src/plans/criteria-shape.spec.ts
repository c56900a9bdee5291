import { deciderSpecification } from '../testing/decider-specification';
import { malformedCriteria } from './criteria-shape';
import { type PlanDefinition, type TargetCriteria, planDecider } from './plan';

/** Criteria as a stored event may hold them: a string where a list belongs. */
const stored = (criteria: unknown): TargetCriteria => criteria as TargetCriteria;

describe('malformedCriteria', () => {
  it('names each field that is not a list of text', () => {
    expect(malformedCriteria({})).toEqual([]);
    expect(malformedCriteria({ kinds: ['enterprise'], regionCodes: ['320102'] })).toEqual([]);
    expect(malformedCriteria(stored({ kinds: 'enterprise', regionCodes: '320102' }))).toEqual([
      'kinds',
      'regionCodes',
    ]);
    expect(malformedCriteria(stored({ tags: [1], scales: { 0: 'small' } }))).toEqual(['tags', 'scales']);
    expect(malformedCriteria(stored([]))).toEqual(['criteria']);
  });
});

describe('a plan whose criteria are not lists', () => {
  const definition: PlanDefinition = {
    year: 2026,
    name: '计划',
    leadDepartmentId: 'scjg',
    cooperatingDepartmentIds: [],
    itemIds: ['i-scjg'],
    targetCriteria: stored({ regionCodes: '320102' }),
    ratiosByCreditRisk: { A: 0.03 },
    window: { from: '2026-03-01', to: '2026-11-30' },
  };

  it('is refused: PLAN_CRITERIA_MALFORMED', () => {
    deciderSpecification(planDecider)
      .given([])
      .when({
        kind: 'DraftPlan',
        planId: 'p1',
        definition,
        facts: {
          items: [{ itemId: 'i-scjg', departmentId: 'scjg', retired: false }],
          registeredDepartmentIds: ['scjg'],
        },
      })
      .thenRejects('PLAN_CRITERIA_MALFORMED');
  });
});
