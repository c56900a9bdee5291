import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ProjectionStatus } from '@app/read-store';
import { type ProjectionThreadData, useProjectionThreads } from '@app/runtime';
import { eventually } from '@app/event-store/testing/eventually';
import { ApiHarness, admin, staff } from './support/api-harness';
import { enterResult, lockedTask } from './support/console-locked-task';

// The built api starts its own bundle as the thread (apps/api/src/main.ts); the test runner cannot
// load TypeScript in a worker, so the thread loads its entry through tsx.
const ENTRY = join(__dirname, '../apps/api/src/stores/projection-thread-main.ts');
let threadsStarted = 0;
let thread: Worker | undefined;

interface Department {
  id: string;
  name: string;
}

const createDepartment = (api: ApiHarness, id: string) =>
  api.call('POST', '/api/departments', {
    as: admin,
    body: { id, name: `${id} 市场监督管理局`, regionCode: '320102' },
  });
const readDepartment = (api: ApiHarness, id: string) =>
  api.call<Department>('GET', `/api/departments/${id}`, { as: admin });
/** Status is the thread's answer: 200 once it runs. */
const threadAnswers = async (api: ApiHarness) =>
  (await api.call('GET', '/api/projections', { as: admin })).status === 200;

describe('the projections in a thread of their own (ADR 58)', () => {
  const api = new ApiHarness();

  beforeAll(async () => {
    useProjectionThreads((data: ProjectionThreadData) => {
      threadsStarted += 1;
      thread = new Worker(`require('tsx/cjs'); require(${JSON.stringify(ENTRY)});`, {
        eval: true,
        workerData: data,
      });
      return thread;
    });
    // Commands wait for the thread as long as a test may: these tests are about what they see
    // once it has applied their events, on a machine that may be slow to start it.
    await api.start({
      TRANSPARENCY_CHECKPOINT_EVERY: '1',
      SIMULATED_CLOCK: 'true',
      READ_MODEL_WAIT_MS: '25000',
    });
    // The api answers before its thread runs (ADR 58); status is the thread's answer.
    await eventually(() => threadAnswers(api), 'the projections thread to answer');
  }, 60_000);

  afterAll(async () => {
    await api.stop();
    useProjectionThreads(undefined);
  });

  const status = async (): Promise<ProjectionStatus[]> =>
    (await api.call<{ projections: ProjectionStatus[] }>('GET', '/api/projections', { as: admin })).body
      .projections;

  it('runs them in the thread, not on the api thread', () => {
    expect(threadsStarted).toBe(1);
    expect(api.stores.describe()).toContain(
      'projections: run in a thread of this process (PROJECTION_THREAD)',
    );
  });

  it('answers a command once the thread has applied its events: the next read shows them', async () => {
    for (let i = 1; i <= 5; i++) {
      const id = `dept-${i}`;
      const created = await createDepartment(api, id);
      expect(created.status).toBe(201);
      const read = await readDepartment(api, id);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id, name: `${id} 市场监督管理局` });
      const page = await api.call<{ items: Department[] }>('GET', '/api/departments', { as: admin });
      expect(page.body.items.map((d) => d.id)).toContain(id);
    }
  });

  it("reports each projection's status from the thread, caught up with the log", async () => {
    const head = await api.stores.events.headPosition();
    const all = await status();
    expect(all.map((p) => p.name).sort()).toEqual([...api.stores.projections.names()].sort());
    for (const projection of all) {
      expect(projection).toMatchObject({ state: 'running', generation: 1, headPosition: head, lag: 0 });
    }
  });

  it('builds and signs the transparency tree there: checkpoints cover the log', async () => {
    const head = await api.stores.events.headPosition();
    await eventually(async () => {
      const answer = await api.call<{ items: { size: number }[] }>('GET', '/api/public/checkpoints');
      return (answer.body.items[0]?.size ?? 0) >= head;
    }, 'a signed checkpoint of the whole log');
  });

  it('rebuilds a projection there; queries follow the new generation', async () => {
    const rebuild = await api.call('POST', '/api/projections/departments/rebuild', { as: admin });
    expect(rebuild.status).toBe(202);
    await eventually(
      async () => (await status()).find((p) => p.name === 'departments')?.generation === 2,
      'the rebuilt generation',
    );
    const page = await api.call<{ items: Department[] }>('GET', '/api/departments', { as: admin });
    expect(page.body.items.map((d) => d.id).sort()).toEqual([
      'dept-1',
      'dept-2',
      'dept-3',
      'dept-4',
      'dept-5',
    ]);
    const created = await createDepartment(api, 'dept-6');
    expect(created.status).toBe(201);
    const read = await readDepartment(api, 'dept-6');
    expect(read.status).toBe(200);
  });

  it('restarts a projection there, and refuses names it does not know', async () => {
    const restarted = await api.call('POST', '/api/projections/departments/restart', { as: admin });
    expect(restarted.status).toBe(202);
    expect((await status()).find((p) => p.name === 'departments')?.state).toBe('running');
    const unknown = await api.call('POST', '/api/projections/nothing/restart', { as: admin });
    expect(unknown.status).toBe(404);
  });

  it('starts the thread again when it ends on its own; the projections resume from their checkpoints', async () => {
    await thread!.terminate();
    await eventually(
      async () => threadsStarted === 2 && (await threadAnswers(api)),
      'the thread started again',
    );
    const created = await createDepartment(api, 'dept-7');
    expect(created.status).toBe(201);
    const read = await readDepartment(api, 'dept-7');
    expect(read.body).toMatchObject({ id: 'dept-7' });
    const page = await api.call<{ items: Department[] }>('GET', '/api/departments', { as: admin });
    expect(page.body.items).toHaveLength(7);
  });

  it("draws from the pool the thread keeps, and a result entered shows in the entity's case file", async () => {
    const task = await lockedTask(api, '2026-05-11', '2026-05-29', 2);
    expect(task.entities).toHaveLength(2);
    for (const entity of task.entities) await enterResult(api, task, entity.id, '2026-05-11');
    const file = await api.call<{ entries: { kind: string; taskId: string }[] }>(
      'GET',
      `/api/entities/${task.entities[0].id}/case-file`,
      { as: staff('audit', ['auditor'], 'auditor-1') },
    );
    expect(file.status).toBe(200);
    expect(file.body.entries.map((e) => [e.kind, e.taskId])).toEqual([
      ['drawn', task.taskId],
      ['result', task.taskId],
    ]);
  });
});

describe('a projections thread that cannot start (ADR 58)', () => {
  const api = new ApiHarness();
  let starts = 0;

  beforeAll(async () => {
    useProjectionThreads((data: ProjectionThreadData) => {
      starts += 1;
      // The first one fails as it loads; the next is the real one.
      const code =
        starts === 1
          ? "throw new Error('cannot load')"
          : `require('tsx/cjs'); require(${JSON.stringify(ENTRY)});`;
      return new Worker(code, { eval: true, workerData: data });
    });
    await api.start({ READ_MODEL_WAIT_MS: '25000' });
  }, 60_000);

  afterAll(async () => {
    await api.stop();
    useProjectionThreads(undefined);
  });

  it('answers at once and starts the thread again; commands wait for it, then read what they wrote', async () => {
    expect((await api.call('GET', '/health')).status).toBe(200);
    const created = await createDepartment(api, 'dept-1');
    expect(created.status).toBe(201);
    expect(starts).toBe(2);
    const read = await readDepartment(api, 'dept-1');
    expect(read.body).toMatchObject({ id: 'dept-1' });
  });
});
