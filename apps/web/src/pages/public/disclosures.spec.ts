import { ratiosInOrder, resultsQuery } from './disclosures';

describe('public disclosures', () => {
  it('lists a plan’s ratios from the lowest risk class up', () => {
    expect(ratiosInOrder({ D: 0.3, A: 0.03, C: 0.1 })).toEqual([
      ['A', 0.03],
      ['C', 0.1],
      ['D', 0.3],
    ]);
  });

  it('asks for results by code, by name, or both, and not at all with neither', () => {
    expect(resultsQuery(' 91320102MA00000005 ', '')).toEqual({ entityCode: '91320102MA00000005' });
    expect(resultsQuery('', '企业')).toEqual({ name: '企业' });
    expect(resultsQuery(' ', ' ')).toBeUndefined();
  });
});
