import { bytesCall, jsonCall } from '../bench/support/json-call';
import { COUNTY_YEAR_STEPS, CountyYear } from '../bench/county-year';
import { ApiHarness } from './support/api-harness';

/*
 * A county year with a joint office, over HTTP only (issue 20, "How to show it"): the steps of
 * `npm run simulate`'s county year (bench/county-year/), one per test; each checks the platform's
 * answers against what the year did, and any disagreement fails the step that found it.
 */
describe('a county year with a joint office (over HTTP)', () => {
  const api = new ApiHarness();
  let year: CountyYear;

  beforeAll(async () => {
    await api.start({
      SIMULATED_CLOCK: 'true',
      ENFORCEMENT_QUALIFICATION: 'required',
      // The joint task belongs to a plan: with no beacon reachable, its draw is seeded by the platform.
      DRAW_WITHOUT_BEACON: 'any',
    });
    year = new CountyYear({
      call: jsonCall(api.base),
      download: bytesCall(api.base),
      token: (sub, department, roles) => api.token({ sub, department, roles }),
    });
  });
  afterAll(() => api.stop());

  for (const [name, step] of COUNTY_YEAR_STEPS) {
    it(
      name,
      async () => {
        const before = year.mismatches.length;
        await step(year);
        expect(year.mismatches.slice(before)).toEqual([]);
      },
      60_000,
    );
  }

  it('did what the issue asks of the year', () => {
    expect(year.did).toMatchObject({
      plansFiled: 2,
      plansFiledLate: 1,
      consolidatedPlansPublished: 1,
      jointTasks: 1,
      participantsNotAnswering: 1,
      expertsDrawn: 3,
      postponements: 1,
      handedOver: 1,
      notForPublication: 1,
      rectifications: 1,
      visitsAgreed: 1,
    });
  });
});
