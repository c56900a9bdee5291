import type { EventStore } from '@app/event-store';
import type { ReadCollection, ReadDocument } from '../read-model';
import type { ReadModelStore, ReadSnapshot, SnapshotOptions } from '../read-model-store.port';
import type { AnyProjection } from './projection';
import { projectionLag } from './projection-lag';
import { ReadCache } from './read-cache';
import {
  type ProjectionFailure,
  ProjectionRunner,
  ProjectionTimeout,
  type RunnerOptions,
  RunnerStopped,
  type RunnerStatus,
} from './projection-runner';

export interface ProjectionStatus {
  name: string;
  generation: number;
  /** 'remote': kept by another process (apps/projector); this one only reads it. */
  state: RunnerStatus['state'] | 'remote';
  checkpoint: number;
  headPosition: number;
  /** Events in the log from the first one this projection has still to apply (projection-lag.ts). */
  lag: number;
  eventsApplied: number;
  lastError?: ProjectionFailure;
  /** Why the last rebuild failed, until one succeeds. */
  lastRebuildError?: string;
  /** A rebuild in progress: the next generation catching up while this one serves. */
  rebuilding?: { generation: number; checkpoint: number; lag: number; state: RunnerStatus['state'] };
}

export class ProjectionRebuildFailed extends Error {
  override readonly name = 'ProjectionRebuildFailed';
}

export class UnknownProjection extends Error {
  override readonly name = 'UnknownProjection';
}

/**
 * Runs the projections (embedded: inside the api; distributed: in apps/projector), answers their
 * status, waits for positions, rebuilds a projection beside the live one and switches to it once
 * it has caught up, and hands out the active generation's collections to queries.
 */
export class ProjectionHost {
  private readonly projections = new Map<string, AnyProjection>();
  private readonly live = new Map<string, ProjectionRunner>();
  private readonly rebuilding = new Map<string, ProjectionRunner>();
  private readonly generations = new Map<string, number>();
  private readonly rebuildFailures = new Map<string, string>();

  private readonly run: boolean;
  private readonly readCache: ReadCache;
  private generationsReadAt = 0;
  private requestWatch?: NodeJS.Timeout;

  constructor(
    private readonly events: EventStore,
    private readonly readModels: ReadModelStore,
    projections: readonly AnyProjection[],
    private readonly options: RunnerOptions & {
      /** How often a running host looks for rebuild requests (default 2 s). */
      requestPollMs?: number;
      /**
       * false: this process only reads the read models that another process (apps/projector)
       * keeps; it follows that process's generation switches and checkpoints.
       */
      run?: boolean;
      /** Query answers kept by the read cache (default 1,000; 0: none). */
      readCacheEntries?: number;
    } = {},
  ) {
    this.run = options.run ?? true;
    this.readCache = new ReadCache(options.readCacheEntries ?? 1000);
    for (const projection of projections) {
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(projection.name)) {
        throw new Error(`Projection name must be letters and digits: ${projection.name}`);
      }
      this.projections.set(projection.name, projection);
    }
  }

  /** Whether this process applies the projections (or only reads what another keeps). */
  get runsHere(): boolean {
    return this.run;
  }

  isRebuilding(name: string): boolean {
    return this.rebuilding.has(name);
  }

  names(): string[] {
    return [...this.projections.keys()];
  }

  /** The projections that handle any of these event types: whose read models the events change. */
  handling(eventTypes: readonly string[]): string[] {
    return [...this.projections.values()]
      .filter((p) => p.eventTypes === 'all' || p.eventTypes.some((type) => eventTypes.includes(type)))
      .map((p) => p.name);
  }

  /** Starts every projection from its checkpoint in its active generation. */
  async start(): Promise<void> {
    for (const projection of this.projections.values()) {
      const generation = await this.activeGeneration(projection.name);
      if (!this.run) {
        await this.readModels.prepare(`${projection.name}_g${generation}`, projection.collections);
        continue;
      }
      const runner = this.runner(projection, generation);
      this.live.set(projection.name, runner);
      await runner.start();
    }
    if (this.run) {
      this.requestWatch = setInterval(() => {
        // A store that is briefly unavailable must not bring the process down: try again later.
        this.serveRebuildRequests().catch(() => undefined);
      }, this.options.requestPollMs ?? 2000);
      this.requestWatch.unref();
      await this.serveRebuildRequests();
    }
  }

  /**
   * Asks whichever process runs the projections (the api in the embedded default, apps/projector
   * otherwise) to rebuild one: the request is a setting it looks for every few seconds, so two
   * processes never write one projection at once.
   */
  async requestRebuild(name: string): Promise<string> {
    this.known(name);
    const request = new Date().toISOString();
    await this.readModels.setSetting(`projection.${name}.rebuildRequested`, request);
    return request;
  }

  private async serveRebuildRequests(): Promise<void> {
    for (const name of this.projections.keys()) {
      const requested = await this.readModels.getSetting(`projection.${name}.rebuildRequested`);
      if (!requested || this.rebuilding.has(name)) continue;
      if (requested === (await this.readModels.getSetting(`projection.${name}.rebuildServed`))) continue;
      await this.readModels.setSetting(`projection.${name}.rebuildServed`, requested);
      // A failure shows in status() as lastRebuildError.
      this.rebuild(name).catch(() => undefined);
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.requestWatch);
    this.requestWatch = undefined;
    for (const runner of [...this.rebuilding.values(), ...this.live.values()]) await runner.stop();
  }

  /** Restarts a failed projection from the event it stopped at (after the cause is fixed). */
  async restart(name: string): Promise<void> {
    const runner = this.liveRunner(name);
    await runner.stop();
    await runner.start();
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = await this.events.headPosition();
    if (!this.run) return this.remoteStatus(head);
    const out: ProjectionStatus[] = [];
    for (const [name, runner] of this.live) {
      const s = runner.status();
      const next = this.rebuilding.get(name)?.status();
      out.push({
        name,
        generation: this.generations.get(name) ?? 1,
        state: s.state,
        checkpoint: s.checkpoint,
        headPosition: head,
        lag: await projectionLag(this.events, this.known(name), s.examined),
        eventsApplied: s.eventsApplied,
        ...(s.lastError ? { lastError: s.lastError } : {}),
        ...(this.rebuildFailures.has(name) ? { lastRebuildError: this.rebuildFailures.get(name) } : {}),
        ...(next
          ? {
              rebuilding: {
                generation: (this.generations.get(name) ?? 1) + 1,
                checkpoint: next.checkpoint,
                lag: await projectionLag(this.events, this.known(name), next.examined),
                state: next.state,
              },
            }
          : {}),
      });
    }
    return out;
  }

  /**
   * Read-your-writes: resolves once the named projections (all by default) have applied every
   * event up to `position`; rejects with ProjectionTimeout after `timeoutMs`.
   */
  async waitFor(position: number, timeoutMs: number, names: readonly string[] = this.names()): Promise<void> {
    if (!this.run) {
      await Promise.all(names.map((name) => this.waitForRemote(this.known(name), position, timeoutMs)));
      return;
    }
    const deadline = Date.now() + timeoutMs;
    await Promise.all(names.map((name) => this.waitForLive(name, position, deadline)));
  }

  /** Waits on the live runner; if a rebuild replaces it meanwhile, on its successor. */
  private async waitForLive(name: string, position: number, deadline: number): Promise<void> {
    for (;;) {
      try {
        await this.liveRunner(name).waitFor(position, Math.max(0, deadline - Date.now()));
        return;
      } catch (error) {
        if (!(error instanceof RunnerStopped) || Date.now() >= deadline) throw error;
      }
    }
  }

  /**
   * A collection of the projection's active generation (resolved at each call), for queries. Where
   * the projection runs in this process, pages and counts are answered from the read cache while
   * the runner has committed nothing since.
   */
  collection<Doc extends ReadDocument = ReadDocument>(
    projection: string,
    collection: string,
  ): ReadCollection<Doc> {
    this.known(projection);
    const current = async (): Promise<ReadCollection<Doc>> =>
      this.readModels.collection<Doc>(await this.namespaceOf(projection), collection);
    const cached = <T>(query: string, read: () => Promise<T>): Promise<T> => {
      const runner = this.run ? this.live.get(projection) : undefined;
      if (!runner) return read();
      // Taken before the read: an answer is never kept under a version newer than its data.
      const version = `${runner.namespace}@${runner.committedPosition}`;
      return this.readCache.through(`${projection}/${collection}/${query}`, version, read);
    };
    return {
      get: async (id) => (await current()).get(id),
      find: async (options) =>
        cached(`find ${JSON.stringify(options ?? {})}`, async () => (await current()).find(options)),
      count: async (filter) =>
        cached(`count ${JSON.stringify(filter ?? {})}`, async () => (await current()).count(filter)),
    };
  }

  /**
   * A collection of the projection's active generation as of one checkpoint (readSnapshot of the
   * store): the documents and the position they are consistent with.
   */
  async readSnapshot<T>(
    projection: string,
    collection: string,
    options: Omit<SnapshotOptions, 'checkpointKey'>,
    consume: (snapshot: ReadSnapshot) => Promise<T>,
  ): Promise<T> {
    this.known(projection);
    const namespace = await this.namespaceOf(projection);
    return this.readModels.readSnapshot(
      namespace,
      collection,
      { ...options, checkpointKey: namespace },
      consume,
    );
  }

  private async namespaceOf(name: string): Promise<string> {
    if (this.run) return this.liveRunner(name).namespace;
    // Another process switches generations: look again at most once a second.
    if (Date.now() - this.generationsReadAt > 1000) {
      this.generationsReadAt = Date.now();
      for (const projection of this.projections.values()) {
        const generation = await this.storedGeneration(projection.name);
        if (generation === this.generations.get(projection.name)) continue;
        // Prepared before it is published, so no query meets an unprepared generation.
        await this.readModels.prepare(`${projection.name}_g${generation}`, projection.collections);
        this.generations.set(projection.name, generation);
      }
    }
    return `${name}_g${this.generations.get(name) ?? 1}`;
  }

  private async remoteStatus(head: number): Promise<ProjectionStatus[]> {
    const out: ProjectionStatus[] = [];
    for (const name of this.projections.keys()) {
      const namespace = await this.namespaceOf(name);
      const checkpoint = (await this.readModels.readCheckpoint(namespace)) ?? 0;
      out.push({
        name,
        generation: this.generations.get(name) ?? 1,
        state: 'remote',
        checkpoint,
        headPosition: head,
        lag: await projectionLag(this.events, this.known(name), checkpoint),
        eventsApplied: 0,
      });
    }
    return out;
  }

  /** Polls the checkpoint until nothing the projection handles up to `position` remains unapplied. */
  private async waitForRemote(projection: AnyProjection, position: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const filter = projection.eventTypes === 'all' ? undefined : { eventTypes: projection.eventTypes };
    for (;;) {
      const checkpoint = (await this.readModels.readCheckpoint(await this.namespaceOf(projection.name))) ?? 0;
      if (checkpoint >= position) return;
      let pending = false;
      for await (const event of this.events.readAll({ fromPosition: checkpoint + 1, filter, maxCount: 1 })) {
        pending = event.position <= position;
      }
      if (!pending) return;
      if (Date.now() >= deadline) throw new ProjectionTimeout(projection.name, position, checkpoint);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private known(name: string): AnyProjection {
    const projection = this.projections.get(name);
    if (!projection) throw new UnknownProjection(`No projection is named ${name}`);
    return projection;
  }

  /**
   * Replays the projection from the start into a new generation while the current one keeps
   * serving; switches queries to the new one once it has caught up with the log, then drops the
   * old one.
   */
  async rebuild(name: string, options: { pollMs?: number } = {}): Promise<{ generation: number }> {
    const projection = this.known(name);
    if (!this.run)
      throw new ProjectionRebuildFailed(
        `${name} is run by another process (apps/projector): rebuild it there`,
      );
    if (this.rebuilding.has(name)) throw new ProjectionRebuildFailed(`${name} is being rebuilt already`);
    const current = this.liveRunner(name);
    const generation = (this.generations.get(name) ?? 1) + 1;
    const next = this.runner(projection, generation);
    this.rebuilding.set(name, next);
    try {
      await this.readModels.drop(next.namespace, next.checkpointKey);
      await next.start();
      await this.catchUp(next, options.pollMs ?? 20);
      // Whatever the live generation has applied, the next one has too before queries move.
      await next.waitFor(current.status().examined, 60_000);
      await this.readModels.setSetting(generationKey(name), String(generation));
      this.generations.set(name, generation);
      this.live.set(name, next);
      this.rebuildFailures.delete(name);
    } catch (error) {
      this.rebuildFailures.set(name, error instanceof Error ? error.message : String(error));
      await next.stop();
      await this.readModels.drop(next.namespace, next.checkpointKey);
      throw error;
    } finally {
      this.rebuilding.delete(name);
    }
    await current.stop();
    // Processes that only read may use the replaced generation for a moment longer: it stays
    // until the next switch, and the one before it goes now.
    const stale = `${name}_g${generation - 2}`;
    if (generation > 2) await this.readModels.drop(stale, stale);
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
      if (status.examined >= (await this.events.headPosition())) {
        await runner.ensureIndexes();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  private runner(projection: AnyProjection, generation: number): ProjectionRunner {
    return new ProjectionRunner(
      this.events,
      this.readModels,
      projection,
      `${projection.name}_g${generation}`,
      this.options,
    );
  }

  private liveRunner(name: string): ProjectionRunner {
    const runner = this.live.get(name);
    if (!runner) throw new UnknownProjection(`No projection is named ${name} (or it has not started)`);
    return runner;
  }

  private async activeGeneration(name: string): Promise<number> {
    const generation = await this.storedGeneration(name);
    this.generations.set(name, generation);
    return generation;
  }

  private async storedGeneration(name: string): Promise<number> {
    const stored = await this.readModels.getSetting(generationKey(name));
    return stored === undefined ? 1 : Number(stored);
  }
}

function generationKey(projection: string): string {
  return `projection.${projection}.generation`;
}
