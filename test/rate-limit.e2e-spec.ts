import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiHarness, staff } from './support/api-harness';

describe('rate limiting of the sign-in-free routes', () => {
  const api = new ApiHarness();

  beforeAll(async () => {
    await api.start({ PUBLIC_RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => api.stop());

  it('answers 429 with the stable error body once a client passes the limit on /api/public/*', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await api.call('GET', '/api/public/check-items')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const refused = await fetch(`${api.base}/api/public/plans`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect(await refused.json()).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
  });

  it('counts the sign-in routes too (guesses reach them without an account), not the refresh', async () => {
    const guess = () =>
      api.call('POST', '/api/auth/sign-in', {
        body: { department: 'scjg', employeeNumber: 'E1', password: 'Not-a-password-1' },
      });
    // This client spent its five on the portal above.
    const refused = await guess();
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(
      (await api.call('POST', '/api/auth/refresh', { body: { refreshToken: 'x'.repeat(43) } })).status,
    ).toBe(401);
  });

  it('does not limit signed-in routes or the health check', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect((await api.call('GET', '/api/departments', { as: staff('scjg', ['operator']) })).status).toBe(
        200,
      );
      expect((await api.call('GET', '/health')).status).toBe(200);
    }
  });
});

describe('rate limiting of the public routes however their path is spelled', () => {
  const api = new ApiHarness();

  beforeAll(async () => {
    await api.start({ PUBLIC_RATE_LIMIT_PER_MINUTE: '4' });
  });
  afterAll(() => api.stop());

  it('counts percent-encoded paths of the public routes against the same limit', async () => {
    const spellings = ['/api/%70ublic/check-items', '/%61pi/public/plans', '/api/public/%63heck-items'];
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await api.call('GET', spellings[i % 3])).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const refused = await api.call('GET', '/api/public/plans');
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
  });
});

describe('rate limiting of unknown public paths with the web console built', () => {
  const api = new ApiHarness();
  const webDir = mkdtempSync(join(tmpdir(), 'ssj-rate-console-'));

  beforeAll(async () => {
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
    await api.start({ PUBLIC_RATE_LIMIT_PER_MINUTE: '3', WEB_DIR: webDir });
  });
  afterAll(async () => {
    await api.stop();
    rmSync(webDir, { recursive: true, force: true });
  });

  it("counts paths under /api/public/ that fall to the console's catch-all route (review of issue 15, finding 8)", async () => {
    const spellings = ['/api/public/nowhere', '/api/%70ublic/nothing', '/api/public/a/b'];
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await api.call('GET', spellings[i % 3])).status);
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    expect((await api.call('GET', '/api/public/plans')).status).toBe(429);
    // The console's own pages are not public api routes: never limited.
    for (let i = 0; i < 5; i += 1) expect((await api.call('GET', '/tasks/t1')).status).toBe(200);
  });
});
