import type { Client, ClientConfig } from 'pg';
import { pg } from './pg-driver';
import { APPEND_CHANNEL } from './event-store-schema';

/** The listening connection's application_name, as operators see it in pg_stat_activity. */
export const LISTENER_NAME = 'ssj-event-listener';

/**
 * Wakes this process's subscriptions when any process appends: one dedicated connection LISTENs
 * on the append channel. Notifications are only a hint: a lost one (the listening connection
 * dropped, a server restarted, a database without LISTEN) costs at most one poll interval, since
 * subscriptions also wake on a timer and then read the log itself.
 */
export class AppendNotifications {
  readonly signal = new WakeSignal();
  private client?: Client;
  private connecting?: Promise<void>;
  private closed = false;

  constructor(private readonly config: ClientConfig) {}

  /** Makes sure a listener is up (or being set up); failures are left to the poll. */
  ensureListening(): void {
    if (this.closed || this.client || this.connecting) return;
    const client = new (pg().Client)({ ...this.config, application_name: LISTENER_NAME });
    const drop = (): void => {
      if (this.client === client) this.client = undefined;
      client.removeAllListeners('notification');
      void client.end().catch(() => undefined);
      this.signal.notify();
    };
    client.on('error', drop);
    client.on('end', drop);
    client.on('notification', () => this.signal.notify());
    this.connecting = client
      .connect()
      .then(() => client.query(`LISTEN ${APPEND_CHANNEL}`))
      .then(() => {
        if (this.closed) return void client.end().catch(() => undefined);
        this.client = client;
        // Appends made while the listener was connecting were not heard: look once.
        this.signal.notify();
      })
      .catch(drop)
      .finally(() => (this.connecting = undefined));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connecting;
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners('end');
      client.removeAllListeners('error');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
    this.signal.notify();
  }
}

/** Wakes waiting subscriptions; `version` lets a reader see that an append came while it read. */
export class WakeSignal {
  version = 0;
  private waiters = new Set<() => void>();

  notify(): void {
    this.version += 1;
    const waiting = this.waiters;
    this.waiters = new Set();
    for (const wake of waiting) wake();
  }

  /** Resolves at the next notification, after `timeoutMs`, or when `abort` fires, whichever is first. */
  next(timeoutMs: number, abort: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (abort.aborted) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        abort.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      abort.addEventListener('abort', done, { once: true });
      this.waiters.add(done);
    });
  }
}
