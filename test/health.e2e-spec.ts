import { mkdtempSync, rmSync } from 'node:fs';
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

  it('answers GET /health with the stores in use and their status', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      eventStore: { kind: 'embedded-sqlite', status: 'up', location: join(dir, 'shuangsuiji.sqlite') },
      readModelStore: { kind: 'embedded-sqlite' },
    });
  });

  it('answers 404 for an unknown route', async () => {
    const response = await fetch(`${base}/nowhere`);
    expect(response.status).toBe(404);
  });
});
