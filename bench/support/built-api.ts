import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Builds the api (dist/apps/api), as `npm start` does. */
export function buildApi(): void {
  execFileSync('npx', ['nest', 'build', 'api'], { cwd: ROOT, stdio: 'ignore' });
}

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface BuiltApi {
  base: string;
  process: ChildProcess;
  /** SIGTERM (a clean stop) or SIGKILL (a crash); resolves once the process has exited. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

/**
 * Starts the built api as its own process on a data directory, and resolves once /health answers.
 * API_NODE_ARGS adds node options (e.g. --cpu-prof) to the api's command line; API_STDOUT=1 shows
 * its log (errors included).
 */
export async function startBuiltApi(options: {
  dataDir: string;
  port: number;
  secret: string;
  env?: Record<string, string>;
  stderr?: 'inherit' | 'ignore';
}): Promise<BuiltApi> {
  const child = spawn(
    process.execPath,
    [...(process.env.API_NODE_ARGS?.split(' ').filter(Boolean) ?? []), 'dist/apps/api/main.js'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: options.dataDir,
        PORT: String(options.port),
        HOST: '127.0.0.1',
        AUTH_SECRET: options.secret,
        ...options.env,
      },
      stdio: ['ignore', process.env.API_STDOUT ? 'inherit' : 'ignore', options.stderr ?? 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${options.port}`;
  for (let i = 0; !(await fetch(`${base}/health`).catch(() => undefined))?.ok; i += 1) {
    if (i > 600 || child.exitCode !== null) throw new Error('The api did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    base,
    process: child,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}
