import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@app/runtime';
import { createApp } from '../apps/api/src/bootstrap';

describe('the running service (embedded default, over HTTP)', () => {
  let dir: string;
  let app: NestFastifyApplication;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-e2e-'));
    const config = loadConfig({ DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1' });
    app = await createApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers GET /health with the kinds of store in use and their status, and not where the data is', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      status: 'ok',
      eventStore: { kind: 'embedded-sqlite', status: 'up' },
      readModelStore: { kind: 'embedded-sqlite' },
      demo: false,
    });
    expect(text).not.toContain(dir);
  });

  // Under /api: outside it, a built console (dist/apps/web) answers its own page for any path.
  it('answers 404 for an unknown api route, in the error body', async () => {
    const response = await fetch(`${base}/api/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('answers headers too large for the HTTP parser with 431 in the error body', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const sent = request(`${base}/health`, { headers: { 'x-padding': 'x'.repeat(20_000) } }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      sent.on('error', reject);
      sent.end();
    });
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body)).toEqual({
      statusCode: 431,
      code: 'HEADERS_TOO_LARGE',
      message: expect.any(String) as string,
    });
  });

  it.each([
    ['/api/%zz', 400, 'MALFORMED_URL'],
    ['/api/public/plans/%E0%A4%A', 400, 'MALFORMED_URL'],
    [`/api/departments/${'d'.repeat(200)}`, 414, 'URI_TOO_LONG'],
  ])('answers the router refusing %s in the error body', async (path, status, code) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({
      statusCode: status,
      code,
      message: expect.any(String) as string,
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['GET', '/health', 200],
    ['GET', '/api/departments', 401],
    ['GET', '/api/nowhere', 404],
    ['GET', '/api/public/check-items', 200],
  ])('sends the security headers on %s %s (%i)', async (method, path, status) => {
    const response = await fetch(`${base}${path}`, { method });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toMatch(
      /default-src 'self'.*frame-ancestors 'none'/,
    );
    expect(response.headers.get('content-security-policy')).not.toMatch(/script-src[^;]*unsafe/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
