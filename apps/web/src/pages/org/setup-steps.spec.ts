import { missingYears, setupSteps } from './setup-steps';

const year = (y: number) => ({ year: y, source: 'dataset', holidays: 28, workdays: 6 });

describe('the first steps on an empty platform', () => {
  it('needs this year and the next in the calendar', () => {
    expect(missingYears([year(2025), year(2026)], 2026)).toEqual([2027]);
    expect(missingYears([year(2026), year(2027)], 2026)).toEqual([]);
    expect(missingYears([], 2026)).toEqual([2026, 2027]);
  });

  it('lists the steps in order, each done once what it makes exists', () => {
    const none = {
      departments: 0,
      missingYears: [2027],
      checkItems: 0,
      entities: 0,
      inspectors: 0,
      publishedPlans: 0,
    };
    expect(setupSteps(none).map((s) => s.name)).toEqual([
      'departments',
      'calendar',
      'items',
      'directories',
      'plan',
    ]);
    expect(setupSteps(none).some((s) => s.done)).toBe(false);
    const some = { ...none, departments: 2, missingYears: [], checkItems: 1, entities: 5 };
    expect(setupSteps(some).map((s) => s.done)).toEqual([true, true, true, false, false]);
    expect(setupSteps({ ...some, inspectors: 1, publishedPlans: 1 }).every((s) => s.done)).toBe(true);
  });
});
