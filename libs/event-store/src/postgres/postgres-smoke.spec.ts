import { Client } from 'pg';
import { describePostgres } from '../testing/postgres-test-database';

describePostgres('the run’s PostgreSQL server', (database) => {
  it('answers in a database of the suite’s own', async () => {
    const client = new Client({ connectionString: database().url });
    await client.connect();
    const { rows } = await client.query<{ n: number }>('SELECT 1 + 1 AS n');
    await client.end();
    expect(rows[0].n).toBe(2);
  });
});
