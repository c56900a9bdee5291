import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * An app started as a real process from its TypeScript sources (swc-register.js: no build step),
 * for tests of several processes on one store: SIGKILL crashes it, start() brings it back.
 */
export class SourceProcess {
  private child: ChildProcess | undefined;
  /** Everything the process wrote, for a failure message. */
  output = '';

  constructor(
    private readonly entry: string,
    private readonly env: Record<string, string>,
    /** Resolves once the process is ready (e.g. /health answers), given the child. */
    private readonly ready: (process: SourceProcess) => Promise<boolean>,
  ) {}

  /** The operating system's id of the running process (for its memory and CPU in /proc). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<this> {
    // A readiness check that reads the output must see this process's, not the one before's.
    this.output = '';
    const child = spawn(process.execPath, ['-r', './test/support/swc-register.js', this.entry], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    // Bounded: 120 s at 50 ms a try (the compile of a cold start is several seconds on 2 busy cores).
    for (let i = 0; !(await this.ready(this).catch(() => false)); i += 1) {
      if (i > 2400 || !this.running) throw new Error(`${this.entry} did not start:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this;
  }

  /** SIGKILL (a crash) or SIGTERM (a clean stop); resolves once the process has exited. */
  async stop(signal: 'SIGKILL' | 'SIGTERM' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
  }
}
