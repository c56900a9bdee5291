import { describePostgres } from '@app/event-store/testing/postgres-test-database';
import { Pool } from 'pg';
import { readModelStoreContract } from '../testing/read-model-store.contract';
import { PostgresReadModelStore } from './postgres-read-model-store';

describePostgres('PostgresReadModelStore', (database) => {
  let pool: Pool;
  beforeAll(() => {
    pool = new Pool({ connectionString: database().url, max: 4 });
    // An idle connection the server drops is an 'error' event: without a listener it kills the process.
    pool.on('error', () => undefined);
  });
  afterAll(() => pool.end());

  describe('contract', () => {
    readModelStoreContract({ open: () => PostgresReadModelStore.open(pool) });
  });
});
