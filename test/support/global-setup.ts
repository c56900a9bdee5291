import { existsSync } from 'node:fs';
import { type BrowserServer, chromium } from 'playwright-core';
import { BROWSER_ARGS, CHROMIUM, SHARED_BROWSER } from './browser';
import { type PostgresServer, postgresBinaries, startPostgres } from './postgres-server';

/** What the global setup started, for the global teardown (Jest runs both in its own process). */
export const runFixtures = globalThis as { postgresServer?: PostgresServer; browserServer?: BrowserServer };

/**
 * Jest's global setup, once a run: one PostgreSQL cluster and one Chromium for every suite that
 * needs them, whichever worker runs it (the workers inherit the addresses put in the environment).
 */
export default async function globalSetup(): Promise<void> {
  await Promise.all([startBrowser(), setUpPostgres()]);
}

/**
 * One headless Chromium for the run, where it is installed: each browser suite connects to it
 * (launchBrowser) and works in a context of its own, rather than starting a browser per file.
 */
async function startBrowser(): Promise<void> {
  if (process.env[SHARED_BROWSER] || !existsSync(CHROMIUM)) return;
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: BROWSER_ARGS });
  process.env[SHARED_BROWSER] = server.wsEndpoint();
  runFixtures.browserServer = server;
}

/**
 * The PostgreSQL suites run against TEST_DATABASE_URL when it is given (your own server), else
 * against a cluster started here for the run. With neither binaries nor a URL they skip, saying
 * why, unless REQUIRE_POSTGRES=1 (CI) makes that an error.
 */
async function setUpPostgres(): Promise<void> {
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
  runFixtures.postgresServer = server;
}
