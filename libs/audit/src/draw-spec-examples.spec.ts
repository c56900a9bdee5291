import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TaskState, registerStreams } from '@app/domain';
import { type EventPayload, SqliteEventStore, openSqliteDatabase } from '@app/event-store';
import { drawFromLog } from './compute-entity-draw';
import { computeInspectorDraw } from './inspector-draw';

const METADATA = {
  actorId: 'op-1',
  actorRoles: ['operator'],
  departmentId: 'scjg',
  correlationId: 'c-1',
  causationId: 'c-1',
  schemaVersion: 1,
};

/*
 * The known-answer examples of docs/draw.md that need the log: which draws count into a year, and
 * which moment's regions an inspector draw reads. Against the real embedded store.
 */
describe('docs/draw.md examples read from the log', () => {
  let dir: string;
  let events: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-draw-spec-'));
    events = new SqliteEventStore(openSqliteDatabase(join(dir, 'events.sqlite'), { synchronous: 'NORMAL' }));
  });
  afterEach(async () => {
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const append = async (stream: string, type: string, data: EventPayload, occurredAt: string) =>
    (
      await events.appendToStream(stream, [{ type, data, metadata: { ...METADATA, occurredAt } }], {
        expectedRevision: 'any',
      })
    ).position;

  const registerEntity = (entityId: string, regionCode: string) =>
    append(
      registerStreams.entity(entityId),
      'EntityRegistered',
      {
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
      },
      '2026-01-05T02:00:00.000Z',
    );

  const drawn = (taskId: string, entityIds: string[], occurredAt: string) =>
    append(
      registerStreams.inspectionTask(taskId),
      'EntitiesDrawn',
      { taskId, entityIds, draw: {} },
      occurredAt,
    );

  it("counts every draw event recorded in the Beijing year, a cancelled task's too", async () => {
    for (const id of ['e1', 'e2', 'e3']) await registerEntity(id, '320102');
    // e1: drawn in 2026 (Beijing) by a task cancelled since; e2: drawn at 00:30 on 1 January 2027
    // Beijing, which is still 2026 in UTC.
    await drawn('t-cancelled', ['e1'], '2026-03-02T02:00:00.000Z');
    await append(
      registerStreams.inspectionTask('t-cancelled'),
      'InspectionTaskCancelled',
      { taskId: 't-cancelled', reason: '撤销' },
      '2026-03-03T02:00:00.000Z',
    );
    const position = await drawn('t-new-year', ['e2'], '2026-12-31T16:30:00.000Z');
    const inputs = {
      seed: '5a'.repeat(32),
      publicRandom: '',
      cap: 1,
      keyItems: false,
      specialActionReason: null,
    };
    const task = { criteria: {}, sampling: { count: 10 } };

    const in2026 = await drawFromLog(events, task, { ...inputs, year: 2026, position }, 10);
    expect(in2026.record.exclusions.yearlyCap).toBe(1);
    expect(in2026.outcome.selected.all.sort()).toEqual(['e2', 'e3']);

    const in2027 = await drawFromLog(events, task, { ...inputs, year: 2027, position }, 10);
    expect(in2027.record.exclusions.yearlyCap).toBe(1);
    expect(in2027.outcome.selected.all.sort()).toEqual(['e1', 'e3']);
  });

  it("takes each entity's and inspector's region as of the inspector draw's own position", async () => {
    await registerEntity('e1', '320102');
    for (const [inspectorId, regionCode] of [
      ['ins-2', '320102'],
      ['ins-4', '320104'],
    ]) {
      await append(
        registerStreams.inspector(inspectorId),
        'InspectorRegistered',
        { inspectorId, departmentId: 'scjg', regionCode },
        '2026-01-05T02:00:00.000Z',
      );
    }
    const entitiesDrawnAt = await drawn('t1', ['e1'], '2026-03-02T02:00:00.000Z');
    const movedAt = await append(
      registerStreams.entity('e1'),
      'EntityUpdated',
      { entityId: 'e1', changes: { regionCode: '320104' }, previous: { regionCode: '320102' } },
      '2026-03-04T02:00:00.000Z',
    );
    const task = { entityIds: ['e1'], withdrawnEntityIds: [] } as unknown as TaskState;
    const draw = (position: number) =>
      computeInspectorDraw(events, task, {
        seed: 'c3'.repeat(32),
        departmentId: 'scjg',
        perEntity: 1,
        position,
        neighbours: {},
      });
    expect((await draw(entitiesDrawnAt)).assignments[0].inspectorIds).toEqual(['ins-2']);
    expect((await draw(movedAt)).assignments[0].inspectorIds).toEqual(['ins-4']);
  });
});
