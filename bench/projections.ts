/**
 * Projection benchmark (issue 3), embedded store. Prints:
 *   1. a rebuild of a projection over 1,000,000 events: events per second
 *   2. the live lag after a burst of 10,000 appends: how long after the burst's last append the
 *      projection had applied it
 * Usage: npm run bench:projections [-- --store sqlite|postgres --events 1000000 --burst 10000 --keys 20000]
 */
import {
  type EventStore,
  PostgresEventStore,
  SqliteEventStore,
  newEventId,
  openSqliteDatabase,
} from '@app/event-store';
import {
  PostgresReadModelStore,
  ProjectionRunner,
  type ReadModelStore,
  SqliteReadModelStore,
} from '@app/read-store';
import { Pool } from 'pg';
import { tallyProjection } from '@app/read-store/testing/tally-projection';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPostgres, benchStore } from './support/bench-postgres';
import { CpuMeter } from './support/cpu-usage';

function argument(name: string, fallback: string): number {
  const index = process.argv.indexOf(`--${name}`);
  return Number(index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback);
}

const total = argument('events', '1000000');
const burst = argument('burst', '10000');
const keys = argument('keys', '20000');

function tallied(n: number) {
  return {
    type: 'Tallied',
    data: { key: `entity-${(n * 7919) % keys}`, amount: 1 },
    metadata: {
      actorId: 'inspector-1',
      actorRoles: ['inspector'],
      departmentId: 'dept-1',
      correlationId: newEventId(),
      causationId: newEventId(),
      occurredAt: '2026-11-25T08:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

/** A PostgreSQL URL, or an SQLite file. */
const openLog = async (where: string): Promise<EventStore> =>
  where.startsWith('postgres')
    ? PostgresEventStore.open(where)
    : new SqliteEventStore(openSqliteDatabase(where, { synchronous: 'NORMAL' }));

/** Fills the log in a process of its own, so the rebuild is measured in a process that did nothing else. */
async function fill(where: string): Promise<void> {
  const events = await openLog(where);
  for (let n = 0; n < total; n += 100) {
    await events.appendToStream(
      `ledger-${n % 5000}`,
      Array.from({ length: 100 }, (_, k) => tallied(n + k)),
      {
        expectedRevision: 'any',
      },
    );
  }
  await events.close();
}

async function main(): Promise<void> {
  const fillOnly = process.argv.indexOf('--fill-only');
  if (fillOnly >= 0) return fill(process.argv[fillOnly + 1]);
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-proj-'));
  const server = benchStore() === 'postgres' ? await benchPostgres() : undefined;
  const file = server ? await server.database('projections') : join(dir, 'data.sqlite');
  process.stdout.write(`filling the log with ${total.toLocaleString('en-US')} events (${keys} keys)… `);
  execFileSync(
    process.execPath,
    ['--import', 'tsx', __filename, ...process.argv.slice(2), '--fill-only', file],
    {
      stdio: 'inherit',
    },
  );
  process.stdout.write('done\n');
  const pool = server ? new Pool({ connectionString: file, max: 10 }) : undefined;
  const db = pool ? undefined : openSqliteDatabase(file, { synchronous: 'NORMAL' });
  const events = db ? new SqliteEventStore(db) : await openLog(file);
  const readModels: ReadModelStore = db
    ? new SqliteReadModelStore(db)
    : await PostgresReadModelStore.open(pool as Pool);
  console.log(server ? 'PostgreSQL log and read models (fsync on)' : 'embedded SQLite log and read models');
  const meter = new CpuMeter({ postgres: server?.postmasterPid });
  try {
    const head = await events.headPosition();

    const runner = new ProjectionRunner(events, readModels, tallyProjection(), 'tallies_g1', {
      batchSize: 1000,
    });
    meter.start();
    const start = performance.now();
    await runner.start();
    await runner.waitFor(head, 600_000);
    const ms = performance.now() - start;
    console.log(
      `rebuild over ${head.toLocaleString('en-US')} events: ${Math.round((head / ms) * 1000).toLocaleString('en-US')} events/s (${(ms / 1000).toFixed(1)} s)`,
    );
    console.log(`  ${meter.stop(cpus().length, { count: head, name: 'event' })}`);

    let next = 0;
    let last = 0;
    const burstStart = performance.now();
    await Promise.all(
      Array.from({ length: 100 }, async () => {
        while (next < burst) {
          const n = total + next++;
          const { position } = await events.appendToStream(`ledger-${n % 5000}`, [tallied(n)], {
            expectedRevision: 'any',
          });
          last = Math.max(last, position);
        }
      }),
    );
    const burstEnd = performance.now();
    await runner.waitFor(last, 60_000);
    const caughtUp = performance.now();
    console.log(
      `burst of ${burst.toLocaleString('en-US')} single-event appends (100 callers) took ${(burstEnd - burstStart).toFixed(0)} ms; ` +
        `the projection had applied the last one ${(caughtUp - burstEnd).toFixed(0)} ms after it was appended ` +
        `(${(caughtUp - burstStart).toFixed(0)} ms after the burst began)`,
    );
    await runner.stop();
  } finally {
    await events.close();
    await readModels.close();
    await pool?.end();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
