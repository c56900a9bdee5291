import { Pool } from 'pg';
import { describePostgres } from '../testing/postgres-test-database';
import { type Migration, migrate } from './migrations';

const first: Migration = { version: 1, name: 'things', sql: 'CREATE TABLE things (id text PRIMARY KEY)' };
const second: Migration = {
  version: 2,
  name: 'things size',
  sql: 'ALTER TABLE things ADD COLUMN size integer',
};

describePostgres('versioned migrations', (database) => {
  let pool: Pool;
  beforeAll(() => {
    pool = new Pool({ connectionString: database().url });
    pool.on('error', () => undefined);
  });
  afterAll(() => pool.end());

  it('given an empty database, when migrated, then each migration runs once, in order', async () => {
    expect(await migrate(pool, 'test', [first])).toEqual([1]);
    expect(await migrate(pool, 'test', [first, second])).toEqual([2]);
    expect(await migrate(pool, 'test', [first, second])).toEqual([]);
    await pool.query("INSERT INTO things (id, size) VALUES ('a', 1)");
  });

  it('given several processes starting at once, then each migration still runs once', async () => {
    const third: Migration = {
      version: 3,
      name: 'things colour',
      sql: 'ALTER TABLE things ADD COLUMN colour text',
    };
    const runs = await Promise.all([1, 2, 3, 4].map(() => migrate(pool, 'test', [first, second, third])));
    expect(runs.flat()).toEqual([3]);
  });

  it('refuses a migration renamed in the code, and a database newer than the code', async () => {
    await expect(migrate(pool, 'test', [{ ...first, name: 'other' }])).rejects.toThrow(
      'migration 1 is "things" in the database but "other" in the code',
    );
    await expect(migrate(pool, 'test', [first])).rejects.toThrow('the database is at migration 3');
  });

  it('leaves nothing half applied when a migration fails', async () => {
    const broken: Migration = {
      version: 1,
      name: 'broken',
      sql: 'CREATE TABLE partial (id text); SELECT nonsense',
    };
    await expect(migrate(pool, 'other', [broken])).rejects.toThrow();
    const { rows } = await pool.query<{ t: string | null }>("SELECT to_regclass('partial') AS t");
    expect(rows[0].t).toBeNull();
    await expect(migrate(pool, 'test', [second, first])).rejects.toThrow('increasing positive versions');
  });
});
