import { ApiHarness, admin } from './support/api-harness';

describe('the working-day calendar over HTTP', () => {
  const api = new ApiHarness();
  const operator = { sub: 'op-1', department: 'scjg', roles: ['operator'] };
  beforeAll(() => api.start());
  afterAll(() => api.stop());

  it('counts working days over holidays and make-up weekends of a known year', async () => {
    // Spring Festival 2026: 15–23 Feb off, Saturday 14 Feb worked.
    const answer = await api.call('GET', '/api/calendar/add-working-days?from=2026-02-12&days=3', {
      as: operator,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ date: '2026-02-24', provisional: false, unknownYears: [] });
  });

  it('counts the working days left before a deadline, over a holiday, and refuses bad dates', async () => {
    const left = await api.call('GET', '/api/calendar/working-days-between?from=2026-02-12&to=2026-02-24', {
      as: operator,
    });
    expect(left.status).toBe(200);
    // 13 Feb, the make-up Saturday 14 Feb, then 24 Feb: the festival between is off.
    expect(left.body).toEqual({
      from: '2026-02-12',
      to: '2026-02-24',
      days: 3,
      provisional: false,
      unknownYears: [],
    });
    const none = await api.call('GET', '/api/calendar/working-days-between?from=2026-02-24&to=2026-02-12', {
      as: operator,
    });
    expect(none.body).toMatchObject({ days: 0 });
    const bad = await api.call('GET', '/api/calendar/working-days-between?from=2026-02-30&to=2026-03-02', {
      as: operator,
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'from' }] });
  });

  it('marks a date provisional when it runs into a year nobody has entered yet', async () => {
    const answer = await api.call('GET', '/api/calendar/add-working-days?from=2026-12-30&days=2', {
      as: operator,
    });
    expect(answer.body).toEqual({ date: '2027-01-01', provisional: true, unknownYears: [2027] });
  });

  it("takes a year from the State Council's notice (admin) and then answers for it firmly", async () => {
    const refused = await api.call('PUT', '/api/calendar/years/2027', {
      as: operator,
      body: { holidays: ['2027-01-01'], workdays: [], notice: 'n' },
    });
    expect(refused.status).toBe(403);
    const entered = await api.call('PUT', '/api/calendar/years/2027', {
      as: admin,
      body: { holidays: ['2027-01-01'], workdays: [], notice: '国办发明电〔2026〕X号' },
    });
    expect(entered.status).toBe(200);
    const answer = await api.call('GET', '/api/calendar/add-working-days?from=2026-12-30&days=2', {
      as: operator,
    });
    expect(answer.body).toEqual({ date: '2027-01-04', provisional: false, unknownYears: [] });
    const years = await api.call<{ years: { year: number; source: string }[] }>(
      'GET',
      '/api/calendar/years',
      {
        as: operator,
      },
    );
    expect(years.body.years.find((y) => y.year === 2027)).toMatchObject({ source: 'operator' });
    expect(years.body.years.find((y) => y.year === 2026)).toMatchObject({ source: 'dataset' });
  });

  it('refuses bad input with the field and the reason', async () => {
    const bad = await api.call('GET', '/api/calendar/add-working-days?from=2026-02-30&days=x', {
      as: operator,
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    const wrongYear = await api.call('PUT', '/api/calendar/years/2028', {
      as: admin,
      body: { holidays: ['2027-01-01'], workdays: [], notice: 'n' },
    });
    expect(wrongYear.status).toBe(409);
    expect(wrongYear.body).toMatchObject({ code: 'CALENDAR_DATE_OUTSIDE_YEAR' });
    const notAYear = await api.call('PUT', '/api/calendar/years/abc', {
      as: admin,
      body: { holidays: [], workdays: [], notice: 'n' },
    });
    expect(notAYear.status).toBe(400);
    expect(notAYear.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'year' }] });
  });
});
