import { randomUUID } from 'node:crypto';
import { type CollectionDefinition, InvalidQuery, type ReadDocument } from '../read-model';
import type { ReadModelStore } from '../read-model-store.port';

export interface ReadModelStoreFixture {
  open(): Promise<ReadModelStore>;
}

interface Check extends ReadDocument {
  entityId: string;
  year: number;
  count: number;
  department: string;
  flagged: boolean;
  region?: { code: string };
}

const checks: CollectionDefinition = {
  name: 'checks',
  indexes: [['year', 'count'], ['department', 'count'], ['entityId'], ['flagged'], ['region.code']],
  snapshotFields: ['department', 'count'],
};

function check(id: string, fields: Partial<Check> = {}): Check {
  return { id, entityId: `e-${id}`, year: 2026, count: 1, department: 'market', flagged: false, ...fields };
}

/**
 * The contract every ReadModelStore adapter passes (docs/read-store.md). Each test works in a
 * fresh namespace so the suite can run against a shared server.
 */
export function readModelStoreContract(fixture: ReadModelStoreFixture): void {
  let store: ReadModelStore;
  let ns: string;
  // Each commit moves the checkpoint forward, as a projection's batches do.
  let position = 0;
  const key = (): string => `${ns}@checkpoint`;

  beforeEach(async () => {
    store = await fixture.open();
    ns = `t${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await store.prepare(ns, [checks]);
  });
  afterEach(async () => {
    await store.drop(ns, key());
    await store.close();
  });

  const put = (...docs: Check[]) =>
    store.commit(
      ns,
      docs.map((document) => ({ collection: 'checks', id: document.id, document })),
      { key: key(), position: ++position },
    );

  it('writes, reads back, replaces and deletes documents by id', async () => {
    const items = store.collection<Check>(ns, 'checks');
    await put(check('a', { region: { code: '320100' } }));
    expect(await items.get('a')).toEqual(check('a', { region: { code: '320100' } }));
    await put(check('a', { count: 2 }));
    expect((await items.get('a'))?.count).toBe(2);
    await store.commit(ns, [{ collection: 'checks', id: 'a', document: null }], {
      key: key(),
      position: ++position,
    });
    expect(await items.get('a')).toBeUndefined();
    expect(await items.get('never')).toBeUndefined();
  });

  it('gets several documents at once, exactly as committed, leaving out the missing', async () => {
    await put(check('a'), check('b'));
    const applied = new Map<string, number>();
    const found = await store.getMany(ns, 'checks', ['a', 'b', 'zz', 'a'], applied);
    expect([...found.keys()].sort()).toEqual(['a', 'b']);
    expect(found.get('b')).toEqual(check('b'));
    // A store without atomic commits says apart which events each holds; the others say nothing.
    for (const [id, at] of applied) {
      expect(['a', 'b']).toContain(id);
      expect(at).toBe(position);
    }
  });

  it('stores the checkpoint with the writes, and reads it back', async () => {
    expect(await store.readCheckpoint(key())).toBeUndefined();
    await store.commit(ns, [{ collection: 'checks', id: 'a', document: check('a') }], {
      key: key(),
      position: 42,
    });
    expect(await store.readCheckpoint(key())).toBe(42);
    await store.commit(ns, [], { key: key(), position: 43 });
    expect(await store.readCheckpoint(key())).toBe(43);
  });

  it('writes nothing, checkpoint included, when a commit fails', async () => {
    await put(check('a'));
    const before = position;
    await expect(
      store.commit(
        ns,
        [
          { collection: 'checks', id: 'b', document: check('b') },
          { collection: 'nowhere', id: 'c', document: check('c') },
        ],
        { key: key(), position: position + 100 },
      ),
    ).rejects.toThrow();
    expect(await store.collection(ns, 'checks').get('b')).toBeUndefined();
    expect(await store.readCheckpoint(key())).toBe(before);
  });

  it('finds by equality, range, membership, booleans and nested fields, and counts', async () => {
    await put(
      check('a', { year: 2025, count: 1, department: 'market' }),
      check('b', { year: 2026, count: 2, department: 'market', flagged: true }),
      check('c', { year: 2026, count: 5, department: 'health', region: { code: '320100' } }),
      check('d', { year: 2026, count: 9, department: 'tax' }),
    );
    const items = store.collection<Check>(ns, 'checks');
    const ids = async (filter: Parameters<typeof items.find>[0]) =>
      (await items.find(filter)).items.map((d) => d.id);
    expect(await ids({ filter: { year: 2026 } })).toEqual(['b', 'c', 'd']);
    expect(await ids({ filter: { year: 2026, count: { $gte: 2, $lt: 9 } } })).toEqual(['b', 'c']);
    expect(await ids({ filter: { department: { $in: ['health', 'tax'] } } })).toEqual(['c', 'd']);
    expect(await ids({ filter: { department: { $in: [] } } })).toEqual([]);
    expect(await ids({ filter: { flagged: true } })).toEqual(['b']);
    expect(await ids({ filter: { 'region.code': '320100' } })).toEqual(['c']);
    expect(await ids({ filter: { id: { $gt: 'b' } } })).toEqual(['c', 'd']);
    expect(await items.count({ year: 2026 })).toBe(3);
    expect(await items.count()).toBe(4);
  });

  it('sorts ascending and descending, ties broken by id', async () => {
    await put(
      check('a', { count: 3 }),
      check('b', { count: 1 }),
      check('c', { count: 3 }),
      check('d', { count: 2 }),
    );
    const items = store.collection<Check>(ns, 'checks');
    const asc = await items.find({ sort: [{ field: 'count', direction: 'asc' }] });
    expect(asc.items.map((d) => d.id)).toEqual(['b', 'd', 'a', 'c']);
    const desc = await items.find({ filter: { year: 2026 }, sort: [{ field: 'count', direction: 'desc' }] });
    expect(desc.items.map((d) => d.id)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('pages with a cursor through ties, in both directions, without gaps or repeats', async () => {
    const docs = Array.from({ length: 23 }, (_, i) =>
      check(`d${String(i).padStart(2, '0')}`, { count: i % 4 }),
    );
    await put(...docs);
    const items = store.collection<Check>(ns, 'checks');
    for (const direction of ['asc', 'desc'] as const) {
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = await items.find({ sort: [{ field: 'count', direction }], limit: 5, after });
        expect(page.items.length).toBeLessThanOrEqual(5);
        seen.push(...page.items.map((d) => d.id));
        after = page.nextCursor;
      } while (after);
      const expected = [...docs]
        .sort((x, y) => x.count - y.count || x.id.localeCompare(y.id))
        .map((d) => d.id);
      expect(seen).toEqual(direction === 'asc' ? expected : [...expected].reverse());
    }
    const mixed = await items.find({
      sort: [
        { field: 'count', direction: 'desc' },
        { field: 'id', direction: 'asc' },
      ],
      limit: 30,
    });
    expect(mixed.items.slice(0, 3).map((d) => d.id)).toEqual(['d03', 'd07', 'd11']);
    expect(mixed.nextCursor).toBeUndefined();
  });

  it('pages through documents whose sort field is missing or null, in both directions', async () => {
    await put(
      check('a', { count: 2 }),
      check('b', { count: null as unknown as number }),
      check('c', { count: 1 }),
      { ...check('d'), count: undefined as unknown as number },
      check('e', { count: 2 }),
    );
    const items = store.collection<Check>(ns, 'checks');
    for (const direction of ['asc', 'desc'] as const) {
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = await items.find({ sort: [{ field: 'count', direction }], limit: 2, after });
        seen.push(...page.items.map((d) => d.id));
        after = page.nextCursor;
      } while (after);
      expect([...seen].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(seen).toHaveLength(5);
    }
  });

  it('pages through a sort on two keys in opposite directions, nulls included, in order', async () => {
    const departments = ['health', 'market', 'tax'];
    const docs = Array.from({ length: 17 }, (_, i) =>
      check(`m${String(i).padStart(2, '0')}`, {
        department: departments[i % 3],
        count: i % 4 === 0 ? (null as unknown as number) : i % 5,
      }),
    );
    await put(...docs);
    const sort = [
      { field: 'department', direction: 'asc' as const },
      { field: 'count', direction: 'desc' as const },
    ];
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await store.collection<Check>(ns, 'checks').find({ sort, limit: 3, after });
      seen.push(...page.items.map((d) => d.id));
      after = page.nextCursor;
    } while (after);
    // Descending: nulls last; ties by id, descending like the last key.
    const rank = (c: number | null) => (c === null ? -1 : c);
    const expected = [...docs]
      .sort(
        (x, y) =>
          x.department.localeCompare(y.department) ||
          rank(y.count) - rank(x.count) ||
          y.id.localeCompare(x.id),
      )
      .map((d) => d.id);
    expect(seen).toEqual(expected);
  });

  it('refuses queries on fields no index declares, bad limits and foreign cursors', async () => {
    const items = store.collection<Check>(ns, 'checks');
    await expect(items.find({ filter: { name: 'x' } })).rejects.toBeInstanceOf(InvalidQuery);
    await expect(items.find({ sort: [{ field: 'name', direction: 'asc' }] })).rejects.toBeInstanceOf(
      InvalidQuery,
    );
    await expect(items.find({ limit: 0 })).rejects.toBeInstanceOf(InvalidQuery);
    await expect(items.find({ limit: 1001 })).rejects.toBeInstanceOf(InvalidQuery);
    await expect(items.find({ after: 'not-a-cursor' })).rejects.toBeInstanceOf(InvalidQuery);
    await expect(items.find({ filter: { count: { $near: 1 } as never } })).rejects.toBeInstanceOf(
      InvalidQuery,
    );
    expect(() => store.collection(ns, 'unprepared')).toThrow(InvalidQuery);
  });

  it('answers queries on a namespace whose indexes were deferred, before and after they are built', async () => {
    const later = `${ns}d`;
    await store.prepare(later, [checks], { deferIndexes: true });
    await store.commit(later, [{ collection: 'checks', id: 'a', document: check('a', { count: 4 }) }], {
      key: `${later}@c`,
      position: 1,
    });
    const items = store.collection<Check>(later, 'checks');
    expect((await items.find({ filter: { count: 4 } })).items.map((d) => d.id)).toEqual(['a']);
    await store.createIndexes(later);
    await store.createIndexes(later);
    expect((await items.find({ filter: { count: 4 } })).items.map((d) => d.id)).toEqual(['a']);
    await store.drop(later, `${later}@c`);
  });

  it('keeps settings', async () => {
    const name = `${ns}.active`;
    expect(await store.getSetting(name)).toBeUndefined();
    await store.setSetting(name, '2');
    await store.setSetting(name, '3');
    expect(await store.getSetting(name)).toBe('3');
  });

  it('drops a namespace and its checkpoint', async () => {
    await put(check('a'));
    await store.drop(ns, key());
    expect(await store.readCheckpoint(key())).toBeUndefined();
    await store.prepare(ns, [checks]);
    expect(await store.collection(ns, 'checks').count()).toBe(0);
  });

  describe('snapshot reads', () => {
    const collect = async (batches: AsyncIterable<ReadDocument[]>) => {
      const sizes: number[] = [];
      const ids: string[] = [];
      for await (const batch of batches) {
        sizes.push(batch.length);
        ids.push(...batch.map((d) => d.id));
      }
      return { sizes, ids };
    };

    it('reads the matching documents in batches, in ascending id order, with their count and checkpoint', async () => {
      await put(check('c', { year: 2025 }), check('a'), check('é'), check('b'), check('B'), check('d'));
      const read = await store.readSnapshot(
        ns,
        'checks',
        { checkpointKey: key(), filter: { year: 2026 }, batchSize: 2 },
        async (snapshot) => ({
          position: snapshot.position,
          count: snapshot.count,
          ...(await collect(snapshot.batches)),
        }),
      );
      expect(read).toEqual({ position, count: 5, sizes: [2, 2, 1], ids: ['B', 'a', 'b', 'd', 'é'] });
    });

    it('does not see what is committed while it reads', async () => {
      await put(...Array.from({ length: 30 }, (_, i) => check(`k${String(i).padStart(2, '0')}`)));
      const before = position;
      const read = await store
        .readSnapshot(ns, 'checks', { checkpointKey: key(), batchSize: 10 }, async (snapshot) => {
          const ids: string[] = [];
          for await (const batch of snapshot.batches) {
            ids.push(...batch.map((d) => d.id));
            if (ids.length === 10) await put(check('k00', { count: 99 }), check('k99'));
          }
          return { position: snapshot.position, ids };
        })
        .catch((error: Error) => error);
      // Stores without snapshot reads refuse a snapshot the projection moved under (SnapshotMoved).
      if (read instanceof Error) {
        expect(read.name).toBe('SnapshotMoved');
        return;
      }
      expect(read.position).toBe(before);
      expect(read.ids).toHaveLength(30);
      expect(read.ids).not.toContain('k99');
      expect((await store.collection<Check>(ns, 'checks').get('k00'))?.count).toBe(99);
    });

    it('reads only the declared snapshot fields when asked, and refuses others', async () => {
      await put(
        check('b', { department: 'tax', count: 3 }),
        check('a', { count: 7 }),
        check('c', { year: 2025 }),
      );
      const docs = await store.readSnapshot(
        ns,
        'checks',
        { checkpointKey: key(), filter: { year: 2026 }, fields: ['department', 'count'] },
        async (snapshot) => (await collect(snapshot.batches)).ids,
      );
      expect(docs).toEqual(['a', 'b']);
      const read = await store.readSnapshot(
        ns,
        'checks',
        { checkpointKey: key(), fields: ['count'] },
        async (snapshot) => {
          const out: ReadDocument[] = [];
          for await (const batch of snapshot.batches) out.push(...batch);
          return out;
        },
      );
      expect(read).toEqual([
        { id: 'a', count: 7 },
        { id: 'b', count: 3 },
        { id: 'c', count: 1 },
      ]);
      await expect(
        store.readSnapshot(ns, 'checks', { checkpointKey: key(), fields: ['year'] }, async () => undefined),
      ).rejects.toBeInstanceOf(InvalidQuery);
    });

    it('reads an empty collection and a checkpoint not yet written', async () => {
      const read = await store.readSnapshot(
        ns,
        'checks',
        { checkpointKey: `${key()}-none` },
        async (snapshot) => ({
          position: snapshot.position,
          count: snapshot.count,
          ...(await collect(snapshot.batches)),
        }),
      );
      expect(read).toEqual({ position: undefined, count: 0, sizes: [], ids: [] });
    });
  });
}
