import { storageRefusal } from '@app/event-store';
import { describePostgres } from '@app/event-store/testing/postgres-test-database';
import { Pool } from 'pg';
import { recordStoreContract } from '../testing/record-store.contract';
import { PostgresRecordStore } from './postgres-record-store';

describePostgres('PostgresRecordStore', (database) => {
  let pool: Pool;
  beforeAll(() => {
    pool = new Pool({ connectionString: database().url, max: 6 });
    // An idle connection the server drops is an 'error' event: without a listener it kills the process.
    pool.on('error', () => undefined);
  });
  afterAll(() => pool.end());

  describe('contract', () => {
    recordStoreContract({ open: () => PostgresRecordStore.open(pool) });
  });

  it('lets exactly one of several processes insert a key: each with a pool of its own', async () => {
    const pools = [1, 2, 3].map(() =>
      new Pool({ connectionString: database().url, max: 3 }).on('error', () => undefined),
    );
    try {
      const stores = await Promise.all(pools.map((p) => PostgresRecordStore.open(p)));
      const results = await Promise.all(
        stores.flatMap((store, s) =>
          [0, 1, 2].map((i) => store.putIfAbsent('cross', 'one', { value: `p${s}-${i}` })),
        ),
      );
      const winners = results.filter((r) => r === undefined);
      expect(winners).toHaveLength(1);
      const kept = await stores[0].get('cross', 'one', Date.now());
      expect(results.filter((r) => r !== undefined)).toEqual(Array(8).fill(kept));
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('says copies of erased values are beyond its reach, having vacuumed what it can', async () => {
    const store = await PostgresRecordStore.open(pool);
    await store.put('personKeys', 'p1', { value: 'secret' });
    await store.put('personKeys', 'p1', { value: 'erased' });
    expect(await store.scrub()).toBe('beyond-reach');
    expect(await store.get('personKeys', 'p1', 0)).toEqual({ value: 'erased' });
  });

  it('given the server down, then its operations refuse with STORAGE_UNAVAILABLE, writing nothing', async () => {
    const store = await PostgresRecordStore.open(pool);
    // The server is fine; this store's connections all go to an address where none listens.
    const nowhere = new Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', max: 1 });
    nowhere.on('error', () => undefined);
    const cut = Object.assign(Object.create(PostgresRecordStore.prototype) as object, {
      pool: nowhere,
    }) as unknown as PostgresRecordStore;
    for (const attempt of [
      cut.putIfAbsent('down', 'k', { value: 'v' }),
      cut.put('down', 'k', { value: 'v' }),
      cut.get('down', 'k', 0),
    ]) {
      expect(storageRefusal(await attempt.catch((error: unknown) => error))).toBe('unavailable');
    }
    expect(await store.get('down', 'k', 0)).toBeUndefined();
    await nowhere.end();
  });
});
