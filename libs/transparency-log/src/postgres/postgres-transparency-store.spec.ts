import { describePostgres } from '@app/event-store/testing/postgres-test-database';
import { Pool } from 'pg';
import { transparencyStoreContract } from '../testing/transparency-store.contract';
import { PostgresTransparencyStore } from './postgres-transparency-store';

describePostgres('PostgresTransparencyStore', (database) => {
  let pool: Pool;
  beforeAll(() => {
    pool = new Pool({ connectionString: database().url, max: 4 });
    // An idle connection the server drops is an 'error' event: without a listener it kills the process.
    pool.on('error', () => undefined);
  });
  afterAll(() => pool.end());

  // The contract expects an empty store for each test: the suite's database is emptied first.
  transparencyStoreContract(async () => {
    const store = await PostgresTransparencyStore.open(pool);
    await pool.query('TRUNCATE merkle_tiles, merkle_leaves, merkle_head, transparency_checkpoints');
    return store;
  });
});
