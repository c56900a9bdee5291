import type { EventStore } from '@app/event-store';
import type { ReadCollection, ReadDocument } from '../read-model';
import type { ReadModelStore, ReadSnapshot, SnapshotOptions } from '../read-model-store.port';
import type { AnyProjection } from './projection';
import { liveStatus } from './live-status';
import { ReadCache } from './read-cache';
import { ProjectionGenerations } from './projection-generations';
import { ProjectionRebuilds } from './projection-rebuilds';
import { ProjectionRunner, type RunnerOptions } from './projection-runner';
import { RunnerStopped } from './projection-waits';
import { ProjectionRebuildFailed, type ProjectionStatus, UnknownProjection } from './projection-status';
import { RemoteProjections } from './remote-projections';
import type { LiveProgress, ProjectionThreadLink } from './projection-thread';
import { ThreadedProjections } from './threaded-projections';
import { ProgressReports } from './progress-reports';

/**
 * Runs the projections (embedded: inside the api; distributed: in apps/projector), answers their
 * status, waits for positions, rebuilds a projection beside the live one and switches to it once
 * it has caught up, and hands out the active generation's collections to queries.
 */
export class ProjectionHost {
  private readonly projections = new Map<string, AnyProjection>();
  private readonly live = new Map<string, ProjectionRunner>();
  private readonly generations: ProjectionGenerations;
  private readonly rebuilds: ProjectionRebuilds;
  private readonly remote: RemoteProjections;
  /** Set when a thread of this process runs the projections (ADR 58). */
  private readonly threaded?: ThreadedProjections;
  private readonly progress = new ProgressReports(this.live);

  private readonly run: boolean;
  private readonly readCache: ReadCache;
  /** Point reads, apart from the pages so that many officials' accounts never crowd those out. */
  private readonly pointCache: ReadCache;
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
      /** A thread of this process runs the projections on its own connection (ADR 58). */
      thread?: ProjectionThreadLink;
    } = {},
  ) {
    this.run = options.run ?? true;
    this.readCache = new ReadCache(options.readCacheEntries ?? 1000);
    this.pointCache = new ReadCache(options.readCacheEntries ?? 1000);
    for (const projection of projections) {
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(projection.name)) {
        throw new Error(`Projection name must be letters and digits: ${projection.name}`);
      }
      this.projections.set(projection.name, projection);
    }
    this.generations = new ProjectionGenerations(readModels);
    this.remote = new RemoteProjections(events, readModels, this.generations, this.projections);
    if (options.thread && this.run)
      this.threaded = new ThreadedProjections(options.thread, readModels, this.projections);
    this.rebuilds = new ProjectionRebuilds({
      events,
      readModels,
      generations: this.generations,
      live: this.live,
      liveRunner: (name) => this.liveRunner(name),
      runner: (projection, generation) => this.runner(projection, generation),
      switched: (runner) => this.progress.report(runner),
    });
  }

  /** Whether this process applies the projections (or only reads what another keeps). */
  get runsHere(): boolean {
    return this.run;
  }

  isRebuilding(name: string): boolean {
    if (this.threaded) return this.threaded.isRebuilding(name);
    return this.rebuilds.isRebuilding(name);
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
    if (this.threaded) return this.threaded.start(this.generations);
    for (const projection of this.projections.values()) {
      const generation = await this.generations.load(projection.name);
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
    return this.rebuilds.request(name);
  }

  private async serveRebuildRequests(): Promise<void> {
    await this.rebuilds.serveRequests(this.projections.keys(), (name) => this.rebuild(name));
  }

  async stop(): Promise<void> {
    if (this.threaded) return this.threaded.stop();
    clearInterval(this.requestWatch);
    this.requestWatch = undefined;
    for (const runner of [...this.rebuilds.runners(), ...this.live.values()]) await runner.stop();
  }

  /** Restarts a failed projection from the event it stopped at (after the cause is fixed). */
  async restart(name: string): Promise<void> {
    if (this.threaded) {
      await this.threaded.link.call({ method: 'restart', name: this.known(name).name });
      return;
    }
    const runner = this.liveRunner(name);
    await runner.stop();
    await runner.start();
  }

  async status(): Promise<ProjectionStatus[]> {
    if (this.threaded) return this.threaded.link.call({ method: 'status' });
    const head = await this.events.headPosition();
    if (!this.run) return this.remote.status(head);
    return liveStatus(head, {
      events: this.events,
      live: this.live,
      rebuilds: this.rebuilds,
      generations: this.generations,
      projection: (name) => this.known(name),
    });
  }

  /**
   * Read-your-writes: resolves once the named projections (all by default) have applied every
   * event up to `position`; rejects with ProjectionTimeout after `timeoutMs`.
   */
  async waitFor(position: number, timeoutMs: number, names: readonly string[] = this.names()): Promise<void> {
    if (!this.run) {
      await Promise.all(names.map((name) => this.remote.waitFor(this.known(name), position, timeoutMs)));
      return;
    }
    if (this.threaded) {
      const threaded = this.threaded;
      await Promise.all(names.map((name) => threaded.waitFor(this.known(name).name, position, timeoutMs)));
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
   * the runner has committed nothing since; with `cachedGets`, point reads too (their documents are
   * then frozen and shared by every caller).
   */
  collection<Doc extends ReadDocument = ReadDocument>(
    projection: string,
    collection: string,
    options: { cachedGets?: boolean } = {},
  ): ReadCollection<Doc> {
    this.known(projection);
    const current = async (): Promise<ReadCollection<Doc>> =>
      this.readModels.collection<Doc>(await this.namespaceOf(projection), collection);
    const cached = <T>(cache: ReadCache, query: string, read: () => Promise<T>): Promise<T> =>
      this.through(cache, projection, `${projection}/${collection}/${query}`, read);
    return {
      get: async (id) =>
        options.cachedGets
          ? cached(this.pointCache, id, async () => (await current()).get(id))
          : (await current()).get(id),
      find: async (query) =>
        cached(this.readCache, `find ${JSON.stringify(query ?? {})}`, async () =>
          (await current()).find(query),
        ),
      count: async (filter) =>
        cached(this.readCache, `count ${JSON.stringify(filter ?? {})}`, async () =>
          (await current()).count(filter),
        ),
    };
  }

  /**
   * An answer composed of reads of one projection's collections (a page of one, then the documents
   * it names in another), kept in the read cache as its pages are: one lookup, one shared answer.
   */
  cachedAnswer<T>(projection: string, query: string, read: () => Promise<T>): Promise<T> {
    this.known(projection);
    return this.through(this.readCache, projection, `${projection}:${query}`, read);
  }

  /** Where it runs here, through the cache under the runner's version as it was before the read. */
  private through<T>(cache: ReadCache, projection: string, key: string, read: () => Promise<T>) {
    if (this.threaded) return cache.through(key, this.threaded.version(projection), read);
    const runner = this.run ? this.live.get(projection) : undefined;
    return runner ? cache.through(key, `${runner.namespace}@${runner.committedPosition}`, read) : read();
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
    if (this.threaded) return this.threaded.namespaceOf(name);
    if (this.run) return this.liveRunner(name).namespace;
    return this.remote.namespaceOf(name);
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
    if (this.threaded) return this.threaded.rebuild(name);
    return this.rebuilds.rebuild(projection, options);
  }

  /**
   * Each live projection's every commit and advance from here on: what the thread that runs the
   * projections reports to the process (ADR 58).
   */
  watchProgress(watcher: (progress: LiveProgress) => void): void {
    this.progress.watch(watcher);
  }

  liveProgress(): LiveProgress[] {
    return this.progress.all();
  }

  private runner(projection: AnyProjection, generation: number): ProjectionRunner {
    const runner: ProjectionRunner = new ProjectionRunner(
      this.events,
      this.readModels,
      projection,
      `${projection.name}_g${generation}`,
      { ...this.options, onProgress: () => this.progress.report(runner) },
    );
    return runner;
  }

  private liveRunner(name: string): ProjectionRunner {
    const runner = this.live.get(name);
    if (!runner) throw new UnknownProjection(`No projection is named ${name} (or it has not started)`);
    return runner;
  }
}
