import type { EventStore } from '@app/event-store';
import type { ReadModelStore } from '../read-model-store.port';
import type { AnyProjection } from './projection';
import type { ProjectionGenerations } from './projection-generations';
import type { ProjectionRunner } from './projection-runner';
import { ProjectionRebuildFailed } from './projection-status';

/** What a rebuild takes from the host that runs the projections. */
export interface RebuildHost {
  readonly events: EventStore;
  readonly readModels: ReadModelStore;
  readonly generations: ProjectionGenerations;
  /** The runners queries read, by projection: a rebuild replaces one. */
  readonly live: Map<string, ProjectionRunner>;
  liveRunner(name: string): ProjectionRunner;
  runner(projection: AnyProjection, generation: number): ProjectionRunner;
  /** A rebuilt generation now serves queries. */
  switched?(runner: ProjectionRunner): void;
}

/**
 * Rebuilds of projections: each replays its projection from the start into a new generation
 * beside the live one, which keeps serving until the new one has caught up. Asked for through a
 * setting, so that only the process that runs the projections rebuilds them.
 */
export class ProjectionRebuilds {
  private readonly rebuilding = new Map<string, ProjectionRunner>();
  private readonly failures = new Map<string, string>();

  constructor(private readonly host: RebuildHost) {}

  isRebuilding(name: string): boolean {
    return this.rebuilding.has(name);
  }

  /** The next generation's runner while it catches up. */
  next(name: string): ProjectionRunner | undefined {
    return this.rebuilding.get(name);
  }

  /** Why the last rebuild of the projection failed, until one succeeds. */
  failure(name: string): string | undefined {
    return this.failures.get(name);
  }

  hasFailed(name: string): boolean {
    return this.failures.has(name);
  }

  runners(): ProjectionRunner[] {
    return [...this.rebuilding.values()];
  }

  async request(name: string): Promise<string> {
    const request = new Date().toISOString();
    await this.host.readModels.setSetting(`projection.${name}.rebuildRequested`, request);
    return request;
  }

  async serveRequests(names: Iterable<string>, rebuild: (name: string) => Promise<unknown>): Promise<void> {
    const { readModels } = this.host;
    for (const name of names) {
      const requested = await readModels.getSetting(`projection.${name}.rebuildRequested`);
      if (!requested || this.rebuilding.has(name)) continue;
      if (requested === (await readModels.getSetting(`projection.${name}.rebuildServed`))) continue;
      await readModels.setSetting(`projection.${name}.rebuildServed`, requested);
      // A failure shows in status() as lastRebuildError.
      rebuild(name).catch(() => undefined);
    }
  }

  /** Switches queries to the new generation once it has caught up with the log, then drops the old one. */
  async rebuild(projection: AnyProjection, options: { pollMs?: number }): Promise<{ generation: number }> {
    const { name } = projection;
    const { readModels, generations } = this.host;
    if (this.rebuilding.has(name)) throw new ProjectionRebuildFailed(`${name} is being rebuilt already`);
    const current = this.host.liveRunner(name);
    const generation = generations.of(name) + 1;
    const next = this.host.runner(projection, generation);
    this.rebuilding.set(name, next);
    try {
      await readModels.drop(next.namespace, next.checkpointKey);
      await next.start();
      await this.catchUp(next, options.pollMs ?? 20);
      // Whatever the live generation has applied, the next one has too before queries move.
      await next.waitFor(current.status().examined, 60_000);
      await generations.switchTo(name, generation);
      this.host.live.set(name, next);
      this.host.switched?.(next);
      this.failures.delete(name);
    } catch (error) {
      this.failures.set(name, error instanceof Error ? error.message : String(error));
      await next.stop();
      await readModels.drop(next.namespace, next.checkpointKey);
      throw error;
    } finally {
      this.rebuilding.delete(name);
    }
    await current.stop();
    // Processes that only read may use the replaced generation for a moment longer: it stays
    // until the next switch, and the one before it goes now.
    const stale = `${name}_g${generation - 2}`;
    if (generation > 2) await readModels.drop(stale, stale);
    return { generation };
  }

  private async catchUp(runner: ProjectionRunner, pollMs: number): Promise<void> {
    for (;;) {
      const status = runner.status();
      if (status.state === 'failed') {
        throw new ProjectionRebuildFailed(
          `Rebuild of ${runner.projection.name} stopped at position ${status.lastError?.position}: ${status.lastError?.message}`,
        );
      }
      if (status.examined >= (await this.host.events.headPosition())) {
        await runner.ensureIndexes();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}
