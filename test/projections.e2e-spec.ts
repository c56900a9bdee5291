import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ProjectionStatus } from '@app/read-store';
import { type Stores, loadConfig, mintAccessToken } from '@app/runtime';
import { testMetadata } from '@app/event-store/testing/event-store.contract';
import { eventually } from '@app/event-store/testing/eventually';
import { createApp } from '../apps/api/src/bootstrap';
import { STORES } from '../apps/api/src/stores/stores.providers';

const SECRET = 'projections-e2e-secret-0123456789abcdef';
const asAdmin = {
  authorization: `Bearer ${mintAccessToken(SECRET, { sub: 'a', name: 'a', department: 'system', roles: ['admin'] })}`,
};

describe('projections over HTTP (embedded)', () => {
  let dir: string;
  let app: NestFastifyApplication;
  let base: string;
  let stores: Stores;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-e2e-'));
    app = await createApp(loadConfig({ DATA_DIR: dir, AUTH_SECRET: SECRET }), { logger: false });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
    stores = app.get<Stores>(STORES);
  });

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const status = async (): Promise<ProjectionStatus[]> =>
    (
      (await (await fetch(`${base}/api/projections`, { headers: asAdmin })).json()) as {
        projections: ProjectionStatus[];
      }
    ).projections;

  it('lists each projection with its checkpoint, the head, its lag and no error', async () => {
    const appended = await stores.events.appendToStream(
      'test-1',
      [{ type: 'SomethingHappened', data: {}, metadata: testMetadata() }],
      { expectedRevision: 'no_stream' },
    );
    await stores.projections.waitFor(appended.position, 20_000);
    const [logActivity] = await status();
    expect(logActivity).toMatchObject({
      name: 'logActivity',
      generation: 1,
      state: 'running',
      checkpoint: appended.position,
      headPosition: appended.position,
      lag: 0,
    });
    expect(logActivity.lastError).toBeUndefined();
  });

  it('rebuilds a projection on request and switches to the new generation', async () => {
    const response = await fetch(`${base}/api/projections/logActivity/rebuild`, {
      method: 'POST',
      headers: asAdmin,
    });
    expect(response.status).toBe(202);
    await eventually(async () => (await status())[0].generation === 2, 'the rebuilt generation');
    const [logActivity] = await status();
    expect(logActivity).toMatchObject({ generation: 2, state: 'running', lag: 0 });
    const activity = await stores.projections.collection('logActivity', 'activity').find({});
    expect(activity.items).toEqual([expect.objectContaining({ type: 'SomethingHappened', count: 1 })]);
  });

  it('answers 404 with a code for a projection that does not exist', async () => {
    const response = await fetch(`${base}/api/projections/nothing/rebuild`, {
      method: 'POST',
      headers: asAdmin,
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'PROJECTION_NOT_FOUND' });
  });
});
