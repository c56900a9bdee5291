import { firstBrokenLink } from '@app/event-store';
import { describePostgres } from '@app/event-store/testing/postgres-test-database';
import { bytesCall, jsonCall } from '../bench/support/json-call';
import { COUNTY_YEAR_STEPS, CountyYear } from '../bench/county-year';
import { ApiHarness } from './support/api-harness';

/*
 * The same county year on PostgreSQL (DATABASE_URL: the log, read models, records and transparency
 * log in one database; ADR 42, 43): every step's answers are checked as on the embedded store, and
 * at the end every stream's hash chain holds and the read models equal a rebuild.
 */
describePostgres('a county year on PostgreSQL (over HTTP)', (database) => {
  const api = new ApiHarness();
  let year: CountyYear;

  beforeAll(async () => {
    await api.start({
      DATABASE_URL: database().url,
      SIMULATED_CLOCK: 'true',
      DRAW_WITHOUT_BEACON: 'any',
    });
    year = new CountyYear({
      call: jsonCall(api.base),
      download: bytesCall(api.base),
      token: (sub, department, roles) => api.token({ sub, department, roles }),
    });
  }, 60_000);
  afterAll(() => api.stop());

  it('says it runs on PostgreSQL', async () => {
    const health = await api.call<{ eventStore: { kind: string }; readModelStore: { kind: string } }>(
      'GET',
      '/health',
    );
    expect(health.body).toMatchObject({
      eventStore: { kind: 'postgresql' },
      readModelStore: { kind: 'postgresql' },
    });
  });

  for (const [name, step] of COUNTY_YEAR_STEPS) {
    it(
      name,
      async () => {
        const before = year.mismatches.length;
        await step(year);
        expect(year.mismatches.slice(before)).toEqual([]);
      },
      90_000,
    );
  }

  it('keeps every stream’s hash chain', async () => {
    const streams = new Set<string>();
    for await (const event of api.stores.auditLog.readAll()) streams.add(event.stream);
    expect(streams.size).toBeGreaterThan(20);
    for (const stream of streams)
      expect([stream, await firstBrokenLink(api.stores.auditLog.readStream(stream))]).toEqual([
        stream,
        undefined,
      ]);
  });
});
