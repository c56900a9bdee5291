/**
 * Embedded event-store benchmark (issue 2). Prints events per second for:
 *   1. single-event appends, each to a new stream (10,000 streams): half by one caller awaiting
 *      each append, half by 100 concurrent callers (the way a busy server sees them)
 *   2. appends in batches of 100 events: half by one caller, half by 8 callers at once
 *   3. a full readAll of the log (1,000,000 events by default)
 * and first, on SQLite, batched appends side by side with raw better-sqlite3 writing the same rows
 * (support/append-side-by-side.ts): the store's and the chained store's rates as ratios to raw.
 * Usage: npm run bench:event-store [-- --store sqlite|postgres --synchronous NORMAL|FULL
 *        --events 1000000 --concurrency 100 --batch-callers 8 --chained
 *        --side-by-side 300000 (events each; 0 skips it) --side-by-side-only]
 * --store postgres measures PostgresEventStore on a throwaway durable cluster (or BENCH_DATABASE_URL).
 */
import {
  ChainingEventStore,
  type EventStore,
  type EventData,
  SqliteEventStore,
  type SqliteSynchronous,
  PostgresEventStore,
  newEventId,
  openSqliteDatabase,
} from '@app/event-store';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendSideBySide } from './support/append-side-by-side';
import { type BenchPostgres, benchPostgres, benchStore } from './support/bench-postgres';
import { CpuMeter } from './support/cpu-usage';

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const synchronous = argument('synchronous', 'NORMAL').toUpperCase() as SqliteSynchronous;
const totalEvents = Number(argument('events', '1000000'));
const singleAppends = Number(argument('streams', '10000'));
const concurrency = Number(argument('concurrency', '100'));
const batchSize = 100;
const batchCallers = Number(argument('batch-callers', '8'));
const sideBySide = Number(argument('side-by-side', '300000'));

function event(n: number): EventData {
  return {
    type: 'InspectionResultEntered',
    data: {
      taskId: `task-${n % 500}`,
      entityId: `91320100MA${String(n).padStart(8, '0')}`,
      category: 'NO_ISSUE_FOUND',
    },
    metadata: {
      actorId: `inspector-${n % 600}`,
      actorRoles: ['inspector'],
      departmentId: `dept-${n % 30}`,
      correlationId: newEventId(),
      causationId: newEventId(),
      occurredAt: '2026-11-25T08:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

function rate(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString('en-US')} events/s`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-es-'));
  if (benchStore() !== 'postgres' && sideBySide > 0) {
    const sideDir = join(dir, 'side-by-side');
    try {
      await appendSideBySide(sideDir, sideBySide, synchronous, event);
    } finally {
      rmSync(process.argv.includes('--side-by-side-only') ? dir : sideDir, { recursive: true, force: true });
    }
    if (process.argv.includes('--side-by-side-only')) return;
  }
  const file = join(dir, 'events.sqlite');
  let server: BenchPostgres | undefined;
  let raw: EventStore;
  if (benchStore() === 'postgres') {
    server = await benchPostgres();
    // BENCH_PG_PAGE_SIZE: rows per page of readAll (the store's default otherwise).
    const pageSize = Number(process.env.BENCH_PG_PAGE_SIZE) || undefined;
    raw = await PostgresEventStore.open(await server.database('events'), { pageSize });
    console.log(`PostgreSQL event store (fsync on, synchronous_commit on), ${server.url}`);
  } else {
    raw = new SqliteEventStore(openSqliteDatabase(file, { synchronous }));
    console.log(`embedded SQLite event store, synchronous=${synchronous}, file ${file}`);
  }
  // --chained: through the hash chain every stream of the product has (ChainingEventStore).
  const store: EventStore = process.argv.includes('--chained') ? new ChainingEventStore(raw) : raw;
  // Where the time went in each phase: this process (the store's client) and the server.
  const meter = new CpuMeter({ postgres: server?.postmasterPid });
  const cpu = (count: number) => `  ${meter.stop(cpus().length, { count, name: 'event' })}`;
  try {
    // Only the store's work is timed; making the events (the callers' work) is not.
    let ms = 0;
    const half = Math.floor(singleAppends / 2);
    for (let i = 0; i < half; i += 1) {
      const events = [event(i)];
      const start = performance.now();
      await store.appendToStream(`inspectionTask-s${i}`, events, { expectedRevision: 'no_stream' });
      ms += performance.now() - start;
    }
    console.log(
      `single-event appends to ${half.toLocaleString('en-US')} new streams, one caller at a time: ${rate(half, ms)}`,
    );
    // Many officials at once: `concurrency` appends in flight, each awaited by its own caller.
    const pending = Array.from({ length: singleAppends - half }, (_, k) => [event(half + k)]);
    let next = 0;
    meter.start();
    const concurrentStart = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < pending.length) {
          const i = next++;
          await store.appendToStream(`inspectionTask-s${half + i}`, pending[i], {
            expectedRevision: 'no_stream',
          });
        }
      }),
    );
    ms = performance.now() - concurrentStart;
    console.log(
      `single-event appends to ${pending.length.toLocaleString('en-US')} new streams, ${concurrency} callers at once: ${rate(pending.length, ms)}`,
    );
    console.log(cpu(pending.length));

    // Half the batches by one caller awaiting each, half by several at once (which the stores
    // group into shared commits).
    const batches = Math.ceil((totalEvents - singleAppends) / batchSize);
    const oneByOne = Math.ceil(batches / 2);
    const batch = (b: number) => Array.from({ length: batchSize }, (_, k) => event(b * batchSize + k));
    ms = 0;
    meter.start();
    for (let b = 0; b < oneByOne; b += 1) {
      const events = batch(b);
      const start = performance.now();
      await store.appendToStream(`inspectionTask-b${b % 5000}`, events, { expectedRevision: 'any' });
      ms += performance.now() - start;
    }
    console.log(
      `appends in batches of ${batchSize} (${oneByOne.toLocaleString('en-US')} batches): ${rate(oneByOne * batchSize, ms)} (${ms.toFixed(0)} ms)`,
    );
    console.log(cpu(oneByOne * batchSize));
    const prepared = Array.from({ length: batches - oneByOne }, (_, k) => batch(oneByOne + k));
    let nextBatch = 0;
    meter.start();
    const batchesStart = performance.now();
    await Promise.all(
      Array.from({ length: batchCallers }, async () => {
        while (nextBatch < prepared.length) {
          const k = nextBatch++;
          await store.appendToStream(`inspectionTask-b${(oneByOne + k) % 5000}`, prepared[k], {
            expectedRevision: 'any',
          });
        }
      }),
    );
    ms = performance.now() - batchesStart;
    console.log(
      `appends in batches of ${batchSize}, ${batchCallers} callers at once (${prepared.length.toLocaleString('en-US')} batches): ${rate(prepared.length * batchSize, ms)} (${ms.toFixed(0)} ms)`,
    );
    console.log(cpu(prepared.length * batchSize));

    const head = await store.headPosition();
    meter.start();
    const start = performance.now();
    let read = 0;
    for await (const recorded of store.readAll()) {
      if (recorded.position > 0) read += 1;
    }
    ms = performance.now() - start;
    console.log(
      `readAll of ${read.toLocaleString('en-US')} events (head ${head}): ${rate(read, ms)} (${ms.toFixed(0)} ms)`,
    );
    console.log(cpu(read));
    if (!server) console.log(`file size: ${(statSync(file).size / 1024 / 1024).toFixed(0)} MiB`);
  } finally {
    await store.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
