import type { Worker } from 'node:worker_threads';
import type { SqliteEventStore } from '@app/event-store';
import {
  type LiveProgress,
  ProjectionRebuildFailed,
  type ProjectionThreadAnswer,
  type ProjectionThreadCall,
  type ProjectionThreadLink,
  UnknownProjection,
} from '@app/read-store';
import { SharedAppends } from './shared-appends';
import type { FromProjectionThread, ToProjectionThread } from './thread-messages';

/** A thread that stopped on its own is started again after this long, doubled while it fails to start. */
const RESTART_AFTER_MS = 1000;
const RESTART_AFTER_AT_MOST_MS = 60_000;
/** How long a stopping thread has to close its connection before it is terminated. */
const STOP_WITHIN_MS = 10_000;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * The process's side of the thread that runs the projections (ADR 58): tells it of each commit of
 * appends on the process's connection, and hands its reports to the projection host. A thread that
 * ends on its own (an error it could not survive) is started again: the projections resume from
 * their checkpoints.
 */
export class WorkerProjectionThread implements ProjectionThreadLink {
  private worker?: Worker;
  private listener: (progress: readonly LiveProgress[]) => void = () => undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopping = false;
  private restartTimer?: NodeJS.Timeout;
  private restartAfterMs = RESTART_AFTER_MS;
  private readonly appends: SharedAppends;

  constructor(
    private readonly startWorker: (appendedFlags: SharedArrayBuffer) => Worker,
    log: SqliteEventStore,
    private readonly report: (message: string) => void,
  ) {
    this.appends = new SharedAppends(log, 'process', () => this.send({ kind: 'appended' }));
  }

  onProgress(listener: (progress: readonly LiveProgress[]) => void): void {
    this.listener = listener;
  }

  start(): void {
    this.stopping = false;
    this.launch();
  }

  /** A thread that cannot start, or ends on its own, is started again (RESTART_AFTER_MS). */
  private launch(): void {
    let ready = false;
    this.appends.forgetSent();
    const worker = this.startWorker(this.appends.buffer);
    this.worker = worker;
    worker.on('message', (message: FromProjectionThread) => {
      if (message.kind === 'ready') {
        ready = true;
        this.restartAfterMs = RESTART_AFTER_MS;
        this.listener(message.progress);
      } else if (message.kind === 'failed') {
        this.report(`The projections' thread did not start: ${message.message}`);
      } else this.receive(message);
    });
    worker.on('error', (error) => this.report(`The projections' thread failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      for (const [id, call] of this.pending) {
        call.reject(new Error(`The projections' thread ended (exit code ${code})`));
        this.pending.delete(id);
      }
      if (this.stopping) return;
      this.report(
        `The projections' thread ended ${ready ? '' : 'before it started '}(exit code ${code}); starting it again`,
      );
      this.restartTimer = setTimeout(() => this.launch(), this.restartAfterMs);
      this.restartTimer.unref();
      if (!ready) this.restartAfterMs = Math.min(this.restartAfterMs * 2, RESTART_AFTER_AT_MOST_MS);
    });
  }

  call<C extends ProjectionThreadCall>(call: C): Promise<ProjectionThreadAnswer<C>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (!this.worker) return reject(new Error("The projections' thread is not running"));
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.send({ kind: 'call', id, call });
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    this.appends.stop();
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    const timer = setTimeout(() => void worker.terminate(), STOP_WITHIN_MS);
    this.send({ kind: 'stop' });
    await exited;
    clearTimeout(timer);
  }

  private receive(message: FromProjectionThread): void {
    switch (message.kind) {
      case 'progress':
        this.listener(message.progress);
        break;
      case 'appended':
        this.appends.received();
        break;
      case 'answer': {
        const call = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.ok) call?.resolve(message.value);
        else call?.reject(errorOf(message.error));
        break;
      }
      default:
        break;
    }
  }

  private send(message: ToProjectionThread): void {
    this.worker?.postMessage(message);
  }
}

/** The thread's refusals as the projection host raises them, so callers tell them apart as before. */
function errorOf(error: { name: string; message: string }): Error {
  if (error.name === 'UnknownProjection') return new UnknownProjection(error.message);
  if (error.name === 'ProjectionRebuildFailed') return new ProjectionRebuildFailed(error.message);
  return new Error(error.message);
}
