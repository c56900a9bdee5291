import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';

/**
 * CPU time of processes, read from /proc (Linux): how a bench tells which process was the limit.
 * Times are in seconds; "cores" is CPU seconds per wall second (2.0 = both cores of this machine).
 */
const TICKS_PER_SECOND = 100;

function stat(pid: number): number[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: the fields start after its last ')'.
    return text
      .slice(text.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
  } catch {
    return undefined;
  }
}

/** CPU seconds of a process and its descendants, live and exited (reaped children count in cutime). */
export function treeCpuSeconds(root: number): number {
  const fields = stat(root);
  if (!fields) return 0;
  // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
  let ticks = fields[11] + fields[12] + fields[13] + fields[14];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === root) continue;
    const child = stat(pid);
    if (child && child[1] === root) ticks += child[11] + child[12];
  }
  return ticks / TICKS_PER_SECOND;
}

/** Measures named processes (and this one, as `bench`) from `start()` to `stop()`. */
export class CpuMeter {
  private started = 0;
  private before = new Map<string, number>();

  constructor(private readonly processes: Record<string, number | undefined>) {}

  private sample(): Map<string, number> {
    const now = new Map<string, number>();
    const own = process.cpuUsage();
    now.set('bench', (own.user + own.system) / 1e6);
    for (const [name, pid] of Object.entries(this.processes))
      if (pid !== undefined) now.set(name, treeCpuSeconds(pid));
    return now;
  }

  start(): this {
    this.started = performance.now();
    this.before = this.sample();
    return this;
  }

  /**
   * e.g. "CPU: bench 0.95 cores, postgres 0.60 cores (of 2; …)"; given the items done, also the CPU
   * each took per item, which does not depend on how busy the machine was.
   */
  stop(cores: number, items?: { count: number; name: string }): string {
    const seconds = (performance.now() - this.started) / 1000;
    const after = this.sample();
    const parts = [...after].map(([name, value]) => {
      const used = value - (this.before.get(name) ?? 0);
      const each = items ? `, ${((used / items.count) * 1e6).toFixed(1)} µs per ${items.name}` : '';
      return `${name} ${(used / seconds).toFixed(2)} cores${each}`;
    });
    // The machine is shared: its load says how much of the cores the measured processes could have.
    return `CPU: ${parts.join(', ')} (of ${cores}; machine load ${loadavg()[0].toFixed(1)})`;
  }
}
