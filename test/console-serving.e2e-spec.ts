import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiHarness } from './support/api-harness';

/** The console's files as the api serves them (a stand-in build; the browser test uses the real one). */
describe('serving the web console', () => {
  const api = new ApiHarness();
  const webDir = mkdtempSync(join(tmpdir(), 'ssj-console-'));

  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(webDir, 'assets', 'index.js'), 'console.log(1)');
    await api.start({ WEB_DIR: webDir });
  });
  afterAll(async () => {
    await api.stop();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each(['/', '/tasks/t-1', '/assets/index.js'])('serves %s with the security headers', async (path) => {
    const response = await fetch(`${api.base}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets browsers keep the hashed assets, and asks again for the page that names them', async () => {
    const asset = await fetch(`${api.base}/assets/index.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/tasks/t-1'])
      expect((await fetch(`${api.base}${path}`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a path parameter too long for an api route with 414, as where no console is served', async () => {
    const answer = await api.call('GET', `/api/departments/${'d'.repeat(200)}`);
    expect(answer.status).toBe(414);
    expect(answer.body).toMatchObject({ statusCode: 414, code: 'URI_TOO_LONG' });
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['/api/nowhere', '/%61pi/nowhere', '/%68ealth/x'])(
    'answers an api path however spelled, %s, as the api does: 404 in the error body',
    async (path) => {
      const answer = await api.call('GET', path);
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    },
  );
});
