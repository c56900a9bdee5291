/**
 * Draw benchmark (issue 6). Generates an entity directory straight into an embedded event store
 * (the generator is part of the bench): N entities, 10% of them in district 320102, credit classes
 * A–D, and earlier draws that put 2% of them at the yearly cap; and 5,000 inspectors. Builds the
 * drawCandidates read model from the log (what the projector keeps up to date as events arrive).
 * Then times, with the api's own code (libs/audit):
 *   1. a stratified 3% draw from the district's pool (directed by region), yearly cap applied
 *   2. a stratified 3% draw from the whole directory, yearly cap applied
 *      (both from the read model, read as one snapshot at its checkpoint)
 *   3. the verification of each: the pool rebuilt from the log up to the recorded position, and its
 *      ratio to a plain readAll of the whole log measured in the same run (the baseline)
 *   4. an inspector draw for 30,000 entities from 5,000 inspectors (inspectors from the log)
 * and prints the figures and the peak resident memory of the process.
 * Usage: npm run bench:draw [-- --store sqlite|postgres --entities 10000000 --inspectors 5000
 *        --assign 30000 --data-file /tmp/draw.sqlite (SQLite: kept, and reused when it exists)
 *        --only district|whole (that draw alone: no readAll, verification or inspector draw)
 *        --threads 2|1 (a draw from a large SQLite snapshot draws half its ids on a second thread)]
 */
import {
  type ComputedDraw,
  drawFromLog,
  drawFromSnapshot,
  inspectorsAt,
  useDrawPartThreads,
} from '@app/audit';
import { type TargetCriteria, beijingYear, drawInspectors, sha256 } from '@app/domain';
import {
  type EventData,
  type EventMetadata,
  type EventStore,
  PostgresEventStore,
  SqliteEventStore,
  openSqliteDatabase,
} from '@app/event-store';
import { drawCandidatesProjection } from '@app/projections';
import {
  type DocumentFilter,
  PostgresReadModelStore,
  ProjectionRunner,
  type ReadModelStore,
  type ReadSnapshot,
  SqliteReadModelStore,
} from '@app/read-store';
import { Pool } from 'pg';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchPostgres, benchPostgres, benchStore } from './support/bench-postgres';
import { startDrawPartThread } from './support/draw-part-thread';

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const entityCount = Number(argument('entities', '10000000'));
const inspectorCount = Number(argument('inspectors', '5000'));
const assignCount = Number(argument('assign', '30000'));
const only = argument('only', '');
const threads = Number(argument('threads', '2'));
if (threads !== 1 && threads !== 2) throw new Error('--threads takes 1 or 2');
if (only !== '' && only !== 'district' && only !== 'whole') throw new Error('--only takes district or whole');
const REGIONS = [
  '320102',
  '320104',
  '320105',
  '320106',
  '320111',
  '320113',
  '320114',
  '320115',
  '320116',
  '320117',
];
const metadata: EventMetadata = {
  actorId: 'bench',
  actorRoles: ['operator'],
  departmentId: 'scjg',
  correlationId: 'bench',
  causationId: 'bench',
  occurredAt: new Date().toISOString(),
  schemaVersion: 1,
};

/** The CPU this process used since `from` (all its threads): on a shared machine, the work done. */
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};
const cpuSince = (from: NodeJS.CpuUsage) => `CPU ${cpuSeconds(from).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
/** The process's peak resident memory so far (the kernel's high-water mark). */
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const entityId = (n: number) => `E${String(n).padStart(10, '0')}`;
const NAMESPACE = 'drawCandidates_g1';

async function generate(store: EventStore): Promise<void> {
  const started = performance.now();
  let inFlight: Promise<unknown>[] = [];
  for (let n = 0; n < entityCount; n += 1) {
    const event: EventData = {
      type: 'EntityRegistered',
      data: {
        entityId: entityId(n),
        code: entityId(n),
        name: `企业${n}`,
        kind: 'enterprise',
        address: '江苏省南京市',
        regionCode: n % 10 === 0 ? '320102' : REGIONS[1 + (n % 9)],
        industryCode: 'F5100',
        tags: [],
        creditRisk: 'ABCD'[n % 4],
        abnormalList: false,
        seriousViolationList: false,
        complaintsThisYear: 0,
      },
      metadata,
    };
    inFlight.push(store.appendToStream(`entity-${entityId(n)}`, [event], { expectedRevision: 'no_stream' }));
    if (inFlight.length >= 1000) {
      await Promise.all(inFlight);
      inFlight = [];
    }
  }
  await Promise.all(inFlight);
  // Two earlier draws of the same 2%: those entities are at the yearly cap (2).
  const capped = Array.from({ length: Math.floor(entityCount / 50) }, (_, i) => entityId(i * 50));
  for (const task of ['prior-1', 'prior-2']) {
    for (let i = 0; i < capped.length; i += 10_000) {
      await store.appendToStream(
        `inspectionTask-${task}`,
        [
          {
            type: 'EntitiesDrawn',
            data: { taskId: task, entityIds: capped.slice(i, i + 10_000), draw: {} },
            metadata,
          },
        ],
        { expectedRevision: 'any' },
      );
    }
  }
  for (let n = 0; n < inspectorCount; n += 1) {
    await store.appendToStream(
      `inspector-P${n}`,
      [
        {
          type: 'InspectorRegistered',
          data: {
            inspectorId: `P${n}`,
            departmentId: 'scjg',
            name: `检查员${n}`,
            category: 'certified',
            regionCode: REGIONS[n % 10],
            specialties: [],
            methods: [],
            personalData: {},
          },
          metadata,
        },
      ],
      { expectedRevision: 'no_stream' },
    );
  }
  console.log(
    `generated ${entityCount.toLocaleString('en-US')} entities, ${capped.length.toLocaleString('en-US')} at the cap, ${inspectorCount} inspectors in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

const SAMPLING = { ratio: 0.03, byCreditRisk: { D: 0.05 } };
const INPUTS = {
  seed: 'ab'.repeat(32),
  publicRandom: '',
  year: beijingYear(metadata.occurredAt),
  cap: 2,
  keyItems: false,
  specialActionReason: null,
};

function describe(label: string, draw: ComputedDraw, ms: number, cpu: NodeJS.CpuUsage): void {
  const { record } = draw;
  console.log(
    `${label}: pool ${record.poolSize.toLocaleString('en-US')} (left out at the cap: ${record.exclusions.yearlyCap.toLocaleString('en-US')}), drawn ${record.selectedCount.toLocaleString('en-US')} in ${seconds(ms)} (${cpuSince(cpu)}); peak RSS so far ${mib(peakRss())}`,
  );
}

async function main(): Promise<void> {
  // --data-file keeps the generated log for later runs (generating 10,000,000 entities takes minutes).
  const kept = argument('data-file', '');
  const dir = kept ? '' : mkdtempSync(join(tmpdir(), 'ssj-bench-draw-'));
  const file = kept || join(dir, 'events.sqlite');
  const server: BenchPostgres | undefined = benchStore() === 'postgres' ? await benchPostgres() : undefined;
  const reuse = !server && kept !== '' && existsSync(kept);
  let store: EventStore;
  let readModels: ReadModelStore;
  let pool: Pool | undefined;
  if (server) {
    const url = await server.database('draw');
    store = await PostgresEventStore.open(url);
    pool = new Pool({ connectionString: url, max: 10 });
    readModels = await PostgresReadModelStore.open(pool);
    console.log('PostgreSQL log and read models (fsync on)');
  } else {
    const db = openSqliteDatabase(file, { synchronous: 'NORMAL' });
    store = new SqliteEventStore(db);
    readModels = new SqliteReadModelStore(db);
    console.log('embedded SQLite log and read models');
  }
  try {
    if (reuse) console.log(`reusing the log in ${file}`);
    else await generate(store);
    const head = await store.headPosition();
    console.log(
      `log: ${head.toLocaleString('en-US')} events${server ? '' : `, ${mib(statSync(file).size)} on disk`}`,
    );

    useDrawPartThreads(threads === 2 ? startDrawPartThread : undefined);
    console.log(threads === 2 ? 'draws from large snapshots: two threads' : 'draws: one thread');
    let started = performance.now();
    const runner = new ProjectionRunner(store, readModels, drawCandidatesProjection, NAMESPACE);
    await runner.start();
    await runner.waitFor(head, 3_600_000);
    await runner.ensureIndexes();
    await runner.stop();
    console.log(
      `drawCandidates read model at the head in ${seconds(performance.now() - started)} (built once; the projector keeps it live)`,
    );

    // The baseline verification is measured against: a plain readAll of the same log, every event decoded.
    started = performance.now();
    let cpu = process.cpuUsage();
    let readCount = 0;
    if (!only) for await (const _event of store.readAll()) readCount += 1;
    const readAllMs = performance.now() - started;
    const readAllCpu = cpuSeconds(cpu);
    if (!only) {
      console.log(
        `readAll baseline: ${readCount.toLocaleString('en-US')} events in ${seconds(readAllMs)} (${cpuSince(cpu)}; ${Math.round(readCount / (readAllMs / 1000)).toLocaleString('en-US')} events/s)`,
      );
    }

    const read = <T>(
      options: { filter?: DocumentFilter; fields: string[]; batchSize: number },
      consume: (snapshot: ReadSnapshot) => Promise<T>,
    ) => readModels.readSnapshot(NAMESPACE, 'candidates', { ...options, checkpointKey: NAMESPACE }, consume);
    const draws: [string, TargetCriteria, ComputedDraw, number][] = [];
    const plans = (
      [
        ['draw, district 320102 (directed), 3% stratified', { regionCodes: ['320102'] }],
        ['draw, whole directory, 3% stratified', {}],
      ] as [string, TargetCriteria][]
    ).filter(([, criteria]) => !only || (only === 'whole') === (criteria.regionCodes === undefined));
    for (const [label, criteria] of plans) {
      started = performance.now();
      cpu = process.cpuUsage();
      const draw = await drawFromSnapshot(read, { criteria, sampling: SAMPLING }, INPUTS);
      const ms = performance.now() - started;
      describe(label, draw, ms, cpu);
      console.log(`  pool digest ${draw.record.poolDigest}, selected digest ${draw.record.selectedDigest}`);
      draws.push([label, criteria, draw, ms]);
    }
    if (only) {
      console.log(`peak RSS: ${mib(peakRss())}`);
      return;
    }
    for (const [label, criteria, draw, drawMs] of draws) {
      started = performance.now();
      cpu = process.cpuUsage();
      const again = await drawFromLog(
        store,
        { criteria, sampling: SAMPLING },
        { ...INPUTS, position: draw.record.position },
        draw.record.poolSize,
      );
      const ms = performance.now() - started;
      const cpuRatio = cpuSeconds(cpu) / readAllCpu;
      describe(`verify (${label}) from the log`, again, ms, cpu);
      const same =
        again.exact &&
        again.record.poolDigest === draw.record.poolDigest &&
        again.record.selectedDigest === draw.record.selectedDigest &&
        JSON.stringify(again.record.exclusions) === JSON.stringify(draw.record.exclusions);
      console.log(
        `  ${same ? 'verified' : 'MISMATCH'}; ${(ms / readAllMs).toFixed(2)} × the readAll baseline (target ≤ 2; in CPU ${cpuRatio.toFixed(2)} ×), ${(ms / drawMs).toFixed(2)} × the draw's time`,
      );
    }

    started = performance.now();
    const inspectors = await inspectorsAt(store, head);
    // The generator's regions: every tenth entity is in 320102, the rest spread over nine others.
    const entities = Array.from({ length: assignCount }, (_, i) => {
      const n = i * 7;
      return { entityId: entityId(n), regionCode: n % 10 === 0 ? '320102' : REGIONS[1 + (n % 9)] };
    });
    const { assignments, shortages } = drawInspectors(sha256, {
      seed: 'cd'.repeat(32),
      departmentId: 'scjg',
      entities,
      candidates: inspectors
        .eligible('scjg')
        .map((i) => ({ inspectorId: i.inspectorId, regionCode: i.regionCode, conflicts: i.conflicts })),
      perEntity: 2,
      neighbours: {},
    });
    console.log(
      `inspector draw: ${assignments.length.toLocaleString('en-US')} entities × 2 from ${inspectorCount.toLocaleString('en-US')} inspectors in ${seconds(performance.now() - started)} (shortages: ${shortages.length})`,
    );
    console.log(`peak RSS: ${mib(peakRss())}`);
  } finally {
    await store.close();
    await readModels.close();
    await pool?.end();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

void main();
