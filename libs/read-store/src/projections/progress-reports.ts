import type { LiveProgress } from './projection-thread';
import type { ProjectionRunner } from './projection-runner';

/** Where the live runners stand, told to whoever watches (the projections' thread, ADR 58). */
export class ProgressReports {
  private readonly watchers = new Set<(progress: LiveProgress) => void>();

  constructor(private readonly live: ReadonlyMap<string, ProjectionRunner>) {}

  watch(watcher: (progress: LiveProgress) => void): void {
    this.watchers.add(watcher);
  }

  all(): LiveProgress[] {
    return [...this.live.values()].map(progressOf);
  }

  /** After a runner's commit or advance; only the live generation's (a rebuild's runner is not read). */
  report(runner: ProjectionRunner): void {
    if (this.watchers.size === 0 || this.live.get(runner.projection.name) !== runner) return;
    const progress = progressOf(runner);
    for (const watcher of this.watchers) watcher(progress);
  }
}

function progressOf(runner: ProjectionRunner): LiveProgress {
  const { namespace, checkpoint, examined } = runner.status();
  return { name: runner.projection.name, namespace, committed: checkpoint, examined };
}
