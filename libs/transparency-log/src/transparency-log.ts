import { type CheckpointKey, type SignedCheckpoint, checkpointKey, signCheckpoint } from '@app/audit';
import {
  type EventStore,
  type EventSubscription,
  type RecordedEvent,
  storageRefusal,
} from '@app/event-store';
import { type ListedKey, listedKeys, recordKey } from './key-events';
import type { SigningKey } from './signing-key';
import { TileReader } from './tile-reader';
import { TreeBuilder } from './tree-builder';
import type { TransparencyStore } from './transparency-store.port';

/** The tree is stored once this many leaves wait, or FLUSH_AFTER_MS after the first of them. */
const FLUSH_LEAVES = 1024;
const FLUSH_AFTER_MS = 200;

export interface TransparencyLogOptions {
  /** The checkpoints' origin line and the key's name. */
  origin: string;
  /** Sign a checkpoint after this many new events… */
  checkpointEvery: number;
  /** …or after this many minutes with any new event. */
  checkpointMinutes: number;
  /** Only the process that runs the projections builds the tree and signs (it holds the key). */
  signer?: SigningKey;
  now?: () => Date;
  /**
   * While the store refuses for now (STORAGE_UNAVAILABLE): the first wait before following
   * again, doubled each time up to the longest. Default 50 ms up to 5 s.
   */
  retryWaitMs?: { first: number; longest: number };
}

export interface TransparencyLogStatus {
  running: boolean;
  size: number;
  lastPosition: number;
  lastError?: string;
}

/**
 * The log's Merkle tree fed from the sealed log in global order, resumed from its head, with a
 * signed checkpoint every N events or T minutes (docs/adr/0021-transparency-log.md).
 */
export class TransparencyLog {
  readonly reader: TileReader;
  private builder: TreeBuilder | undefined;
  private subscription: EventSubscription | undefined;
  private timer: NodeJS.Timeout | undefined;
  private key: CheckpointKey | undefined;
  private lastError: string | undefined;
  private lastSigned = 0;
  private keyRecorded = false;
  private serial: Promise<unknown> = Promise.resolve();
  private waiters: { position: number; resolve: () => void }[] = [];
  /** Position of the last leaf in the stored tree. */
  private stored = 0;
  private flushTimer: NodeJS.Timeout | undefined;
  /** A flush on the timer failed: what the follow loop raises, to reload the stored tree. */
  private flushFailure: Error | undefined;

  constructor(
    private readonly log: EventStore,
    readonly store: TransparencyStore,
    private readonly options: TransparencyLogOptions,
  ) {
    this.reader = new TileReader(store);
  }

  async start(): Promise<void> {
    const signer = this.options.signer;
    if (!signer || this.builder) return;
    this.key = checkpointKey(this.options.origin, signer.publicKey);
    this.builder = await TreeBuilder.load(this.store);
    this.stored = this.builder.lastPosition;
    this.lastSigned = (await this.store.latestCheckpoint())?.size ?? 0;
    void this.follow().catch((error: Error) => {
      this.lastError = error.message;
    });
    this.timer = setInterval(() => void this.checkpoint(), this.options.checkpointMinutes * 60_000);
    this.timer.unref();
  }

  /**
   * Adds the log's events to the tree from the stored tree's end. When the store cannot be read
   * or written for now (its server restarting), waits, reloads the stored tree (what was flushed)
   * and follows again from there: the tree catches up once the store is back.
   */
  private async follow(): Promise<void> {
    let reload = false;
    const { first, longest } = this.options.retryWaitMs ?? { first: 50, longest: 5000 };
    for (let wait = first; ; wait = Math.min(wait * 2, longest)) {
      try {
        if (!this.builder) return; // stopped
        if (reload) {
          // What was flushed, not what the failed pass held in memory.
          const loaded = await this.exclusive(() => TreeBuilder.load(this.store));
          if (!this.builder) return;
          this.builder = loaded;
          this.stored = loaded.lastPosition;
          reload = false;
          this.lastError = undefined;
        }
        const from = this.builder.lastPosition;
        this.subscription = this.log.subscribeToAll({ fromPosition: from === 0 ? 'start' : from });
        await this.consume(this.subscription);
        return;
      } catch (error) {
        if (!storageRefusal(error) || !this.builder) throw error;
        this.lastError = `waiting for the store: ${(error as Error).message}`;
        reload = true;
        await this.subscription?.close();
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  private async consume(subscription: EventSubscription): Promise<void> {
    const pages: AsyncIterable<readonly RecordedEvent[]> = subscription.pages
      ? subscription.pages()
      : (async function* () {
          for await (const event of subscription) yield [event];
        })();
    for await (const page of pages) {
      this.raiseFlushFailure();
      const builder = this.builder!;
      for (const event of page) {
        const chainHash = event.metadata.hash;
        if (!chainHash)
          throw new Error(`event ${event.id} at ${event.position} is not sealed: the tree stops`);
        builder.append({ chainHash, position: event.position, eventId: event.id });
      }
      const due = builder.size - this.lastSigned >= this.options.checkpointEvery;
      if (due || builder.unflushed >= FLUSH_LEAVES) await this.flush(builder);
      else this.flushSoon(builder);
    }
    this.raiseFlushFailure();
  }

  private raiseFlushFailure(): void {
    const failure = this.flushFailure;
    this.flushFailure = undefined;
    if (failure) throw failure;
  }

  /** Stores the leaves appended so far, then signs a checkpoint if one is due. */
  private async flush(builder: TreeBuilder): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const stored = await this.exclusive(() => builder.flush());
    this.stored = Math.max(this.stored, stored);
    this.waiters = this.waiters.filter((w) => (w.position <= this.stored ? (w.resolve(), false) : true));
    if (builder.size - this.lastSigned >= this.options.checkpointEvery) await this.checkpoint();
  }

  /**
   * Every few hundred milliseconds rather than at each page of the log: each flush rewrites the
   * partial tiles (up to 8 KiB each) and no command waits for the tree (issue 25).
   */
  private flushSoon(builder: TreeBuilder): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      if (this.builder !== builder) return;
      // The leaves it held are no longer pending: the follow loop reloads what was stored.
      this.flush(builder).catch((error: Error) => {
        this.flushFailure = error;
        void this.subscription?.close();
      });
    }, FLUSH_AFTER_MS);
  }

  /** Resolves once every event up to `position` is a leaf of the stored tree. */
  caughtUp(position: number): Promise<void> {
    if (this.builder && this.stored >= position) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ position, resolve }));
  }

  /** Signs and stores a checkpoint of the stored tree, unless its size is already signed. */
  checkpoint(): Promise<SignedCheckpoint | undefined> {
    return this.exclusive(async () => {
      const { signer } = this.options;
      const size = (await this.store.head()).size;
      if (!signer || !this.key || size === 0 || size === this.lastSigned)
        return this.store.latestCheckpoint();
      // Recorded with the first checkpoint it signs, not at start: an idle log stays as it was.
      if (!this.keyRecorded) {
        await recordKey(this.log, this.key, this.now());
        this.keyRecorded = true;
      }
      const root = await this.reader.root(size);
      const signed = signCheckpoint(
        {
          origin: this.options.origin,
          size,
          rootHash: root.toString('base64'),
          time: this.now().toISOString(),
        },
        signer.privateKey,
        this.key,
      );
      await this.store.saveCheckpoint(signed);
      this.lastSigned = size;
      return signed;
    });
  }

  keys(): Promise<ListedKey[]> {
    return listedKeys(this.log);
  }

  async status(): Promise<TransparencyLogStatus> {
    const head = await this.store.head();
    return {
      running: this.builder !== undefined,
      ...head,
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    await this.subscription?.close();
    await this.serial.catch(() => undefined);
    this.builder = undefined;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.serial.then(work, work);
    this.serial = next.catch(() => undefined);
    return next;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}
