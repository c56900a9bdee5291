import type { EventStore, RecordedEvent } from '@app/event-store';
import { type PublicFeedItem, feedEventTypes, publicFeedItem } from './public-feed-items';
import type { FeedSettings, FeedSubscriberSettings } from '@app/runtime';
import type { FeedRecords } from './feed-records';
import { feedSignature } from './feed-signature';

/** Waits `ms`, or rejects when `signal` aborts first (injectable: the tests' timing). */
export type Wait = (ms: number, signal: AbortSignal) => Promise<void>;

export const realWait: Wait = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });

export interface SubscriberStatus {
  id: string;
  url: string;
  kinds: string[];
  state: 'running' | 'stopped';
  cursor: number;
  delivered: number;
  lastError?: { itemId: string; attempt: number; message: string; at: string };
}

/**
 * Delivers the public feed to one subscriber, one item at a time in log order, from its own
 * durable cursor (docs/exchange.md): each item is POSTed, signed, until answered 2xx, with waits
 * growing from the first to the longest; after the last attempt it becomes a dead letter and the
 * cursor moves on. The cursor moves only after an item is delivered or given up on, so a crash
 * delivers the item again (at least once, the same id).
 */
export class FeedDeliverer {
  private run?: { controller: AbortController; done: Promise<void> };
  private cursorAt = 0;
  private delivered = 0;
  private lastError?: SubscriberStatus['lastError'];

  constructor(
    private readonly events: EventStore,
    private readonly records: FeedRecords,
    readonly subscriber: FeedSubscriberSettings,
    private readonly settings: Omit<FeedSettings, 'subscribers'>,
    private readonly now: () => Date = () => new Date(),
    private readonly wait: Wait = realWait,
  ) {}

  start(): void {
    if (this.run) return;
    const controller = new AbortController();
    this.run = { controller, done: this.loop(controller.signal) };
  }

  async stop(): Promise<void> {
    const run = this.run;
    if (!run) return;
    run.controller.abort(new Error('stopped'));
    await run.done;
    this.run = undefined;
  }

  /**
   * Moves the cursor (the next item delivered is the first after `position`): written as a reset
   * request, which the running loop applies at once here, and which a deliverer in another process
   * (the projector) applies before its next item or within `resetPollMs` while idle.
   */
  async resetCursor(position: number): Promise<number> {
    const previous = await this.records.cursor(this.subscriber.id);
    await this.records.requestReset(this.subscriber.id, position);
    if (this.run) {
      await this.stop();
      this.start();
    }
    return previous;
  }

  /** Delivers one dead letter's item again, once; answers whether the subscriber took it. */
  async replay(position: number, itemId: string): Promise<{ delivered: boolean; error?: string }> {
    const event = await this.eventAt(position, itemId);
    const item = event && publicFeedItem(event);
    if (!item) return { delivered: false, error: 'the event is no longer in the log' };
    const signal = AbortSignal.timeout(this.settings.timeoutMs);
    try {
      await this.send(item, signal);
    } catch (error) {
      return { delivered: false, error: (error as Error).message };
    }
    await this.records.removeDeadLetter(this.subscriber.id, itemId);
    return { delivered: true };
  }

  status(): SubscriberStatus {
    const { id, url, kinds } = this.subscriber;
    return {
      id,
      url,
      kinds,
      state: this.run ? 'running' : 'stopped',
      cursor: this.cursorAt,
      delivered: this.delivered,
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  private async loop(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        await this.deliverFromCursor(signal);
      } catch (error) {
        if (signal.aborted) return;
        this.lastError = {
          itemId: '',
          attempt: 0,
          message: (error as Error).message,
          at: this.now().toISOString(),
        };
        await this.wait(this.settings.retryFirstMs, signal).catch(() => undefined);
      }
    }
  }

  private async deliverFromCursor(signal: AbortSignal): Promise<void> {
    const id = this.subscriber.id;
    await this.records.applyReset(id);
    this.cursorAt = await this.records.cursor(id);
    const subscription = this.events.subscribeToAll({
      fromPosition: this.cursorAt === 0 ? 'start' : this.cursorAt,
      filter: { eventTypes: feedEventTypes(this.subscriber.kinds) },
    });
    const close = () => void subscription.close();
    signal.addEventListener('abort', close, { once: true });
    // While idle at the head no item comes to look for a reset before: look every resetPollMs.
    const poll = setInterval(() => {
      void this.records.pendingReset(id).then(
        (reset) => reset !== undefined && close(),
        () => undefined,
      );
    }, this.settings.resetPollMs);
    try {
      for await (const event of subscription) {
        if (signal.aborted) return;
        if ((await this.records.pendingReset(id)) !== undefined) return;
        const item = publicFeedItem(event);
        if (item) await this.deliverWithRetries(item, signal);
        if (signal.aborted) return;
        await this.records.setCursor(id, event.position);
        this.cursorAt = event.position;
      }
    } finally {
      clearInterval(poll);
      signal.removeEventListener('abort', close);
      await subscription.close();
    }
  }

  private async deliverWithRetries(item: PublicFeedItem, signal: AbortSignal): Promise<void> {
    const { maxAttempts, retryFirstMs, retryLongestMs, timeoutMs } = this.settings;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.send(item, AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]));
        this.delivered += 1;
        this.lastError = undefined;
        return;
      } catch (error) {
        if (signal.aborted) return;
        const message = (error as Error).message;
        this.lastError = { itemId: item.id, attempt, message, at: this.now().toISOString() };
        if (attempt >= maxAttempts) {
          await this.records.addDeadLetter(this.subscriber.id, {
            itemId: item.id,
            position: item.position,
            kind: item.kind,
            attempts: attempt,
            lastError: message,
            deadAt: this.now().toISOString(),
          });
          return;
        }
        await this.wait(Math.min(retryFirstMs * 2 ** (attempt - 1), retryLongestMs), signal).catch(
          () => undefined,
        );
        if (signal.aborted) return;
      }
    }
  }

  private async send(item: PublicFeedItem, signal: AbortSignal): Promise<void> {
    const body = JSON.stringify(item);
    const timestamp = String(Math.floor(this.now().getTime() / 1000));
    const response = await fetch(this.subscriber.url, {
      method: 'POST',
      redirect: 'manual',
      signal,
      headers: {
        'content-type': 'application/json',
        'x-ssj-timestamp': timestamp,
        'x-ssj-signature': feedSignature(this.subscriber.secret, timestamp, body),
        'x-ssj-item-id': item.id,
        'x-ssj-subscriber': this.subscriber.id,
      },
      body,
    });
    await response.body?.cancel();
    if (response.status < 200 || response.status > 299) throw new Error(`answered ${response.status}`);
  }

  private async eventAt(position: number, itemId: string): Promise<RecordedEvent | undefined> {
    for await (const event of this.events.readAll({ fromPosition: position, maxCount: 1 })) {
      return event.id === itemId ? event : undefined;
    }
    return undefined;
  }
}
