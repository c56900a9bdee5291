import type { ReadModelStore } from '../read-model-store.port';
import type { AnyProjection } from './projection';
import type { ProjectionGenerations } from './projection-generations';
import type { LiveProgress, ProjectionThreadLink } from './projection-thread';
import { PositionWaiters, ProjectionTimeout, RunnerStopped } from './projection-waits';
import { ProjectionRebuildFailed } from './projection-status';

/**
 * The projections as the process sees them when a thread of its own runs them (ADR 58): where each
 * stands, from the thread's reports, for read-your-writes waits and the read cache; status,
 * restarts and rebuilds are forwarded.
 */
export class ThreadedProjections {
  private readonly progress = new Map<string, LiveProgress>();
  private readonly waiters = new Map<string, PositionWaiters>();
  private readonly prepared = new Set<string>();
  private readonly rebuilding = new Set<string>();
  /** Reports naming a generation this connection has not prepared yet wait for it, in order. */
  private preparing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    readonly link: ProjectionThreadLink,
    private readonly readModels: ReadModelStore,
    private readonly projections: ReadonlyMap<string, AnyProjection>,
  ) {}

  /**
   * Serves queries at once from what is stored (each projection's generation and checkpoint) and
   * starts the thread without waiting for it: read-your-writes waits resolve as it reports.
   */
  async start(generations: ProjectionGenerations): Promise<void> {
    this.stopped = false;
    for (const projection of this.projections.values()) {
      const namespace = `${projection.name}_g${await generations.load(projection.name)}`;
      await this.readModels.prepare(namespace, projection.collections, { deferIndexes: true });
      this.prepared.add(namespace);
      const committed = (await this.readModels.readCheckpoint(namespace)) ?? 0;
      this.progress.set(projection.name, { name: projection.name, namespace, committed, examined: 0 });
    }
    this.link.onProgress((reports) => this.report(reports));
    this.link.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.link.stop();
    for (const [name, waiters] of this.waiters) waiters.rejectAll(() => new RunnerStopped(name));
  }

  namespaceOf(name: string): string {
    return this.progress.get(name)?.namespace ?? `${name}_g1`;
  }

  /** Changes with every commit of the projection: what the read cache keys its answers by. */
  version(name: string): string {
    const progress = this.progress.get(name);
    return progress ? `${progress.namespace}@${progress.committed}` : `${name}@starting`;
  }

  waitFor(name: string, position: number, timeoutMs: number): Promise<void> {
    const examined = this.progress.get(name)?.examined ?? 0;
    if (examined >= position) return Promise.resolve();
    if (this.stopped) return Promise.reject(new RunnerStopped(name));
    return this.waitersOf(name).wait(
      position,
      timeoutMs,
      () => new ProjectionTimeout(name, position, this.progress.get(name)?.examined ?? 0),
    );
  }

  isRebuilding(name: string): boolean {
    return this.rebuilding.has(name);
  }

  async rebuild(name: string): Promise<{ generation: number }> {
    if (this.rebuilding.has(name)) throw new ProjectionRebuildFailed(`${name} is being rebuilt already`);
    this.rebuilding.add(name);
    try {
      return await this.link.call({ method: 'rebuild', name });
    } finally {
      this.rebuilding.delete(name);
    }
  }

  private report(reports: readonly LiveProgress[]): void {
    for (const report of reports) {
      if (this.prepared.has(report.namespace)) this.record(report);
      else this.preparing = this.preparing.then(() => this.prepare(report)).then(() => this.record(report));
    }
  }

  /** Registers the generation's collections on this connection; the thread made its tables and indexes. */
  private async prepare(report: LiveProgress): Promise<void> {
    const projection = this.projections.get(report.name);
    if (!projection || this.prepared.has(report.namespace)) return;
    await this.readModels.prepare(report.namespace, projection.collections, { deferIndexes: true });
    this.prepared.add(report.namespace);
  }

  private record(report: LiveProgress): void {
    const known = this.progress.get(report.name);
    // A report of the generation a rebuild replaced, overtaken by its successor's, changes nothing.
    if (known && known.namespace !== report.namespace && this.generation(known) > this.generation(report))
      return;
    this.progress.set(report.name, report);
    this.waitersOf(report.name).reach(report.examined);
  }

  private generation(progress: LiveProgress): number {
    return Number(progress.namespace.slice(progress.namespace.lastIndexOf('_g') + 2));
  }

  private waitersOf(name: string): PositionWaiters {
    let waiters = this.waiters.get(name);
    if (!waiters) {
      waiters = new PositionWaiters();
      this.waiters.set(name, waiters);
    }
    return waiters;
  }
}
