import type Database from 'better-sqlite3';
import { ApiHarness, type ErrorAnswer, admin, staff } from './support/api-harness';

/*
 * A full disk, simulated with SQLite's own page limit on the api's connection: writes are refused
 * with a clear 503, reads go on, nothing written is lost or half-written, and once there is room
 * again the api takes writes again.
 */
describe('when the data store cannot take writes', () => {
  const api = new ApiHarness();
  const reader = staff('scjg', ['operator']);
  const connection = () => (api.stores.readModels as unknown as { db: Database.Database }).db;

  beforeAll(async () => {
    await api.start();
    const created = await api.call('POST', '/api/departments', {
      as: admin,
      body: { id: 'scjg', name: '市场监管局', regionCode: '320102' },
    });
    expect(created.status).toBe(201);
  });
  afterAll(() => api.stop());

  it('refuses writes with 503 STORAGE_FULL, keeps serving reads, and loses nothing', async () => {
    const db = connection();
    const pages = db.pragma('page_count', { simple: true }) as number;
    const before = await api.stores.events.headPosition();
    db.pragma(`max_page_count = ${pages}`);
    try {
      let refused: { status: number; body: ErrorAnswer } | undefined;
      // Pages still free in the file may take a few appends; the limit is reached soon after.
      for (let i = 0; i < 200 && !refused; i += 1) {
        const answer = await api.call<ErrorAnswer>('POST', '/api/departments', {
          as: admin,
          body: { id: `d${i}`, name: `部门${i}`.repeat(50), regionCode: '320102' },
        });
        if (answer.status !== 201) refused = answer;
      }
      expect(refused).toBeDefined();
      expect(refused!.status).toBe(503);
      expect(refused!.body.code).toBe('STORAGE_FULL');
      const read = await api.call<{ id: string }>('GET', '/api/departments/scjg', { as: reader });
      expect(read.status).toBe(200);
      expect(read.body.id).toBe('scjg');
      expect((await api.call('GET', '/health')).status).toBe(200);
    } finally {
      db.pragma('max_page_count = 1073741823');
    }
    // Every acknowledged append is there, each once, and its stream's chain holds.
    const head = await api.stores.events.headPosition();
    expect(head).toBeGreaterThanOrEqual(before);
    const again = await api.call('POST', '/api/departments', {
      as: admin,
      body: { id: 'after', name: '恢复后', regionCode: '320102' },
    });
    expect(again.status).toBe(201);
    const verified = await api.call<{ verified: boolean }>(
      'GET',
      '/api/audit/verify?stream=department-after',
      {
        as: staff('jjjc', ['auditor']),
      },
    );
    expect(verified.body.verified).toBe(true);
  });
});
