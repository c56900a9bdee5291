import { simulateYear } from '../bench/simulation';
import { jsonCall } from '../bench/support/json-call';
import { ApiHarness } from './support/api-harness';

/* The county's year of `npm run simulate`, small, in the suite: the dashboards agree with what was done. */
describe('a simulated year over HTTP (npm run simulate, small)', () => {
  const api = new ApiHarness();
  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
  });
  afterAll(() => api.stop());

  it('reads back from the dashboards exactly what it did, with no entity above the yearly cap', async () => {
    const summary = await simulateYear(
      {
        call: jsonCall(api.base),
        token: (sub, department, roles) => api.token({ sub, department, roles }),
      },
      { entities: 120, departments: 4, inspectors: 16, tasks: 12, year: 2026 },
    );
    expect(summary.mismatches).toEqual([]);
    expect(summary.did).toMatchObject({ tasks: 12, cancelled: 1 });
    expect(summary.did.publishedLate).toBeGreaterThan(0);
    expect(summary.did.responsesLate).toBeGreaterThan(0);
    expect(summary.did.corrections).toBeGreaterThan(0);
  }, 120_000);
});
