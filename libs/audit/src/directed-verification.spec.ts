import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerStreams } from '@app/domain';
import { type EventPayload, type EventStore, SqliteEventStore, openSqliteDatabase } from '@app/event-store';
import { directoryFromLog, drawFromLog } from './compute-entity-draw';

const METADATA = {
  actorId: 'op-1',
  actorRoles: ['operator'],
  departmentId: 'scjg',
  correlationId: 'c-1',
  causationId: 'c-1',
  occurredAt: '2026-01-05T02:00:00.000Z',
  schemaVersion: 1,
};

const registered = (entityId: string, regionCode: string): EventPayload => ({
  entityId,
  code: entityId,
  name: entityId,
  kind: 'enterprise',
  address: '南京',
  regionCode,
  industryCode: 'H6210',
  tags: [],
  creditRisk: 'B',
  abnormalList: false,
  seriousViolationList: false,
  complaintsThisYear: 0,
});

/** Entities that stay in, move into, move out of and stay out of district 320102. */
async function fill(events: EventStore): Promise<number> {
  const append = async (entityId: string, type: string, data: EventPayload) =>
    (
      await events.appendToStream(registerStreams.entity(entityId), [{ type, data, metadata: METADATA }], {
        expectedRevision: 'any',
      })
    ).position;
  for (let i = 0; i < 40; i += 1) {
    const id = `E${String(i).padStart(3, '0')}`;
    await append(id, 'EntityRegistered', registered(id, i % 4 < 2 ? '320102' : '320104'));
    if (i % 4 === 1) await append(id, 'EntityUpdated', { entityId: id, changes: { regionCode: '320104' } });
    if (i % 4 === 2) await append(id, 'EntityUpdated', { entityId: id, changes: { regionCode: '320102' } });
  }
  return append('E999', 'EntityRegistered', registered('E999', '330105'));
}

/*
 * A directed draw's verification asks the store for the streams that mention its regions' codes
 * (the embedded store leaves the rest out in SQL): the same draw as from the whole directory.
 */
describe('the verification of a directed draw', () => {
  let dir: string;
  let file: SqliteEventStore;
  let memory: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-directed-'));
    file = new SqliteEventStore(openSqliteDatabase(join(dir, 'events.sqlite'), { synchronous: 'NORMAL' }));
    // In memory the store reads in pages and ignores the hint: every entity is folded.
    memory = new SqliteEventStore(openSqliteDatabase(':memory:', { synchronous: 'NORMAL' }));
  });
  afterEach(async () => {
    await file.close();
    await memory.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const task = { criteria: { regionCodes: ['320102'] }, sampling: { ratio: 0.3 } };
  const inputs = (position: number) => ({
    seed: 'ab'.repeat(32),
    publicRandom: '',
    year: 2026,
    cap: 2,
    keyItems: false,
    specialActionReason: null,
    position,
  });

  it('folds only the entities whose events name the region, and draws as from the whole directory', async () => {
    const position = await fill(file);
    await fill(memory);
    const folded = async (events: EventStore, regionCodes?: string[]) => {
      const ids: string[] = [];
      for await (const batch of directoryFromLog(events, { year: 2026, position, regionCodes })) {
        ids.push(...batch.map((e) => e.entityId));
      }
      return ids;
    };
    // Those ever in 320102 (i % 4 < 3): the ones that left it are folded, and left out by the sieve.
    expect(await folded(file, ['320102'])).toHaveLength(30);
    expect(await folded(file, ['320100'])).toHaveLength(40);
    expect(await folded(file)).toHaveLength(41);
    const directed = await drawFromLog(file, task, inputs(position), 20);
    const whole = await drawFromLog(memory, task, inputs(position), 20);
    expect(directed.record.poolSize).toBe(20);
    expect(directed.record).toEqual(whole.record);
    expect(directed.exact).toBe(true);
  });
});
