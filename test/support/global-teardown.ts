import { runFixtures } from './global-setup';
import { stopPostgres } from './postgres-server';

/** Stops what the global setup started: the run's Chromium and PostgreSQL cluster. */
export default async function globalTeardown(): Promise<void> {
  await runFixtures.browserServer?.close();
  if (runFixtures.postgresServer) stopPostgres(runFixtures.postgresServer);
}
