import { SqliteEventStore, openSqliteDatabase } from '@app/event-store';
import { testMetadata } from '@app/event-store/testing/event-store.contract';
import { describePostgres } from '@app/event-store/testing/postgres-test-database';
import { Client, Pool } from 'pg';
import { ProjectionRunner } from '../projections/projection-runner';
import { type Tally, tallyProjection } from '../testing/tally-projection';
import { PostgresReadModelStore } from './postgres-read-model-store';

describePostgres('a projection into PostgreSQL whose connection is lost mid-commit', (database) => {
  let pool: Pool;
  beforeAll(() => {
    pool = new Pool({ connectionString: database().url, max: 4 });
    pool.on('error', () => undefined);
  });
  afterAll(() => pool.end());

  it('waits, then commits the same batch whole on a new connection: nothing lost or doubled', async () => {
    const events = new SqliteEventStore(openSqliteDatabase(':memory:', { synchronous: 'NORMAL' }));
    const store = await PostgresReadModelStore.open(pool);
    const tally = (n: number) =>
      events.appendToStream(
        `ledger-${n % 3}`,
        [{ type: 'Tallied', data: { key: `k${n % 3}`, amount: 1 }, metadata: testMetadata() }],
        { expectedRevision: 'any' },
      );
    for (let i = 0; i < 12; i += 1) await tally(i);
    const runner = new ProjectionRunner(events, store, tallyProjection(), 'tallies_g1', { batchSize: 5 });
    await runner.start();
    await runner.waitFor(await events.headPosition(), 10_000);

    // Another session holds the checkpoint row: the runner's next commit writes, then waits on it.
    const holder = new Client({ connectionString: database().url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query("SELECT * FROM read_model_checkpoints WHERE key LIKE 'tallies_g1%' FOR UPDATE");
    for (let i = 12; i < 18; i += 1) await tally(i);
    let waiting: number | undefined;
    while (waiting === undefined) {
      // Asked outside the holder's transaction, which would see pg_stat_activity as of its first look.
      const { rows } = await pool.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO read_model_checkpoints%'`,
      );
      waiting = rows[0]?.pid;
    }
    await pool.query('SELECT pg_terminate_backend($1)', [waiting]);
    await holder.query('ROLLBACK');
    await holder.end();

    await runner.waitFor(await events.headPosition(), 10_000);
    expect(runner.status()).toMatchObject({ state: 'running', eventsApplied: 18 });
    const tallies = store.collection<Tally>('tallies_g1', 'tallies');
    for (const key of ['k0', 'k1', 'k2']) expect((await tallies.get(key))?.count).toBe(6);
    await runner.stop();
    await events.close();
  });
});
