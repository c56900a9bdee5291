import type { EventStore, EventSubscription, RecordedEvent } from '@app/event-store';
import type { ReadDocument } from '../read-model';
import type { ReadModelStore } from '../read-model-store.port';
import { type WorkingSet, applyChanges, changesOf, idsToLoad } from './apply-batch';
import type { Projection } from './projection';

export interface ProjectionFailure {
  /** Position of the event the projection could not apply; it resumes there. */
  position: number;
  eventType: string;
  message: string;
  at: string;
}

export interface RunnerStatus {
  namespace: string;
  state: 'starting' | 'running' | 'stopped' | 'failed';
  /** Position up to which the read model is committed. */
  checkpoint: number;
  /** Position up to which every event has been examined (at least the checkpoint). */
  examined: number;
  eventsApplied: number;
  lastError?: ProjectionFailure;
}

export interface RunnerOptions {
  /** Most events applied in one transaction. */
  batchSize?: number;
  now?: () => Date;
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
  private waiters: { position: number; resolve: () => void }[] = [];
  private readonly batchSize: number;
  private readonly now: () => Date;

  constructor(
    private readonly events: EventStore,
    private readonly readModels: ReadModelStore,
    readonly projection: Projection,
    readonly namespace: string,
    options: RunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.now = options.now ?? (() => new Date());
  }

  get checkpointKey(): string {
    return this.namespace;
  }

  /** Prepares the collections and starts applying from the stored checkpoint. */
  async start(): Promise<void> {
    if (this.state === 'running' || this.state === 'starting') return;
    this.state = 'starting';
    this.lastError = undefined;
    await this.readModels.prepare(this.namespace, this.projection.collections);
    this.checkpoint = (await this.readModels.readCheckpoint(this.checkpointKey)) ?? 0;
    this.examined = Math.max(this.examined, this.checkpoint);
    this.state = 'running';
    this.loop = this.run().catch((error: unknown) => {
      this.state = 'failed';
      this.lastError ??= {
        position: this.checkpoint + 1,
        eventType: '',
        message: error instanceof Error ? error.message : String(error),
        at: this.now().toISOString(),
      };
    });
  }

  async stop(): Promise<void> {
    if (this.state === 'running') this.state = 'stopped';
    await this.subscription?.close();
    await this.loop;
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
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new ProjectionTimeout(this.projection.name, position, this.examined));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private async run(): Promise<void> {
    let batch: RecordedEvent[] = [];
    // A checkpoint past filtered-out events counts once the events before it are committed.
    let examinedPending = 0;
    this.subscription = this.events.subscribeToAll({
      fromPosition: this.checkpoint === 0 ? 'start' : this.checkpoint,
      filter:
        this.projection.eventTypes === 'all'
          ? { streamPrefixes: [''] }
          : { eventTypes: this.projection.eventTypes },
      onCheckpoint: (position) => {
        if (batch.length === 0) this.advanceExamined(position);
        else examinedPending = Math.max(examinedPending, position);
      },
    });
    const iterator = this.subscription[Symbol.asyncIterator]();
    let next = iterator.next();
    while (this.state === 'running') {
      // Take what is ready now; when the subscription would wait, apply what was taken.
      const ready = batch.length === 0 ? await next : await Promise.race([next, nextTurn()]);
      if (ready !== WAITING) {
        if (ready.done) break;
        batch.push(ready.value);
        next = iterator.next();
        if (batch.length < this.batchSize) continue;
      }
      const ok = await this.applyBatch(batch);
      batch = [];
      if (!ok) return;
      this.advanceExamined(examinedPending);
      examinedPending = 0;
    }
    if (batch.length > 0 && this.state === 'running') await this.applyBatch(batch);
  }

  /** Applies and commits one batch; false when the projection failed on an event. */
  private async applyBatch(events: readonly RecordedEvent[]): Promise<boolean> {
    if (events.length === 0) return true;
    const { changes, failure: thrown } = changesOf(this.projection, events);
    const working: WorkingSet = new Map();
    for (const [collection, ids] of idsToLoad(changes)) {
      const found = await this.readModels.getMany(this.namespace, collection, [...ids]);
      working.set(collection, new Map<string, ReadDocument | null>(found));
    }
    const result = applyChanges(events, changes, working);
    const applied = events.slice(0, result.applied);
    if (applied.length > 0) {
      const position = applied[applied.length - 1].position;
      await this.readModels.commit(this.namespace, result.writes, { key: this.checkpointKey, position });
      this.checkpoint = position;
      this.eventsApplied += applied.length;
      this.advanceExamined(position);
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

  private advanceExamined(position: number): void {
    if (position <= this.examined) return;
    this.examined = position;
    const due = this.waiters.filter((w) => w.position <= position);
    this.waiters = this.waiters.filter((w) => w.position > position);
    for (const waiter of due) waiter.resolve();
  }
}

export class ProjectionTimeout extends Error {
  override readonly name = 'ProjectionTimeout';

  constructor(
    readonly projection: string,
    readonly position: number,
    readonly reached: number,
  ) {
    super(`Projection ${projection} reached ${reached}, not ${position}, in time`);
  }
}

const WAITING = Symbol('waiting');

function nextTurn(): Promise<typeof WAITING> {
  return new Promise((resolve) => setImmediate(() => resolve(WAITING)));
}
