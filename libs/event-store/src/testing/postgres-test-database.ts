import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * A database of its own for a PostgreSQL suite, on the server of TEST_DATABASE_URL (the run's
 * cluster, test/support/global-setup.ts, or your own): created empty, dropped after.
 */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export const postgresTestUrl = (): string | undefined => process.env.TEST_DATABASE_URL;

/** The URL of `base` with another database name. */
export function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createTestDatabase(prefix = 'ssj'): Promise<TestDatabase> {
  const base = postgresTestUrl();
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`.toLowerCase();
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(base, name),
    async drop() {
      const client = new Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * `describe` for a PostgreSQL suite: runs `suite` with a fresh database when a server is known,
 * else one skipped test that says why (and how to give one).
 */
export function describePostgres(title: string, suite: (database: () => TestDatabase) => void): void {
  if (!postgresTestUrl()) {
    describe(title, () => {
      it.skip('skipped: no PostgreSQL (install postgresql so the run starts one, or set TEST_DATABASE_URL)', () => {
        // docs/operations.md, "PostgreSQL".
      });
    });
    return;
  }
  describe(title, () => {
    let database: TestDatabase | undefined;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(async () => {
      await database?.drop();
    });
    // Nested, so that the suite's own afterAll (closing its pools) runs before the drop.
    describe('on a database of its own', () => {
      suite(() => {
        if (!database) throw new Error('the test database is not created yet');
        return database;
      });
    });
  });
}
