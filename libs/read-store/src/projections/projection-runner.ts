import {
  type EventStore,
  type EventSubscription,
  type RecordedEvent,
  storageRefusal,
} from '@app/event-store';
import type { ReadDocument } from '../read-model';
import type { AppliedPositions, ReadModelStore } from '../read-model-store.port';
import { type AppliedByCollection, type WorkingSet, applyChanges, changesOf, idsToLoad } from './apply-batch';
import type { AnyProjection } from './projection';
import { DocumentCache } from './document-cache';
import type { ProjectionFailure, RunnerStatus } from './projection-status';
import { PositionWaiters, ProjectionTimeout, RunnerStopped } from './projection-waits';

/** Documents a runner keeps between batches: hot ones (a tag's, a region's) stay, an import's rows pass. */
const DOCUMENTS_KEPT = 10_000;

export interface RunnerOptions {
  /** Most events applied in one transaction. */
  batchSize?: number;
  /** Most documents kept in memory between batches (default 10,000). */
  cacheLimit?: number;
  now?: () => Date;
  /**
   * While the store refuses for now (STORAGE_UNAVAILABLE, STORAGE_FULL): the first wait before
   * trying again, doubled each time up to the longest. Default 50 ms up to 5 s.
   */
  retryWaitMs?: { first: number; longest: number };
  /** Called after each commit and each advance of the examined position. */
  onProgress?: () => void;
}

/**
 * Runs one projection into one namespace of the read-model store: subscribes from its
 * checkpoint, applies events in batches, and commits each batch's documents together with the
 * checkpoint, so a crash at any instant neither loses nor doubles an event.
 */
export class ProjectionRunner {
  private subscription?: EventSubscription;
  private loop?: Promise<void>;
  private state: RunnerStatus['state'] = 'stopped';
  private checkpoint = 0;
  private examined = 0;
  private eventsApplied = 0;
  private lastError?: ProjectionFailure;
  private readonly waiters = new PositionWaiters();
  private readonly batchSize: number;
  private readonly now: () => Date;
  private readonly retryWait: { first: number; longest: number };
  private readonly onProgress: () => void;
  private readonly cache: DocumentCache;
  private indexed = true;
  /** Events taken from the log but not yet committed, and a checkpoint waiting for them. */
  private uncommitted = 0;
  private examinedPending = 0;

  constructor(
    private readonly events: EventStore,
    private readonly readModels: ReadModelStore,
    readonly projection: AnyProjection,
    readonly namespace: string,
    options: RunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 1000;
    // Each runner keeps its own: 100,000 a runner held every row of a 100,000-row import (issue 25).
    this.cache = new DocumentCache(options.cacheLimit ?? DOCUMENTS_KEPT);
    this.now = options.now ?? (() => new Date());
    this.retryWait = options.retryWaitMs ?? { first: 50, longest: 5000 };
    this.onProgress = options.onProgress ?? (() => undefined);
  }

  get checkpointKey(): string {
    return this.namespace;
  }

  /** Position of the last batch committed to the read model: it changes with every commit. */
  get committedPosition(): number {
    return this.checkpoint;
  }

  /** Prepares the collections and starts applying from the stored checkpoint. */
  async start(): Promise<void> {
    if (this.state === 'running' || this.state === 'starting') return;
    this.state = 'starting';
    this.lastError = undefined;
    this.cache.clear();
    try {
      this.checkpoint = (await this.readModels.readCheckpoint(this.checkpointKey)) ?? 0;
      // From the start of the log, indexes are built once caught up: much faster than keeping
      // them up to date through every batch of the replay. With nothing to replay, at once: built
      // later, on the rows of a first import, they would hold the file's write lock meanwhile.
      this.indexed = this.checkpoint > 0 || !(await this.anythingToReplay());
      await this.readModels.prepare(this.namespace, this.projection.collections, {
        deferIndexes: !this.indexed,
      });
    } catch (error) {
      this.fail(error);
      throw error;
    }
    if (this.state !== 'starting') return; // stopped meanwhile
    this.examined = Math.max(this.examined, this.checkpoint);
    this.state = 'running';
    this.loop = this.runThroughOutages().catch((error: unknown) => {
      this.fail(error);
      void this.subscription?.close();
    });
  }

  /**
   * Runs, and when the log cannot be read for now (its server restarting, the connection lost),
   * waits and subscribes again from the committed checkpoint: the projection catches up once the
   * store is back, skipping nothing, instead of stopping for good at the first outage.
   */
  private async runThroughOutages(): Promise<void> {
    const { first, longest } = this.retryWait;
    for (let wait = first; ; wait = Math.min(wait * 2, longest)) {
      const from = this.checkpoint;
      try {
        return await this.run();
      } catch (error) {
        if (!storageRefusal(error) || this.state !== 'running') throw error;
        await this.subscription?.close();
        this.lastError = {
          position: this.checkpoint + 1,
          eventType: '',
          message: `waiting for the event log: ${(error as Error).message}`,
          at: this.now().toISOString(),
        };
        if (this.checkpoint > from) wait = first;
        await new Promise((resolve) => setTimeout(resolve, wait));
        if (this.state !== 'running') return;
      }
    }
  }

  private fail(error: unknown): void {
    this.state = 'failed';
    this.lastError ??= {
      position: this.checkpoint + 1,
      eventType: '',
      message: error instanceof Error ? error.message : String(error),
      at: this.now().toISOString(),
    };
  }

  private async anythingToReplay(): Promise<boolean> {
    const { eventTypes } = this.projection;
    const filter = eventTypes === 'all' ? undefined : { eventTypes };
    for await (const event of this.events.readAll({ filter, maxCount: 1 })) return event !== undefined;
    return false;
  }

  /** Builds the indexes deferred during a replay from the start (idempotent). */
  async ensureIndexes(): Promise<void> {
    if (this.indexed) return;
    await this.readModels.createIndexes(this.namespace);
    this.indexed = true;
  }

  async stop(): Promise<void> {
    if (this.state === 'running' || this.state === 'starting') this.state = 'stopped';
    await this.subscription?.close();
    await this.loop;
    // Whoever waits on this runner must ask the one that replaced it (or give up).
    this.waiters.rejectAll(() => new RunnerStopped(this.namespace));
  }

  status(): RunnerStatus {
    return {
      namespace: this.namespace,
      state: this.state,
      checkpoint: this.checkpoint,
      examined: this.examined,
      eventsApplied: this.eventsApplied,
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  /** Resolves once every event up to `position` is applied; rejects after `timeoutMs`. */
  waitFor(position: number, timeoutMs: number): Promise<void> {
    if (this.examined >= position) return Promise.resolve();
    return this.waiters.wait(
      position,
      timeoutMs,
      () => new ProjectionTimeout(this.projection.name, position, this.examined),
    );
  }

  private async run(): Promise<void> {
    this.uncommitted = 0;
    this.examinedPending = 0;
    this.subscription = this.events.subscribeToAll({
      fromPosition: this.checkpoint === 0 ? 'start' : this.checkpoint,
      filter:
        this.projection.eventTypes === 'all'
          ? { streamPrefixes: [''] }
          : { eventTypes: this.projection.eventTypes },
      // A checkpoint past filtered-out events counts once the events before it are committed.
      onCheckpoint: (position) => {
        if (this.uncommitted === 0) this.advanceExamined(position);
        else this.examinedPending = Math.max(this.examinedPending, position);
      },
    });
    await this.runPages(this.subscription.pages?.() ?? oneByOne(this.subscription));
  }

  /**
   * Applies what the subscription hands out (pages from the embedded store, single events from
   * EventStoreDB) in batches: whatever arrives within one turn of the event loop, up to the batch
   * size; a turn without more means the store is waiting. The checkpoint past a batch follows its
   * commit.
   */
  private async runPages(pages: AsyncIterable<readonly RecordedEvent[]>): Promise<void> {
    const iterator = pages[Symbol.asyncIterator]();
    let next = iterator.next();
    let batch: readonly RecordedEvent[] = [];
    let turn: Promise<typeof WAITING> = nextTurn();
    try {
      while (this.state === 'running') {
        // With nothing in hand the wait is open-ended, unless indexes are still to be built.
        const ready = batch.length === 0 && this.indexed ? await next : await Promise.race([next, turn]);
        if (ready !== WAITING) {
          if (ready.done) break;
          if (batch.length === 0) turn = nextTurn();
          batch = batch.length === 0 ? ready.value : batch.concat(ready.value);
          this.uncommitted = batch.length;
          next = iterator.next();
          if (batch.length < this.batchSize) continue;
        } else {
          turn = nextTurn();
        }
        const ok = await this.applyBatch(batch);
        batch = [];
        this.uncommitted = 0;
        if (!ok) return;
        // Caught up with the log (the subscription would wait): the read model must now be fast.
        if (ready === WAITING) await this.ensureIndexes();
        this.advanceExamined(this.examinedPending);
        this.examinedPending = 0;
        // A turn of the event loop between batches: requests and timers are served during a long
        // replay, and each earlier turn-wait settles (until then it holds its batch's events).
        await nextTurn();
        turn = nextTurn();
      }
      if (batch.length > 0 && this.state === 'running') await this.applyBatch(batch);
      if (this.state === 'running') throw new Error('The subscription to the event log ended');
    } finally {
      // A read still pending when the loop ends must not become an unhandled rejection.
      next.catch(() => undefined);
    }
  }

  /** Applies and commits one batch; false when the projection failed on an event. */
  private async applyBatch(events: readonly RecordedEvent[]): Promise<boolean> {
    if (events.length === 0) return true;
    const { changes, failure: thrown } = changesOf(this.projection, events);
    const working: WorkingSet = new Map();
    const appliedPositions: AppliedByCollection = new Map();
    for (const [collection, ids] of idsToLoad(changes)) {
      const documents = new Map<string, ReadDocument | null>();
      const missing: string[] = [];
      for (const id of ids) {
        const cached = this.cache.get(collection, id);
        if (cached === undefined) missing.push(id);
        else documents.set(id, cached);
      }
      if (missing.length > 0) {
        const applied: AppliedPositions = new Map();
        const found = await this.readModels.getMany(this.namespace, collection, missing, applied);
        appliedPositions.set(collection, applied);
        for (const id of missing) documents.set(id, found.get(id) ?? null);
      }
      working.set(collection, documents);
    }
    const result = applyChanges(events, changes, working, appliedPositions);
    const applied = events.slice(0, result.applied);
    if (applied.length > 0) {
      const position = applied[applied.length - 1].position;
      // A store that cannot take writes for now (disk full, read-only, failing I/O) is waited for:
      // the batch is committed whole once it can be, never skipped, never half-written.
      const { first, longest } = this.retryWait;
      for (let wait = first; ; wait = Math.min(wait * 2, longest)) {
        try {
          await this.readModels.commit(this.namespace, result.writes, { key: this.checkpointKey, position });
          break;
        } catch (error) {
          if (!storageRefusal(error) || this.state !== 'running') {
            this.cache.clear();
            throw error;
          }
          this.lastError = {
            position,
            eventType: applied[applied.length - 1].type,
            message: `waiting for the store to take writes: ${(error as Error).message}`,
            at: this.now().toISOString(),
          };
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
      this.lastError = undefined;
      this.cache.remember(working);
      this.checkpoint = position;
      this.eventsApplied += applied.length;
      if (!this.advanceExamined(position)) this.onProgress();
    }
    const failure =
      result.failure ?? (thrown ? { event: events[thrown.index], error: thrown.error } : undefined);
    if (!failure) return true;
    // Stop at the event, report it, and resume from there once fixed: no skipping.
    this.state = 'failed';
    this.lastError = {
      position: failure.event.position,
      eventType: failure.event.type,
      message: failure.error.message,
      at: this.now().toISOString(),
    };
    await this.subscription?.close();
    return false;
  }

  /** Whether the position was new (and reported). */
  private advanceExamined(position: number): boolean {
    if (position <= this.examined) return false;
    this.examined = position;
    this.waiters.reach(position);
    this.onProgress();
    return true;
  }
}

const WAITING = Symbol('waiting');

/** A subscription that hands out one event at a time, as pages of one. */
async function* oneByOne(events: AsyncIterable<RecordedEvent>): AsyncGenerator<readonly RecordedEvent[]> {
  for await (const event of events) yield [event];
}

function nextTurn(): Promise<typeof WAITING> {
  return new Promise((resolve) => setImmediate(() => resolve(WAITING)));
}
