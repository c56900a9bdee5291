/**
 * The baselines bench/import.ts measures beside the import, in the same run (issue 25, target 2):
 * - the chained batched append rate: one EntityRegistered-shaped event to each of N new entity
 *   streams through a ChainingEventStore over a fresh SqliteEventStore with the product's
 *   synchronous setting (FULL), `batch` streams per transaction (submitted together, the store's
 *   group commit writes them in one), the way an import would ideally write them;
 * - a scan of the sheet: parsed through openImport as the import reads it, nothing applied.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ChainingEventStore,
  type EventData,
  SqliteEventStore,
  deterministicEventId,
  newEventId,
  openSqliteDatabase,
} from '@app/event-store';
import { openImport } from '../../apps/api/src/import';
import { ENTITY_COLUMNS } from '../../apps/api/src/registers/entity-import';

function registered(code: string, n: number, commandId: string): EventData {
  return {
    id: deterministicEventId(commandId, 0),
    type: 'EntityRegistered',
    data: {
      entityId: code,
      code,
      name: `南京示例商贸有限公司第${n}分公司`,
      kind: 'enterprise',
      address: `南京市玄武区中山路${n % 500}号`,
      legalRepresentative: `张${n % 97}`,
      regionCode: '320102',
      industryCode: `F${5100 + (n % 90)}`,
      scale: 'small',
      tags: n % 3 ? ['食品经营'] : ['食品经营', '特种设备'],
      creditRisk: 'ABCD'[n % 4],
    },
    metadata: {
      actorId: 'bench',
      actorRoles: ['admin'],
      departmentId: 'system',
      correlationId: commandId,
      causationId: commandId,
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
    },
  };
}

/**
 * Events per second of chained single-event appends to `rows` new streams, `batch` per transaction:
 * of the wall clock, and of this process's CPU time.
 */
export async function chainedAppendRate(
  rows: number,
  codeOf: (n: number) => string,
  batch: number,
): Promise<{ wall: number; cpu: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-chain-'));
  const store = new ChainingEventStore(
    new SqliteEventStore(openSqliteDatabase(join(dir, 'events.sqlite'), { synchronous: 'FULL' })),
  );
  try {
    let ms = 0;
    let cpuMicros = 0;
    for (let start = 0; start < rows; start += batch) {
      // Making the events (the import's work) is not timed; only the store's.
      const events = Array.from({ length: Math.min(batch, rows - start) }, (_, k) => {
        const n = start + k;
        return { stream: `entity-${codeOf(n)}`, event: registered(codeOf(n), n, newEventId()) };
      });
      const begun = performance.now();
      const cpu = process.cpuUsage();
      await Promise.all(
        events.map(({ stream, event }) =>
          store.appendToStream(stream, [event], { expectedRevision: 'no_stream' }),
        ),
      );
      ms += performance.now() - begun;
      const used = process.cpuUsage(cpu);
      cpuMicros += used.user + used.system;
    }
    return { wall: (rows / ms) * 1000, cpu: (rows / cpuMicros) * 1e6 };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rows per second of reading the sheet through openImport, applying nothing: of the wall clock and of CPU time. */
export async function scanRate(file: string): Promise<{ wall: number; cpu: number }> {
  const begun = performance.now();
  const cpu = process.cpuUsage();
  const sheet = await openImport(createReadStream(file), 'csv', ENTITY_COLUMNS);
  let rows = 0;
  for await (const _ of sheet.rows) rows += 1;
  const used = process.cpuUsage(cpu);
  return { wall: (rows / (performance.now() - begun)) * 1000, cpu: (rows / (used.user + used.system)) * 1e6 };
}
