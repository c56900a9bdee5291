import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../bench/support/built-api';

/**
 * A throwaway PostgreSQL cluster for the test run: initdb in a temporary folder, started on a free
 * loopback port, stopped and removed at the end. Debian's server binaries are used where
 * installed (`.ci/run` installs them); PostgreSQL refuses to run as root, so a root run starts it
 * as the `postgres` user.
 */
export interface PostgresServer {
  url: string;
  dataDir: string;
  bin: string;
  /** The server's command-line options (port, socket folder, settings), to start it again. */
  options: string;
}

/** The folder of initdb and pg_ctl: PG_BIN, else Debian's newest /usr/lib/postgresql/<v>/bin. */
export function postgresBinaries(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0], 'bin') : undefined;
}

const asRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a server binary, as the postgres user when this process is root. */
function run(bin: string, program: string, args: string[]): void {
  const file = join(bin, program);
  if (asRoot()) execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' });
  else execFileSync(file, args, { stdio: 'pipe' });
}

/**
 * `settings` are extra `-c name=value` server options, given after (and so overriding) the test
 * defaults: the bench passes fsync=on for a durable cluster like an operator's.
 */
export async function startPostgres(bin: string, settings: string[] = []): Promise<PostgresServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ssj-pg-'));
  if (asRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dataDir, uid, gid);
  }
  run(bin, 'initdb', [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--no-sync',
    '--locale=C',
  ]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dataDir}`,
    "-c listen_addresses='127.0.0.1'",
    '-c max_connections=300',
    '-c fsync=off',
    '-c full_page_writes=off',
    ...settings.map((setting) => `-c ${setting}`),
  ].join(' ');
  const server = { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dataDir, bin, options };
  resumePostgres(server);
  return server;
}

/** Stops the server as an operator's restart does (fast: sessions cut, data kept), to start it again. */
export function pausePostgres(server: PostgresServer): void {
  run(server.bin, 'pg_ctl', ['-D', server.dataDir, '-m', 'fast', '-w', 'stop']);
}

/** Starts the server on its data folder, port and settings; returns once it takes connections. */
export function resumePostgres(server: PostgresServer): void {
  run(server.bin, 'pg_ctl', [
    '-D',
    server.dataDir,
    '-o',
    server.options,
    '-l',
    join(server.dataDir, 'server.log'),
    '-w',
    'start',
  ]);
}

export function stopPostgres(server: PostgresServer): void {
  try {
    run(server.bin, 'pg_ctl', ['-D', server.dataDir, '-m', 'immediate', '-w', 'stop']);
  } finally {
    rmSync(server.dataDir, { recursive: true, force: true });
  }
}
