import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteDatabase } from './sqlite/open-database';
import { SqliteEventStore } from './sqlite/sqlite-event-store';
import { collect, testMetadata } from './testing/event-store.contract';
import { UpcasterRegistry, UpcastingEventStore } from './upcasting';

// Version 1 of a (test) event named the inspector list `inspectors`; version 2 split it into a
// leader and members; version 3 added the team size.
type TeamAssignedV2 = { entityId: string; leaderId: string; memberIds: string[] };
type TestEvent = { type: 'TeamAssigned'; data: TeamAssignedV2 & { size: number } };

const upcasters = new UpcasterRegistry<TestEvent>().register(
  'TeamAssigned',
  1,
  (data): TeamAssignedV2 => {
    const [leader, ...members] = data.inspectors as string[];
    return { entityId: data.entityId as string, leaderId: leader, memberIds: members };
  },
  (data: TeamAssignedV2) => ({ ...data, size: 1 + data.memberIds.length }),
);

describe('upcasting', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-up-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('shows an old event stored in the log in its current shape, everywhere events are read', async () => {
    const raw = new SqliteEventStore(openSqliteDatabase(join(dir, 'e.sqlite'), { synchronous: 'NORMAL' }));
    await raw.appendToStream(
      'inspectionTask-1',
      [
        {
          type: 'TeamAssigned',
          data: { entityId: 'e-1', inspectors: ['i-1', 'i-2', 'i-3'] },
          metadata: testMetadata({ schemaVersion: 1 }),
        },
        {
          type: 'TeamAssigned',
          data: { entityId: 'e-2', leaderId: 'i-4', memberIds: ['i-5'] },
          metadata: testMetadata({ schemaVersion: 2 }),
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    const store = new UpcastingEventStore(raw, upcasters);
    const expected = [
      { entityId: 'e-1', leaderId: 'i-1', memberIds: ['i-2', 'i-3'], size: 3 },
      { entityId: 'e-2', leaderId: 'i-4', memberIds: ['i-5'], size: 2 },
    ];
    const fromStream = await collect(store.readStream('inspectionTask-1'));
    expect(fromStream.map((e) => e.data)).toEqual(expected);
    expect(fromStream.map((e) => e.metadata.schemaVersion)).toEqual([3, 3]);
    expect((await collect(store.readAll())).map((e) => e.data)).toEqual(expected);
    const subscription = store.subscribeToAll();
    expect((await collect(subscription, 2)).map((e) => e.data)).toEqual(expected);
    await subscription.close();
    // The log itself is unchanged.
    expect((await collect(raw.readStream('inspectionTask-1')))[0].data).toEqual({
      entityId: 'e-1',
      inspectors: ['i-1', 'i-2', 'i-3'],
    });
    await store.close();
  });

  it('passes the hint of what streams mention on only for types read in their stored shape', async () => {
    const raw = new SqliteEventStore(openSqliteDatabase(join(dir, 'e.sqlite'), { synchronous: 'NORMAL' }));
    const metadata = testMetadata({ schemaVersion: 1 });
    await raw.appendToStream(
      'team-1',
      [{ type: 'TeamAssigned', data: { entityId: 'e-1', inspectors: ['i-1'] }, metadata }],
      {
        expectedRevision: 'no_stream',
      },
    );
    await raw.appendToStream('team-2', [{ type: 'Noted', data: { note: 'i-1' }, metadata }], {
      expectedRevision: 'no_stream',
    });
    const store = new UpcastingEventStore(raw, upcasters);
    const streams = async (eventTypes: string[]) =>
      (
        await collect(
          store.readStreamsByPrefix('team-', { maxPosition: 10, eventTypes, mentioning: ['leaderId'] }),
        )
      ).map((e) => e.stream);
    // Stored as v1, the event's text has no leaderId, its current shape has: no hint is passed.
    expect(await streams(['TeamAssigned'])).toEqual(['team-1']);
    expect(await streams(['Noted'])).toEqual([]);
    await raw.close();
  });

  it('knows each type current version and refuses a step registered twice', () => {
    expect(upcasters.currentVersion('TeamAssigned')).toBe(3);
    expect(upcasters.currentVersion('Other')).toBe(1);
    const again = () => ({ entityId: 'e-1', leaderId: 'i-1', memberIds: [], size: 1 });
    expect(() => upcasters.register('TeamAssigned', 1, again)).toThrow(/registered already/);
  });
});
