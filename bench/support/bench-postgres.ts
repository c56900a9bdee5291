import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import {
  type PostgresServer,
  postgresBinaries,
  startPostgres,
  stopPostgres,
} from '../../test/support/postgres-server';

/** `--store sqlite|postgres`: which store a bench measures (SQLite unless told). */
export type BenchStore = 'sqlite' | 'postgres';

export function benchStore(): BenchStore {
  const index = process.argv.indexOf('--store');
  const store = index >= 0 ? process.argv[index + 1] : 'sqlite';
  if (store !== 'sqlite' && store !== 'postgres') throw new Error(`--store ${store}: sqlite or postgres`);
  return store;
}

/**
 * A PostgreSQL server for a bench: BENCH_DATABASE_URL when given (your own server), else a
 * throwaway cluster. Unlike the tests' cluster it is durable (fsync on, full-page writes,
 * synchronous commits): what an operator runs. shared_buffers is raised from the 128 MB default
 * so the bench measures the store rather than a cold cache.
 */
export interface BenchPostgres {
  /** The server's address (the `postgres` database); `database()` makes a fresh one per bench. */
  url: string;
  /** The postmaster's process id when the cluster is ours (for its CPU time), else undefined. */
  postmasterPid?: number;
  /** A new empty database on the server, and its URL. */
  database(name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function benchPostgres(): Promise<BenchPostgres> {
  let server: PostgresServer | undefined;
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const bin = postgresBinaries();
    if (!bin)
      throw new Error(
        'No PostgreSQL server binaries (apt-get install postgresql, or PG_BIN), and no BENCH_DATABASE_URL',
      );
    server = await startPostgres(bin, [
      'fsync=on',
      'full_page_writes=on',
      'synchronous_commit=on',
      'shared_buffers=512MB',
      'max_wal_size=4GB',
      // BENCH_PG_SETTINGS="synchronous_commit=off …": to see what a setting is worth.
      ...(process.env.BENCH_PG_SETTINGS?.split(' ').filter(Boolean) ?? []),
    ]);
    url = server.url;
  }
  const admin = new Pool({ connectionString: url, max: 1 });
  const postmasterPid = server
    ? Number(readFileSync(`${server.dataDir}/postmaster.pid`, 'utf8').split('\n')[0])
    : undefined;
  const created: string[] = [];
  return {
    url,
    postmasterPid,
    database: async (name) => {
      const database = `bench_${name}_${process.pid}_${Date.now()}`;
      await admin.query(`CREATE DATABASE ${database}`);
      created.push(database);
      const target = new URL(url);
      target.pathname = `/${database}`;
      return target.toString();
    },
    stop: async () => {
      // On your own server the bench's databases are dropped; a throwaway cluster goes whole.
      if (!server)
        for (const database of created) await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
      if (server) stopPostgres(server);
    },
  };
}
