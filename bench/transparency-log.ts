/**
 * Transparency log benchmark (issue 18, part 5). Prints:
 *   1. the cost of the Merkle log on appends, in the same run: chained single-event appends and
 *      chained batched appends (100 events), without the log and with it (timed until the tree
 *      holds every event), and the ratio;
 *   2. proof sizes and times at 10,000,000 leaves: the tree store filled directly with synthetic
 *      leaf hashes (no events), then inclusion and consistency proofs read and verified.
 * Usage: npm run bench:transparency [-- --leaves 10000000 --singles 5000 --batched 200000]
 */
import { verifyConsistency, verifyInclusion } from '@app/audit';
import {
  ChainingEventStore,
  type EventData,
  type EventStore,
  SqliteEventStore,
  newEventId,
  openSqliteDatabase,
} from '@app/event-store';
import { SqliteTransparencyStore, TransparencyLog, TreeBuilder } from '@app/transparency-log';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const LEAVES = argument('leaves', 10_000_000);
const SINGLES = argument('singles', 5_000);
const BATCHED = argument('batched', 200_000);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

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

/** Appends singles then batches; with the log, also waits until the tree holds every event. */
async function appends(dir: string, withLog: boolean): Promise<{ singles: number; batched: number }> {
  const db = openSqliteDatabase(join(dir, `${withLog ? 'with' : 'without'}.sqlite`), {
    synchronous: 'NORMAL',
  });
  const log: EventStore = new ChainingEventStore(new SqliteEventStore(db));
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const tree = withLog
    ? new TransparencyLog(log, new SqliteTransparencyStore(db), {
        origin: 'bench/log',
        checkpointEvery: 1000,
        checkpointMinutes: 10,
        signer: { privateKey, publicKey },
      })
    : undefined;
  await tree?.start();
  const settle = async () => tree?.caughtUp(await log.headPosition());
  let start = performance.now();
  for (let i = 0; i < SINGLES; i += 1) {
    await log.appendToStream(`inspectionTask-s${i}`, [event(i)], { expectedRevision: 'no_stream' });
  }
  await settle();
  const singles = (SINGLES / (performance.now() - start)) * 1000;
  start = performance.now();
  for (let i = 0; i < BATCHED / 100; i += 1) {
    const batch = Array.from({ length: 100 }, (_, k) => event(i * 100 + k));
    await log.appendToStream(`inspectionTask-b${i}`, batch, { expectedRevision: 'no_stream' });
  }
  await settle();
  const batched = (BATCHED / (performance.now() - start)) * 1000;
  await tree?.stop();
  await log.close();
  db.close();
  return { singles, batched };
}

async function proofs(dir: string): Promise<void> {
  const db = openSqliteDatabase(join(dir, 'tree.sqlite'), { synchronous: 'NORMAL' });
  const store = new SqliteTransparencyStore(db);
  const builder = await TreeBuilder.load(store);
  const seed = createHash('sha256').update('bench').digest();
  /** Synthetic leaf hashes: any 32 bytes do; these are cheap to make and to find again. */
  const synthetic = (i: number): Buffer => {
    const leaf = Buffer.from(seed);
    leaf.writeUInt32BE(i, 0);
    return leaf;
  };
  let start = performance.now();
  for (let i = 0; i < LEAVES; i += 1) {
    builder.appendHash(synthetic(i), i + 1, `e${i}`);
    if ((i + 1) % 100_000 === 0) await builder.flush();
  }
  await builder.flush();
  const fill = performance.now() - start;
  const file =
    statSync(join(dir, 'tree.sqlite')).size +
    (statSync(join(dir, 'tree.sqlite-wal'), { throwIfNoEntry: false })?.size ?? 0);
  console.log(
    `tree store filled with ${fmt(LEAVES)} synthetic leaves in ${fmt(fill / 1000, 1)} s (${fmt((LEAVES / fill) * 1000)} leaves/s), file ${fmt(file / 2 ** 20)} MiB`,
  );
  const { TileReader } = await import('@app/transparency-log');
  const reader = new TileReader(store);
  start = performance.now();
  const root = await reader.root(LEAVES);
  console.log(`root of ${fmt(LEAVES)} leaves from the tiles: ${fmt(performance.now() - start, 2)} ms`);
  const runs = 1000;
  let read = 0;
  let check = 0;
  let hashes = 0;
  for (let r = 0; r < runs; r += 1) {
    const index = Math.floor(((r * 7_919_993) % LEAVES) + 0.5) % LEAVES;
    start = performance.now();
    const proof = await reader.inclusionProof(index, LEAVES);
    read += performance.now() - start;
    hashes += proof.length;
    start = performance.now();
    if (!verifyInclusion(index, LEAVES, synthetic(index), proof, root).ok) {
      throw new Error(`inclusion proof of ${index} does not verify`);
    }
    check += performance.now() - start;
  }
  console.log(
    `inclusion proof at ${fmt(LEAVES)} leaves: ${fmt(hashes / runs, 1)} hashes (${fmt((hashes / runs) * 32)} bytes), read ${fmt(read / runs, 3)} ms, verified in ${fmt(check / runs, 3)} ms (mean of ${runs})`,
  );
  read = 0;
  check = 0;
  hashes = 0;
  const consistencyRuns = 200;
  for (let r = 0; r < consistencyRuns; r += 1) {
    const size1 = 1 + ((r * 4_999_999) % (LEAVES - 1));
    start = performance.now();
    const proof = await reader.consistencyProof(size1, LEAVES);
    const root1 = await reader.root(size1);
    read += performance.now() - start;
    hashes += proof.length;
    start = performance.now();
    if (!verifyConsistency(size1, LEAVES, proof, root1, root).ok)
      throw new Error(`consistency from ${size1} fails`);
    check += performance.now() - start;
  }
  console.log(
    `consistency proof to ${fmt(LEAVES)} leaves: ${fmt(hashes / consistencyRuns, 1)} hashes (${fmt((hashes / consistencyRuns) * 32)} bytes), read with the older root ${fmt(read / consistencyRuns, 3)} ms, verified in ${fmt(check / consistencyRuns, 3)} ms (mean of ${consistencyRuns})`,
  );
  start = performance.now();
  const found = await store.leafByPosition(Math.floor(LEAVES / 3));
  console.log(
    `leaf of a log position: ${fmt(performance.now() - start, 3)} ms (leaf ${fmt(found?.index ?? -1)})`,
  );
  db.close();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-tlog-'));
  try {
    const without = await appends(dir, false);
    const withLog = await appends(dir, true);
    console.log(`chained appends, embedded SQLite, synchronous=NORMAL, same run:`);
    console.log(
      `  single-event appends (${fmt(SINGLES)}): without the log ${fmt(without.singles)} events/s, with it ${fmt(withLog.singles)} events/s (${fmt(withLog.singles / without.singles, 2)}×)`,
    );
    console.log(
      `  batched appends of 100 (${fmt(BATCHED)} events): without the log ${fmt(without.batched)} events/s, with it ${fmt(withLog.batched)} events/s (${fmt(withLog.batched / without.batched, 2)}×)`,
    );
    await proofs(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
