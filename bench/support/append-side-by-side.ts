/**
 * Batched appends side by side (issue 25, target 1): raw better-sqlite3, the embedded store, and
 * the store under the hash chain, each writing the same events in batches of 100 to a file of its
 * own, batch by batch in turn, so that the load other processes put on the machine falls on all
 * three alike. The raw baseline is the floor the store is measured against: the log's own schema
 * and indexes (migrateEventStore), the store's row layout and its multi-row INSERT, one
 * transaction per 100 rows, and the rows the chained store writes (hash fields included).
 */
import {
  ChainingEventStore,
  type EventData,
  type EventStore,
  type SqliteSynchronous,
  SqliteEventStore,
  newEventId,
  openSqliteDatabase,
} from '@app/event-store';
import { INSERT_COLUMNS, packMetadata } from '@app/event-store/sqlite/event-row';
import { migrateEventStore } from '@app/event-store/sqlite/schema';
import type Database from 'better-sqlite3';
import { join } from 'node:path';

const BATCH = 100;
const KINDS = ['raw', 'store', 'chained'] as const;
/** Stand-ins of the two hashes the chained store adds to each row: the same length (64 hex digits). */
const HASH_STAND_IN = 'f'.repeat(64);

/** Raw better-sqlite3: what the store's appends cost at the least, in the same file layout. */
class RawAppends {
  private readonly write: Database.Transaction<(values: unknown[]) => void>;
  private readonly streams = new Map<string, { id: number; revision: number }>();

  constructor(private readonly db: Database.Database) {
    migrateEventStore(db);
    const row = `(${INSERT_COLUMNS.map(() => '?').join(', ')})`;
    const insert = db.prepare(
      `INSERT INTO events (${INSERT_COLUMNS.join(', ')}) VALUES ${Array(BATCH).fill(row).join(', ')}`,
    );
    this.write = db.transaction((values: unknown[]) => void insert.run(values));
  }

  /** One transaction: the events serialised as the store serialises them, in one INSERT. */
  append(stream: string, events: readonly EventData[]): void {
    let known = this.streams.get(stream);
    if (!known) this.streams.set(stream, (known = { id: this.streams.size + 1, revision: -1 }));
    const values: unknown[] = [];
    const recordedAt = Date.now();
    for (const event of events) {
      known.revision += 1;
      values.push(
        newEventId(),
        known.id,
        known.revision,
        event.type,
        JSON.stringify(event.data),
        packMetadata(event.metadata),
        recordedAt,
      );
    }
    this.write(values);
  }

  close(): void {
    this.db.close();
  }
}

/** Runs the three side by side and prints each rate, the stores' as a ratio to raw. */
export async function appendSideBySide(
  dir: string,
  total: number,
  synchronous: SqliteSynchronous,
  event: (n: number) => EventData,
): Promise<void> {
  const open = (name: string) => openSqliteDatabase(join(dir, `${name}.sqlite`), { synchronous });
  const raw = new RawAppends(open('raw'));
  const store = new SqliteEventStore(open('store'));
  const chained = new ChainingEventStore(new SqliteEventStore(open('chained')));
  const batches = Math.floor(total / BATCH);
  const ms = { raw: 0, store: 0, chained: 0 };
  /** This process's CPU time in each, in µs: what the machine's other load does not inflate as much. */
  const cpu = { raw: 0, store: 0, chained: 0 };
  const stream = (b: number) => `inspectionTask-b${b % 5000}`;
  const timed = async (kind: keyof typeof ms, b: number, events: EventData[]) => {
    const target: EventStore = kind === 'store' ? store : chained;
    const start = performance.now();
    const used = process.cpuUsage();
    if (kind === 'raw') raw.append(stream(b), events);
    else await target.appendToStream(stream(b), events, { expectedRevision: 'any' });
    ms[kind] += performance.now() - start;
    const { user, system } = process.cpuUsage(used);
    cpu[kind] += user + system;
  };
  try {
    for (let b = 0; b < batches; b += 1) {
      const events = Array.from({ length: BATCH }, (_, k) => event(b * BATCH + k));
      // The rows the chained store writes: its two hashes too (stand-ins of the same size).
      const sealed = events.map((e) => ({
        ...e,
        metadata: { ...e.metadata, previousHash: HASH_STAND_IN, hash: HASH_STAND_IN },
      }));
      // Batch after batch, each takes its turn first, so none always runs on a cache the others warmed.
      for (let i = 0; i < 3; i += 1) {
        const kind = KINDS[(b + i) % 3];
        await timed(kind, b, kind === 'raw' ? sealed : events);
      }
    }
  } finally {
    raw.close();
    await store.close();
    await chained.close();
  }
  const count = batches * BATCH;
  const perSecond = (t: number) => (count / t) * 1000;
  const rate = (t: number) => `${Math.round(perSecond(t)).toLocaleString('en-US')} events/s`;
  const ratio = (t: number) => `${(perSecond(t) / perSecond(ms.raw)).toFixed(2)}× raw`;
  const used = (kind: keyof typeof cpu) => `${(cpu[kind] / count).toFixed(1)} µs CPU per event`;
  const n = count.toLocaleString('en-US');
  console.log(
    `side by side, ${n} events each, ${BATCH} per append, one caller, interleaved append by append:`,
  );
  console.log(
    `  raw better-sqlite3 (the log's schema and indexes, the same rows): ${rate(ms.raw)}; ${used('raw')}`,
  );
  console.log(`  the store's batched appends: ${rate(ms.store)} (${ratio(ms.store)}); ${used('store')}`);
  console.log(
    `  chained batched appends (ChainingEventStore): ${rate(ms.chained)} (${ratio(ms.chained)}); ${used('chained')}`,
  );
}
