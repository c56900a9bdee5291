import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import type { LiveProgress, ProjectionHost, ProjectionThreadCall } from '@app/read-store';
import { type OpenStoresOptions, type Stores, openStores } from '../open-stores';
import { PacedWakes } from './paced-wakes';
import { SharedAppends } from './shared-appends';
import type { FromProjectionThread, ProjectionThreadData, ToProjectionThread } from './thread-messages';

/**
 * Shortest time between two wakes of the projections while commands keep coming: ten events then
 * share a read-model commit at 1,000 commands/s, and a command waits at most this much longer for
 * the read models to show it (bench/http.ts: 0.70× → 0.88× of the rate without projections).
 */
const WAKE_INTERVAL_MS = 10;

/**
 * The thread that runs the projections and builds the transparency tree (ADR 58), on its own
 * connection to the process's SQLite file: it follows the log as appends are committed on the
 * process's connection, and reports each projection's progress once per turn of its event loop.
 */
export async function serveProjectionThread(projections: OpenStoresOptions['projections']): Promise<void> {
  const port = parentPort!;
  const { config, appendedFlags, writeTurn } = workerData as ProjectionThreadData;
  const send = (message: FromProjectionThread): void => port.postMessage(message);
  let stores: Stores;
  try {
    stores = await openStores(config, {
      projections,
      runProjections: true,
      asProjectionThread: true,
      writeTurn,
    });
  } catch (error) {
    send({ kind: 'failed', message: (error as Error).message });
    // Ends this thread only: the process starts another.
    process.exit(1);
  }
  const appends =
    stores.sqliteLog &&
    new SharedAppends(stores.sqliteLog, 'thread', () => send({ kind: 'appended' }), appendedFlags);
  const wakes = appends && new PacedWakes(() => appends.received(), WAKE_INTERVAL_MS);
  const host = stores.projections;
  reportProgress(host, send);
  port.on('message', (message: ToProjectionThread) => {
    if (message.kind === 'appended') wakes?.request();
    else if (message.kind === 'call') void answer(host, port, message.id, message.call);
    else if (message.kind === 'stop') {
      wakes?.stop();
      appends?.stop();
      // Closing the port lets the thread end: the process waits for that.
      void stores.close().finally(() => port.close());
    }
  });
  try {
    await host.start();
    await stores.transparency.start();
  } catch (error) {
    send({ kind: 'failed', message: (error as Error).message });
    await stores.close().catch(() => undefined);
    process.exit(1);
  }
  send({ kind: 'ready', progress: host.liveProgress() });
}

/** Each projection's latest progress, gathered over a turn of the event loop and sent as one message. */
function reportProgress(host: ProjectionHost, send: (message: FromProjectionThread) => void): void {
  const latest = new Map<string, LiveProgress>();
  host.watchProgress((progress) => {
    if (latest.size === 0)
      setImmediate(() => {
        send({ kind: 'progress', progress: [...latest.values()] });
        latest.clear();
      });
    latest.set(progress.name, progress);
  });
}

async function answer(
  host: ProjectionHost,
  port: MessagePort,
  id: number,
  call: ProjectionThreadCall,
): Promise<void> {
  try {
    const value =
      call.method === 'status'
        ? await host.status()
        : call.method === 'restart'
          ? await host.restart(call.name)
          : await host.rebuild(call.name);
    port.postMessage({ kind: 'answer', id, ok: true, value } satisfies FromProjectionThread);
  } catch (error) {
    const { name, message } = error as Error;
    port.postMessage({
      kind: 'answer',
      id,
      ok: false,
      error: { name, message },
    } satisfies FromProjectionThread);
  }
}
