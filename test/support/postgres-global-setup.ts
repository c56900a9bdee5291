import { postgresBinaries, startPostgres } from './postgres-server';

/**
 * Jest's global setup: the PostgreSQL suites run against TEST_DATABASE_URL when it is given (your
 * own server), else against a cluster started here for the run. With neither binaries nor a URL
 * they skip, saying why, unless REQUIRE_POSTGRES=1 (CI) makes that an error.
 */
export default async function setUpPostgres(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const bin = postgresBinaries();
  if (!bin) {
    if (process.env.REQUIRE_POSTGRES === '1')
      throw new Error(
        'REQUIRE_POSTGRES=1 but no PostgreSQL server binaries (apt-get install postgresql, or PG_BIN)',
      );
    return;
  }
  const server = await startPostgres(bin);
  process.env.TEST_DATABASE_URL = server.url;
  (globalThis as { postgresServer?: unknown }).postgresServer = server;
}
