import { PostgresEventStore } from '@app/event-store';
import { testMetadata } from '@app/event-store/testing/event-store.contract';
import { eventually } from '@app/event-store/testing/eventually';
import { describePostgres } from '@app/event-store/testing/postgres-test-database';
import { type Relay, startRelay, throughRelay } from '@app/event-store/testing/tcp-relay';
import { Client, Pool } from 'pg';
import { ProjectionRunner } from '../projections/projection-runner';
import type { ReadModelStore } from '../read-model-store.port';
import { type Tally, tallyProjection } from '../testing/tally-projection';
import { PostgresReadModelStore } from './postgres-read-model-store';

/** Short waits between tries, so the test follows the outage closely (the default is 50 ms to 5 s). */
const retryWaitMs = { first: 5, longest: 20 };

/** Every tally of a namespace, by key. */
async function tallies(store: ReadModelStore, namespace: string): Promise<Tally[]> {
  const page = await store
    .collection<Tally>(namespace, 'tallies')
    .find({ sort: [{ field: 'key', direction: 'asc' }], limit: 1000 });
  return page.items;
}

describePostgres('a projection whose event log goes away while it reads (PostgreSQL)', (database) => {
  let relay: Relay;
  /** The log as the runner sees it: through the relay, so that stopping the relay is the outage. */
  let remote: PostgresEventStore;
  /** The log as writers see it: still reachable during the outage. */
  let writer: PostgresEventStore;
  let pool: Pool;
  let readModels: PostgresReadModelStore;
  let tallied = 0;
  const tally = (n: number) =>
    writer.appendToStream(
      `ledger-${n % 4}`,
      [{ type: 'Tallied', data: { key: `k${n % 4}`, amount: n }, metadata: testMetadata() }],
      { expectedRevision: 'any' },
    );
  const tallyMore = async (count: number) => {
    for (let i = 0; i < count; i += 1) await tally((tallied += 1));
  };

  beforeAll(async () => {
    relay = await startRelay(database().url);
    writer = await PostgresEventStore.open(database().url, { poolSize: 2 });
    remote = await PostgresEventStore.open(throughRelay(database().url, relay), {
      poolSize: 2,
      pollIntervalMs: 20,
      connectTimeoutMs: 1000,
    });
    pool = new Pool({ connectionString: database().url, max: 4 });
    pool.on('error', () => undefined);
    readModels = await PostgresReadModelStore.open(pool);
  });
  /** Runners a test started: stopped whether it passed or not (and the server reachable again). */
  const runners: ProjectionRunner[] = [];
  const started = (runner: ProjectionRunner): ProjectionRunner => {
    runners.push(runner);
    return runner;
  };
  afterEach(async () => {
    for (const runner of runners.splice(0)) await runner.stop();
    if (!relay.listening) await relay.start();
  });
  afterAll(async () => {
    await remote.close();
    await writer.close();
    await relay.stop();
    await pool.end();
  });

  it('waits through the outage, then resumes from its checkpoint: every event applied once, as a fresh rebuild', async () => {
    await tallyMore(10);
    const runner = started(
      new ProjectionRunner(remote, readModels, tallyProjection(), 'outage_g1', {
        batchSize: 4,
        retryWaitMs,
      }),
    );
    await runner.start();
    await runner.waitFor(await writer.headPosition(), 25_000);
    const before = runner.committedPosition;

    await relay.stop();
    await eventually(() => runner.status().lastError !== undefined, 'the runner to meet the outage');
    expect(runner.status()).toMatchObject({ state: 'running', checkpoint: before });
    expect(runner.status().lastError?.message).toMatch(/^waiting for the event log: /);
    await tallyMore(11); // appended while the runner cannot read them
    // Several refused tries later it still waits: not failed, its checkpoint where it was.
    const refusedAt = runner.status().lastError!.at;
    await eventually(() => runner.status().lastError?.at !== refusedAt, 'another refused try');
    expect(runner.status()).toMatchObject({ state: 'running', checkpoint: before });

    await relay.start();
    const head = await writer.headPosition();
    await runner.waitFor(head, 25_000);
    const status = runner.status();
    expect(status).toMatchObject({ state: 'running', checkpoint: head, eventsApplied: 21 });
    expect(status.lastError).toBeUndefined();
    expect(await readModels.readCheckpoint('outage_g1')).toBe(head);

    // Each key's tally counts each of its events once, and ends at its last one.
    const live = await tallies(readModels, 'outage_g1');
    expect(live.reduce((sum, t) => sum + t.count, 0)).toBe(21);
    expect(live.reduce((sum, t) => sum + t.total, 0)).toBe((21 * 22) / 2);
    // A rebuild from the start, with no outage, gives the same read model.
    const fresh = started(new ProjectionRunner(writer, readModels, tallyProjection(), 'outage_fresh'));
    await fresh.start();
    await fresh.waitFor(head, 25_000);
    expect(live).toEqual(await tallies(readModels, 'outage_fresh'));
  });

  it('stops, marked failed, at a read error that waiting cannot cure (not a storage refusal)', async () => {
    await tallyMore(3);
    const runner = started(
      new ProjectionRunner(remote, readModels, tallyProjection(), 'broken_g1', { retryWaitMs }),
    );
    await runner.start();
    await runner.waitFor(await writer.headPosition(), 25_000);
    // The log's table gone from under it: 42P01 undefined_table, a fault, not an outage.
    const admin = new Client({ connectionString: database().url });
    await admin.connect();
    try {
      await admin.query('ALTER TABLE events RENAME TO events_away');
      await eventually(() => runner.status().state !== 'running', 'the runner to stop at the fault');
      expect(runner.status().state).toBe('failed');
      expect(runner.status().lastError?.message).toMatch(/events.*does not exist/);
    } finally {
      await admin.query('ALTER TABLE events_away RENAME TO events');
      await admin.end();
    }
  });
});
