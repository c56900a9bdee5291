import { createServer } from 'node:net';
import { describePostgres, withDatabase } from '@app/event-store/testing/postgres-test-database';
import { ConfigurationError } from './app-config';
import { openPostgresPool, shownDatabaseUrl } from './postgres-connection';

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('DATABASE_URL at start-up', () => {
  it('hides the password wherever the URL is shown', () => {
    expect(shownDatabaseUrl('postgres://ssj:secret@db:5432/ssj')).toBe('postgres://ssj:***@db:5432/ssj');
  });

  it('stops start-up naming DATABASE_URL and the cause when no server answers', async () => {
    const url = `postgres://ssj:secret@127.0.0.1:${await unusedPort()}/ssj`;
    const failure = openPostgresPool(url);
    await expect(failure).rejects.toThrow(ConfigurationError);
    await expect(openPostgresPool(url)).rejects.toThrow(
      /^DATABASE_URL=postgres:\/\/ssj:\*\*\*@.*ECONNREFUSED/,
    );
  });
});

describePostgres('DATABASE_URL on a running server', (database) => {
  it('opens a pool on a database that exists', async () => {
    const pool = await openPostgresPool(database().url);
    const { rows } = await pool.query<{ n: number }>('SELECT 2 AS n');
    expect(rows[0].n).toBe(2);
    await pool.end();
  });

  it('opens at most PG_POOL_MAX connections (20 unless told)', async () => {
    const pools = [
      await openPostgresPool(database().url),
      await openPostgresPool(database().url, { max: 3 }),
    ];
    expect(pools.map((pool) => pool.options.max)).toEqual([20, 3]);
    for (const pool of pools) await pool.end();
  });

  it('names the missing database', async () => {
    await expect(openPostgresPool(withDatabase(database().url, 'no_such_db'))).rejects.toThrow(
      /DATABASE_URL=.*no_such_db.*database "no_such_db" does not exist/,
    );
  });
});
