import { storageRefusal } from '@app/event-store';
import { describePostgres } from '@app/event-store/testing/postgres-test-database';
import { Client, Pool } from 'pg';
import { PostgresReadModelStore } from './postgres-read-model-store';

const docs = { name: 'docs', indexes: [['n']] };

describePostgres('PostgresReadModelStore when the server fails', (database) => {
  let pool: Pool;
  beforeAll(() => {
    pool = new Pool({ connectionString: database().url, max: 4 });
    pool.on('error', () => undefined);
  });
  afterAll(() => pool.end());

  it('given no server at the address, then opening refuses with STORAGE_UNAVAILABLE', async () => {
    const nowhere = new Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', max: 1 });
    nowhere.on('error', () => undefined);
    const opened = await PostgresReadModelStore.open(nowhere).catch((error: unknown) => error);
    expect(storageRefusal(opened)).toBe('unavailable');
    await nowhere.end();
  });

  it('given a commit whose connection is lost half-way, then nothing of it is written and it refuses with STORAGE_UNAVAILABLE', async () => {
    const store = await PostgresReadModelStore.open(pool);
    await store.prepare('lost', [docs]);
    await store.commit('lost', [{ collection: 'docs', id: 'a', document: { id: 'a', n: 1 } }], {
      key: 'lost@1',
      position: 1,
    });
    // Another session holds the checkpoint row: the commit writes its documents, then waits.
    const holder = new Client({ connectionString: database().url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query("SELECT * FROM read_model_checkpoints WHERE key = 'lost@1' FOR UPDATE");
    const commit = store
      .commit(
        'lost',
        [
          { collection: 'docs', id: 'a', document: { id: 'a', n: 2 } },
          { collection: 'docs', id: 'b', document: { id: 'b', n: 2 } },
        ],
        { key: 'lost@1', position: 2 },
      )
      .catch((error: unknown) => error);
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
    expect(storageRefusal(await commit)).toBe('unavailable');
    await holder.query('ROLLBACK');
    await holder.end();

    expect(await store.collection('lost', 'docs').get('a')).toEqual({ id: 'a', n: 1 });
    expect(await store.collection('lost', 'docs').get('b')).toBeUndefined();
    expect(await store.readCheckpoint('lost@1')).toBe(1);
    // The pool goes on with a new connection: the same batch commits whole.
    await store.commit('lost', [{ collection: 'docs', id: 'b', document: { id: 'b', n: 2 } }], {
      key: 'lost@1',
      position: 2,
    });
    expect(await store.readCheckpoint('lost@1')).toBe(2);
  });
});
