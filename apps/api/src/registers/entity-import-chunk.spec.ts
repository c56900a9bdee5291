import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError, type EntityCommand, entityDecider, registerStreams } from '@app/domain';
import { sampleCreditCode } from '@app/domain/testing/sample-codes';
import {
  ChainingEventStore,
  type EventStore,
  type RecordedEvent,
  SqliteEventStore,
  firstBrokenLink,
  openSqliteDatabase,
  readManyStreams,
} from '@app/event-store';
import type { CommandContext } from '../commands/command-context';
import { toEventData } from '../commands/stream-writer';
import { importEntityChunk } from './entity-import-chunk';
import { entityProfileOf } from './entity-profile';
import type { RegisterEntityDto } from './entity.dto';
import { rowCommandId } from './sheet-import';

const context: CommandContext = {
  actor: { id: 'admin-1', name: '管理员', departmentId: 'system', roles: ['admin'] },
  rolesUsed: ['admin'],
  correlationId: 'import-1',
  commandId: '0b7f6a8e-6d0a-4c8e-9a51-5d3f0c8e2a11',
  now: new Date('2026-12-07T08:00:00Z'),
};

const dto = (n: number, name = `甲公司${n}`): RegisterEntityDto => ({
  code: sampleCreditCode(n),
  name,
  kind: 'enterprise',
  address: '南京市玄武区中山路1号',
  regionCode: '320102',
  industryCode: 'F5211',
  creditRisk: 'B',
});

/** The rows of one chunk, numbered as the sheet numbers them (the header is row 1). */
const chunk = (...dtos: RegisterEntityDto[]) => dtos.map((d, i) => ({ row: i + 2, dto: d }));

describe('an import chunk: read together, decided row by row, appended together', () => {
  let dir: string;
  let store: EventStore;
  const streamOf = async (n: number): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for await (const e of store.readStream(registerStreams.entity(sampleCreditCode(n)))) events.push(e);
    return events;
  };
  /** Writes as a command would, outside the chunk. */
  const command = async (n: number, entityCommand: EntityCommand, commandId: string) => {
    const events = await streamOf(n);
    const state = events.reduce(
      (s, e) => entityDecider.evolve(s, { type: e.type, data: e.data } as never),
      entityDecider.initialState(),
    );
    const last = events.at(-1);
    await store.appendToStream(
      registerStreams.entity(sampleCreditCode(n)),
      toEventData(entityDecider.decide(entityCommand, state), { ...context, commandId }),
      { expectedRevision: last ? last.revision : 'no_stream' },
    );
  };
  const register = (n: number, commandId: string) =>
    command(
      n,
      { kind: 'ImportEntity', entityId: sampleCreditCode(n), profile: entityProfileOf(dto(n)) },
      commandId,
    );

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-import-chunk-'));
    store = new ChainingEventStore(
      new SqliteEventStore(openSqliteDatabase(join(dir, 'log.sqlite'), { synchronous: 'NORMAL' })),
    );
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('decides each row on what the rows before it left, and appends a stream’s rows in one chained append', async () => {
    await register(4, '5d0e3c1a-0000-4000-8000-000000000004');
    await register(5, '5d0e3c1a-0000-4000-8000-000000000005');
    await command(
      5,
      { kind: 'DeregisterEntity', entityId: sampleCreditCode(5), reason: '注销' },
      '5d0e3c1a-0000-4000-8000-000000000015',
    );

    const { outcomes, position } = await importEntityChunk(
      store,
      context,
      chunk(dto(1), dto(2), dto(1, '乙公司'), dto(4), dto(5, '丙公司'), dto(1, '乙公司')),
    );

    expect([...outcomes]).toEqual([
      [2, 'created'],
      [4, 'updated'],
      [7, 'unchanged'],
      [3, 'created'],
      [5, 'unchanged'],
      [6, { refused: expect.any(DomainError) as unknown }],
    ]);
    const first = await streamOf(1);
    expect(first.map((e) => e.type)).toEqual(['EntityRegistered', 'EntityUpdated']);
    expect(first[1].data).toMatchObject({ changes: { name: '乙公司' } });
    // Each event is its row's: a retried import (same command id) is recognised row by row.
    expect(first.map((e) => e.metadata.causationId)).toEqual([
      rowCommandId(context.commandId, 2),
      rowCommandId(context.commandId, 4),
    ]);
    expect(
      await firstBrokenLink(store.readStream(registerStreams.entity(sampleCreditCode(1)))),
    ).toBeUndefined();
    expect(position).toBe(await store.headPosition());
    expect((await streamOf(4)).map((e) => e.type)).toEqual(['EntityRegistered']);
    expect((await streamOf(5)).map((e) => e.type)).toEqual(['EntityRegistered', 'EntityDeregistered']);
  });

  it('answers retry for a stream a command wrote between the read and the append, and appends nothing to it', async () => {
    await register(2, '5d0e3c1a-0000-4000-8000-000000000002');
    const rerate: EntityCommand = {
      kind: 'RerateEntity',
      entityId: sampleCreditCode(2),
      creditRisk: 'D',
      reason: '年度评定',
    };
    // The same store, with a command landing just after the chunk's read.
    const interleaved = Object.create(store) as EventStore;
    interleaved.readStreams = async function* (streams) {
      yield* readManyStreams(store, streams);
      await command(2, rerate, '5d0e3c1a-0000-4000-8000-000000000012');
    };

    const { outcomes } = await importEntityChunk(
      interleaved,
      context,
      chunk(dto(1), dto(2, '乙公司'), dto(2)),
    );

    expect([...outcomes].sort()).toEqual([
      [2, 'created'],
      [3, 'retry'],
      [4, 'retry'],
    ]);
    const second = await streamOf(2);
    expect(second.map((e) => e.type)).toEqual(['EntityRegistered', 'EntityCreditRiskRerated']);
    expect(
      await firstBrokenLink(store.readStream(registerStreams.entity(sampleCreditCode(2)))),
    ).toBeUndefined();
    expect((await streamOf(1)).map((e) => e.type)).toEqual(['EntityRegistered']);
  });
});
