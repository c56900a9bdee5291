/**
 * Draw benchmark (issue 6). Generates an entity directory straight into an embedded event store
 * (the generator is part of the bench): N entities, 10% of them in district 320102, credit classes
 * A–D, and earlier draws that put 2% of them at the yearly cap; and 5,000 inspectors. Then times,
 * the same way the api does them (pool rebuilt from the log at a position, docs/draw.md):
 *   1. a stratified 3% draw from the district's pool (directed by region), yearly cap applied
 *   2. a stratified 3% draw from the whole directory, yearly cap applied
 *   3. the verification of each (the same computation again, digests compared)
 *   4. an inspector draw for 30,000 entities from 5,000 inspectors
 * and prints the figures and the peak resident memory.
 * Usage: npm run bench:draw [-- --entities 10000000 --inspectors 5000 --assign 30000]
 */
import {
  DIRECTORY_EVENT_TYPES,
  DirectoryReplay,
  INSPECTOR_DIRECTORY_EVENT_TYPES,
  InspectorDirectoryReplay,
  candidatePool,
  drawEntities,
  drawInspectors,
  quotasFor,
} from '@app/domain';
import {
  type EventData,
  type EventMetadata,
  type EventStore,
  SqliteEventStore,
  openSqliteDatabase,
} from '@app/event-store';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeSha256 } from '../apps/api/src/draws/node-sha256';

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const entityCount = Number(argument('entities', '10000000'));
const inspectorCount = Number(argument('inspectors', '5000'));
const assignCount = Number(argument('assign', '30000'));
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

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const entityId = (n: number) => `E${String(n).padStart(10, '0')}`;

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

async function directoryAt(store: EventStore, position: number): Promise<DirectoryReplay> {
  const replay = new DirectoryReplay();
  let n = 0;
  for await (const event of store.readAll({ filter: { eventTypes: [...DIRECTORY_EVENT_TYPES] } })) {
    if (event.position > position) break;
    replay.apply(event);
    // Async iteration never yields to timers: sample memory here.
    if (++n % 50_000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  return replay;
}

async function timedDraw(store: EventStore, position: number, label: string, regionCodes: string[]) {
  const started = performance.now();
  const replay = await directoryAt(store, position);
  const replayed = performance.now();
  const { pool, exclusions } = candidatePool(replay.directory, replay.checks, {
    criteria: regionCodes.length ? { regionCodes } : {},
    byCreditRisk: true,
    year: new Date().getFullYear(),
    cap: 2,
    keyItems: false,
    specialAction: false,
  });
  const sizes: Record<string, number> = {};
  for (const e of pool) sizes[e.stratum] = (sizes[e.stratum] ?? 0) + 1;
  const outcome = drawEntities(nodeSha256, {
    pool,
    quotas: quotasFor(sizes, { ratio: 0.03, byCreditRisk: { D: 0.05 } }),
    seed: 'ab'.repeat(32),
    publicRandom: '',
  });
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const ms = performance.now() - started;
  console.log(
    `${label}: pool ${outcome.poolSize.toLocaleString('en-US')} (left out at the cap: ${exclusions.yearlyCap.toLocaleString('en-US')}), drawn ${Object.values(outcome.selected).flat().length.toLocaleString('en-US')} in ${(ms / 1000).toFixed(1)} s (log replay ${((replayed - started) / 1000).toFixed(1)} s); peak RSS so far ${mib(peakRss)}`,
  );
  return { digest: outcome.selectedDigest };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-draw-'));
  const file = join(dir, 'events.sqlite');
  const store = new SqliteEventStore(openSqliteDatabase(file, { synchronous: 'NORMAL' }));
  try {
    await generate(store);
    const position = await store.headPosition();
    console.log(`log: ${position.toLocaleString('en-US')} events, ${mib(statSync(file).size)} on disk`);
    const directed = await timedDraw(store, position, 'draw, district 320102 (directed), 3% stratified', [
      '320102',
    ]);
    const whole = await timedDraw(store, position, 'draw, whole directory, 3% stratified', []);
    for (const [label, first, regions] of [
      ['verify directed draw', directed, ['320102']],
      ['verify whole-directory draw', whole, []],
    ] as const) {
      const again = await timedDraw(store, position, label, [...regions]);
      console.log(`  ${again.digest === first.digest ? 'verified' : 'MISMATCH'}`);
    }
    const started = performance.now();
    const inspectors = new InspectorDirectoryReplay();
    for await (const event of store.readAll({
      filter: { eventTypes: [...INSPECTOR_DIRECTORY_EVENT_TYPES] },
    })) {
      inspectors.apply({ type: event.type, data: event.data });
    }
    // The generator's regions: every tenth entity is in 320102, the rest spread over nine others.
    const entities = Array.from({ length: assignCount }, (_, i) => {
      const n = i * 7;
      return { entityId: entityId(n), regionCode: n % 10 === 0 ? '320102' : REGIONS[1 + (n % 9)] };
    });
    const { assignments, shortages } = drawInspectors(nodeSha256, {
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
      `inspector draw: ${assignments.length.toLocaleString('en-US')} entities × 2 from ${inspectorCount.toLocaleString('en-US')} inspectors in ${((performance.now() - started) / 1000).toFixed(2)} s (shortages: ${shortages.length})`,
    );
    console.log(`peak RSS: ${mib(peakRss)}`);
  } finally {
    clearInterval(sampler);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
