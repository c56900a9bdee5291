import { type PostgresServer, stopPostgres } from './postgres-server';

/** Stops the cluster the global setup started, if it started one. */
export default function tearDownPostgres(): void {
  const server = (globalThis as { postgresServer?: PostgresServer }).postgresServer;
  if (server) stopPostgres(server);
}
