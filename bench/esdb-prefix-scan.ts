/**
 * How the cost of readStreamsByPrefix (a draw verification's read) grows with the size of an
 * EventStoreDB log (issue 22, ADR 45). Needs a server: EVENTSTORE_URL (no server runs in CI).
 * For each log size it appends filler events up to that size, then times a prefix read of a fixed
 * directory (entities × events each) up to the head, and countAfter(0) with its default cap.
 * The expected model (docs/operations.md): time ≈ L / s + M / m, linear in the log size L.
 * Usage: EVENTSTORE_URL='esdb://localhost:2113?tls=false' npx tsx bench/esdb-prefix-scan.ts
 *        [-- --sizes 100000,1000000,10000000 --entities 10000]
 */
import { type EventData, newEventId } from '@app/event-store';
import { EsdbEventStore } from '@app/event-store/eventstoredb/esdb-event-store';
import { randomUUID } from 'node:crypto';

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const sizes = argument('sizes', '100000,1000000').split(',').map(Number);
const entities = Number(argument('entities', '10000'));
const run = randomUUID().slice(0, 8);

function event(n: number): EventData {
  const id = newEventId();
  return {
    type: 'BenchFiller',
    data: { n, entityId: `91320100MA${String(n).padStart(8, '0')}` },
    metadata: {
      actorId: 'bench',
      actorRoles: ['bench'],
      departmentId: 'bench',
      correlationId: id,
      causationId: id,
      occurredAt: '2026-11-25T08:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

async function appendFiller(store: EsdbEventStore, count: number, offset: number): Promise<void> {
  const batch = 500;
  for (let done = 0; done < count; done += batch) {
    const events = Array.from({ length: Math.min(batch, count - done) }, (_, i) => event(offset + done + i));
    await store.appendToStream(`benchFiller${run}-${(offset + done) % 1000}`, events, {
      expectedRevision: 'any',
    });
  }
}

async function main(): Promise<void> {
  const url = process.env.EVENTSTORE_URL;
  if (!url) {
    console.log('Set EVENTSTORE_URL (e.g. esdb://localhost:2113?tls=false): this bench needs a server.');
    return;
  }
  const store = new EsdbEventStore(url);
  const prefix = `benchEntity${run}-`;
  for (let e = 0; e < entities; e += 1) {
    await store.appendToStream(`${prefix}${String(e).padStart(6, '0')}`, [event(e), event(e)], {
      expectedRevision: 'no_stream',
    });
  }
  let written = entities * 2;
  console.log(`directory: ${entities} streams, ${written} events under ${prefix}`);
  for (const size of sizes) {
    if (size > written) await appendFiller(store, size - written, written);
    written = Math.max(written, size);
    const head = await store.headPosition();
    let t = performance.now();
    let matched = 0;
    for await (const _ of store.readStreamsByPrefix(prefix, { maxPosition: head })) matched += 1;
    const prefixMs = performance.now() - t;
    t = performance.now();
    const counted = await store.countAfter(0);
    const countMs = performance.now() - t;
    console.log(
      `log ≥ ${size.toLocaleString('en-US')} events (this run): readStreamsByPrefix ${matched} events in ` +
        `${Math.round(prefixMs)} ms (${Math.round((size / prefixMs) * 1000).toLocaleString('en-US')} log events/s); ` +
        `countAfter(0) = ${counted} in ${Math.round(countMs)} ms`,
    );
  }
  await store.close();
}

void main();
