import { type EventStore, SqliteEventStore, openSqliteDatabase } from '@app/event-store';
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testMetadata } from '@app/event-store/testing/event-store.contract';
import { eventually } from '@app/event-store/testing/eventually';
import type { ReadDocument } from '../read-model';
import { SqliteReadModelStore } from '../sqlite/sqlite-read-model-store';
import { allDocuments } from '../testing/all-documents';
import { type Tally, tallyProjection } from '../testing/tally-projection';
import { ProjectionHost } from './projection-host';
import { ProjectionTimeout } from './projection-waits';
import { serialisedAnswer } from './shared-answers';

const documentsOf = (host: ProjectionHost): Promise<ReadDocument[]> =>
  allDocuments(host.collection('tallies', 'tallies'));

/**
 * The store as one that hands out events one at a time (as EventStoreDB's adapter does), so the
 * runner's per-event path is tested as well as its page path.
 */
function oneAtATime(store: EventStore): EventStore {
  return Object.assign(Object.create(store) as EventStore, {
    subscribeToAll: (options?: Parameters<EventStore['subscribeToAll']>[0]) => {
      const subscription = store.subscribeToAll(options);
      return {
        [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
        close: () => subscription.close(),
      };
    },
  });
}

describe.each([
  ['pages', false],
  ['one event at a time', true],
])('ProjectionHost and ProjectionRunner (embedded, %s)', (_label, perEvent) => {
  let dir: string;
  let db: Database.Database;
  let events: EventStore;
  let readModels: SqliteReadModelStore;
  let hosts: ProjectionHost[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-proj-'));
    db = openSqliteDatabase(join(dir, 'data.sqlite'), { synchronous: 'NORMAL' });
    const store = new SqliteEventStore(db, { pageSize: 7 });
    events = perEvent ? oneAtATime(store) : store;
    readModels = new SqliteReadModelStore(db);
    hosts = [];
  });
  afterEach(async () => {
    for (const host of hosts) await host.stop();
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const host = (projection = tallyProjection(), batchSize = 5, run = true): ProjectionHost => {
    const created = new ProjectionHost(events, readModels, [projection], {
      batchSize,
      run,
      requestPollMs: 20,
    });
    hosts.push(created);
    return created;
  };
  const tally = (key: string, amount = 1, stream = `ledger-${key}`) =>
    events.appendToStream(stream, [{ type: 'Tallied', data: { key, amount }, metadata: testMetadata() }], {
      expectedRevision: 'any',
    });
  const noise = () =>
    events.appendToStream('other-1', [{ type: 'Unrelated', data: {}, metadata: testMetadata() }], {
      expectedRevision: 'any',
    });

  it('applies history, then live events, and answers once a position is reached', async () => {
    for (let i = 0; i < 12; i += 1) await tally(i % 2 ? 'a' : 'b', i);
    const projections = host();
    await projections.start();
    const last = await tally('a', 100);
    await projections.waitFor(last.position, 20_000);
    const a = await projections.collection<Tally>('tallies', 'tallies').get('a');
    expect(a).toMatchObject({
      id: 'a',
      count: 7,
      total: 1 + 3 + 5 + 7 + 9 + 11 + 100,
      lastPosition: last.position,
    });
    expect(await readModels.readCheckpoint('tallies_g1')).toBe(last.position);
  });

  it('counts past events it does not handle, so waiting for them ends too', async () => {
    const projections = host();
    await projections.start();
    await tally('a');
    for (let i = 0; i < 20; i += 1) await noise();
    const head = await events.headPosition();
    await projections.waitFor(head, 20_000);
    const [status] = await projections.status();
    expect(status).toMatchObject({ name: 'tallies', state: 'running', headPosition: head, lag: 0 });
  });

  it('lets the event loop turn between batches of a long replay (others run; nothing piles up)', async () => {
    for (let i = 0; i < 200; i += 1) await tally(`k${i % 10}`);
    let turns = 0;
    let ticking = setImmediate(function tick() {
      turns += 1;
      ticking = setImmediate(tick);
    });
    try {
      const projections = host();
      await projections.start();
      await projections.waitFor(await events.headPosition(), 20_000);
    } finally {
      clearImmediate(ticking);
    }
    // 40 batches of 5: a replay that never yielded would let no timer run before it ended.
    expect(turns).toBeGreaterThan(5);
  });

  it('answers a repeated query from the read cache until the read model changes, then reads again', async () => {
    const projections = host();
    await projections.start();
    await projections.waitFor((await tally('a', 5)).position, 20_000);
    const tallies = projections.collection<Tally>('tallies', 'tallies');
    const first = await tallies.find({ filter: { key: 'a' } });
    expect(await tallies.find({ filter: { key: 'a' } })).toBe(first);
    expect(await tallies.find({ filter: { key: 'b' } })).not.toBe(first);
    expect(await tallies.count()).toBe(1);
    // Frozen: one caller cannot change what the next one reads.
    expect(() => (first.items[0] as { total: number }).total++).toThrow(TypeError);
    await projections.waitFor((await tally('a', 2)).position, 20_000);
    await projections.waitFor((await tally('b', 1)).position, 20_000);
    expect((await tallies.find({ filter: { key: 'a' } })).items).toEqual([
      expect.objectContaining({ count: 2, total: 7 }),
    ]);
    expect(await tallies.count()).toBe(2);
  });

  it('answers cached point reads until the projection commits, and only where asked', async () => {
    const projections = host();
    await projections.start();
    await projections.waitFor((await tally('a', 5)).position, 20_000);
    const cached = projections.collection<Tally>('tallies', 'tallies', { cachedGets: true });
    const first = await cached.get('a');
    expect(await cached.get('a')).toBe(first);
    expect(() => (first as { total: number }).total++).toThrow(TypeError);
    expect(await projections.collection<Tally>('tallies', 'tallies').get('a')).not.toBe(first);
    // Any commit moves the version: the very next read sees the change, a removal too.
    await projections.waitFor((await tally('a', 2)).position, 20_000);
    expect(await cached.get('a')).toMatchObject({ total: 7 });
    await projections.waitFor(
      (
        await events.appendToStream(
          'ledger-a',
          [{ type: 'TallyReset', data: { key: 'a' }, metadata: testMetadata() }],
          { expectedRevision: 'any' },
        )
      ).position,
      20_000,
    );
    expect(await cached.get('a')).toBeUndefined();
  });

  it('keeps a composed answer until the projection commits, serialised once', async () => {
    const projections = host();
    await projections.start();
    await projections.waitFor((await tally('a', 5)).position, 20_000);
    let reads = 0;
    const composed = () =>
      projections.cachedAnswer('tallies', 'a and its total', async () => {
        reads += 1;
        const page = await projections.collection<Tally>('tallies', 'tallies').find({});
        return { items: page.items, reads };
      });
    const first = await composed();
    expect(await composed()).toBe(first);
    expect(reads).toBe(1);
    expect(Object.isFrozen(first)).toBe(true);
    const json = serialisedAnswer(first);
    expect(json?.toString()).toBe(JSON.stringify(first));
    expect(serialisedAnswer(first)).toBe(json);
    expect(serialisedAnswer({ ...first })).toBeUndefined();
    await projections.waitFor((await tally('a', 2)).position, 20_000);
    const next = await composed();
    expect(next).toMatchObject({ items: [{ total: 7 }], reads: 2 });
    expect(serialisedAnswer(next)?.toString()).toBe(JSON.stringify(next));
  });

  it('names the projections an event type changes (for read-your-writes)', () => {
    const projections = host();
    expect(projections.handling(['Tallied'])).toEqual(['tallies']);
    expect(projections.handling(['Unrelated'])).toEqual([]);
  });

  it('rejects a wait that takes longer than its timeout', async () => {
    const projections = host();
    await projections.start();
    await expect(projections.waitFor(1_000_000, 50)).rejects.toBeInstanceOf(ProjectionTimeout);
  });

  it('resumes from its checkpoint after a stop, applying every event exactly once', async () => {
    const first = host();
    await first.start();
    for (let i = 0; i < 10; i += 1) await tally('a');
    await first.waitFor(await events.headPosition(), 20_000);
    await first.stop();
    for (let i = 0; i < 10; i += 1) await tally('a');
    const second = host();
    await second.start();
    await second.waitFor(await events.headPosition(), 20_000);
    expect((await second.collection<Tally>('tallies', 'tallies').get('a'))?.count).toBe(20);
  });

  it('deletes documents, and applies several changes to one document within a batch in order', async () => {
    const projections = host(tallyProjection(), 100);
    await tally('a');
    await events.appendToStream(
      'ledger-a',
      [
        { type: 'TallyReset', data: { key: 'a' }, metadata: testMetadata() },
        { type: 'Tallied', data: { key: 'a', amount: 5 }, metadata: testMetadata() },
        { type: 'Tallied', data: { key: 'a', amount: 6 }, metadata: testMetadata() },
        { type: 'Tallied', data: { key: 'b', amount: 1 }, metadata: testMetadata() },
        { type: 'TallyReset', data: { key: 'b' }, metadata: testMetadata() },
      ],
      { expectedRevision: 'any' },
    );
    await projections.start();
    await projections.waitFor(await events.headPosition(), 20_000);
    const tallies = projections.collection<Tally>('tallies', 'tallies');
    expect(await tallies.get('a')).toMatchObject({ count: 2, total: 11 });
    expect(await tallies.get('b')).toBeUndefined();
  });

  it('stops at an event it cannot apply, reports it, keeps what came before, and resumes there once fixed', async () => {
    let broken = true;
    const projections = host(tallyProjection({ failOn: (e) => broken && e.data.key === 'poison' }), 100);
    await tally('a');
    await tally('a');
    const poison = await tally('poison');
    await tally('a');
    await projections.start();
    await eventually(async () => (await projections.status())[0].state === 'failed', 'the poison to stop it');
    const [failed] = await projections.status();
    expect(failed).toMatchObject({
      state: 'failed',
      checkpoint: poison.position - 1,
      lastError: {
        position: poison.position,
        eventType: 'Tallied',
        message: `cannot tally event ${poison.position}`,
      },
    });
    expect((await projections.collection<Tally>('tallies', 'tallies').get('a'))?.count).toBe(2);

    broken = false;
    await projections.restart('tallies');
    await projections.waitFor(await events.headPosition(), 20_000);
    const [recovered] = await projections.status();
    expect(recovered.state).toBe('running');
    expect(recovered.lastError).toBeUndefined();
    expect((await projections.collection<Tally>('tallies', 'tallies').get('a'))?.count).toBe(3);
    expect((await projections.collection<Tally>('tallies', 'tallies').get('poison'))?.count).toBe(1);
  });

  it('rebuilds beside the live generation, serving the old documents until the new ones caught up', async () => {
    const projections = host();
    await projections.start();
    for (let i = 0; i < 60; i += 1) {
      await tally(`k${i % 7}`, i);
      if (i % 10 === 0) await noise();
    }
    await projections.waitFor(await events.headPosition(), 20_000);
    const live = await documentsOf(projections);
    expect(live).toHaveLength(7);

    const rebuilt = projections.rebuild('tallies', { pollMs: 1 });
    // While it runs, queries still see the live generation, complete.
    expect(await documentsOf(projections)).toEqual(live);
    expect(await rebuilt).toEqual({ generation: 2 });
    expect(await documentsOf(projections)).toEqual(live);
    expect(await readModels.getSetting('projection.tallies.generation')).toBe('2');
    // The replaced generation stays until the next switch, for processes that only read.
    expect(await readModels.readCheckpoint('tallies_g1')).toBeDefined();

    // The new generation goes on live.
    const next = await tally('k0', 1000);
    await projections.waitFor(next.position, 20_000);
    expect((await projections.collection<Tally>('tallies', 'tallies').get('k0'))?.lastPosition).toBe(
      next.position,
    );

    await projections.rebuild('tallies', { pollMs: 1 });
    expect(await readModels.readCheckpoint('tallies_g1')).toBeUndefined();
    expect(await readModels.readCheckpoint('tallies_g2')).toBeDefined();
    expect(await documentsOf(projections)).toHaveLength(7);

    // And a host started later opens the generation the rebuild switched to.
    await projections.stop();
    const later = host();
    await later.start();
    expect((await later.status())[0].generation).toBe(3);
  });

  it('serves, waits for and reports read models that another process keeps (run: false)', async () => {
    const projector = host();
    const api = host(tallyProjection(), 5, false);
    await projector.start();
    await api.start();
    const written = await tally('a', 3);
    await api.waitFor(written.position, 20_000);
    expect(await api.collection<Tally>('tallies', 'tallies').get('a')).toMatchObject({ count: 1, total: 3 });
    await noise();
    // Nothing the projection handles is pending: waiting for an unrelated event ends at once.
    await api.waitFor(await events.headPosition(), 20_000);
    const [status] = await api.status();
    expect(status).toMatchObject({
      name: 'tallies',
      state: 'remote',
      generation: 1,
      checkpoint: written.position,
    });
    await expect(api.rebuild('tallies')).rejects.toThrow(/another process/);

    await projector.rebuild('tallies', { pollMs: 1 });
    await eventually(
      async () => (await api.status())[0].generation === 2,
      'the api to see the new generation',
    );
    expect(await api.collection<Tally>('tallies', 'tallies').get('a')).toMatchObject({ count: 1, total: 3 });
    expect((await api.status())[0].generation).toBe(2);
  });

  it('reports the same lag where the projection runs and where another process keeps it', async () => {
    const projector = host();
    const api = host(tallyProjection(), 5, false);
    await projector.start();
    await api.start();
    const written = await tally('a');
    for (let i = 0; i < 3; i += 1) await noise();
    await projector.waitFor(await events.headPosition(), 5000);
    const lags = async () => [(await projector.status())[0].lag, (await api.status())[0].lag];
    // Only events the projection does not handle follow its checkpoint: nothing to apply.
    expect(await readModels.readCheckpoint('tallies_g1')).toBe(written.position);
    expect(await lags()).toEqual([0, 0]);

    await projector.stop();
    await tally('b');
    await noise();
    // Stopped, it has one event of its own to apply, and the log one more after it.
    expect(await lags()).toEqual([2, 2]);
  });

  it('rebuilds on a request from another process, once per request', async () => {
    const projector = host();
    const cli = host(tallyProjection(), 5, false);
    await projector.start();
    await cli.start();
    await tally('a');
    await cli.requestRebuild('tallies');
    await eventually(async () => (await cli.status())[0].generation === 2, 'the requested rebuild');
    expect((await projector.status())[0]).toMatchObject({ generation: 2, state: 'running' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await projector.status())[0].generation).toBe(2);
    await expect(cli.requestRebuild('nothing')).rejects.toThrow(/No projection/);
  });
});
