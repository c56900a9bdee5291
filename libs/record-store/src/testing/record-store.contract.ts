import { randomUUID } from 'node:crypto';
import type { RecordStore } from '../record-store.port';

export interface RecordStoreFixture {
  open(): Promise<RecordStore>;
  /**
   * The store also removes expired records by itself, at moments of its own (MongoDB's TTL
   * monitor, every 60 s): deleteExpired may then find some already gone, and its count is only
   * checked as a bound.
   */
  expiresOnItsOwn?: boolean;
}

const HOUR = 3_600_000;
const KEYS = ['a', 'b', 'c', 'd', 'k', 'big', 'text'];

/**
 * The contract every RecordStore adapter passes (docs/record-store.md). Each test works in fresh
 * namespaces and removes its records, so the suite can run against a shared server. Expiring
 * records are stamped from the wall clock: MongoDB's TTL monitor judges them by it too.
 */
export function recordStoreContract(fixture: RecordStoreFixture): void {
  let store: RecordStore;
  let ns: string;
  let other: string;

  beforeEach(async () => {
    store = await fixture.open();
    ns = `t${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    other = `${ns}-other`;
  });
  afterEach(async () => {
    for (const namespace of [ns, other]) for (const key of KEYS) await store.delete(namespace, key);
    await store.close();
  });

  it('reads back what it puts, replaces on put, and knows nothing of other keys', async () => {
    const now = Date.now();
    await store.put(ns, 'a', { value: 'one' });
    expect(await store.get(ns, 'a', now)).toEqual({ value: 'one' });
    await store.put(ns, 'a', { value: 'two', expiresAt: now + HOUR });
    expect(await store.get(ns, 'a', now)).toEqual({ value: 'two', expiresAt: now + HOUR });
    await store.put(ns, 'a', { value: 'three' });
    expect(await store.get(ns, 'a', now)).toEqual({ value: 'three' });
    expect(await store.get(ns, 'never', now)).toBeUndefined();
  });

  it('inserts with putIfAbsent only when absent, and otherwise returns what is there', async () => {
    expect(await store.putIfAbsent(ns, 'a', { value: 'first' })).toBeUndefined();
    expect(await store.putIfAbsent(ns, 'a', { value: 'second' })).toEqual({ value: 'first' });
    expect(await store.get(ns, 'a', Date.now())).toEqual({ value: 'first' });
  });

  it('lets exactly one of many concurrent putIfAbsent calls win, and keeps the winner', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.putIfAbsent(ns, 'k', { value: `v${i}` })),
    );
    const winners = results.flatMap((result, i) => (result === undefined ? [i] : []));
    expect(winners).toHaveLength(1);
    const winner = { value: `v${winners[0]}` };
    for (const result of results) if (result !== undefined) expect(result).toEqual(winner);
    expect(await store.get(ns, 'k', Date.now())).toEqual(winner);
    expect(await store.putIfAbsent(ns, 'k', { value: 'late' })).toEqual(winner);
  });

  it('treats a record as absent from the instant it expires', async () => {
    const expiresAt = Date.now() + HOUR;
    await store.put(ns, 'a', { value: 'soon gone', expiresAt });
    expect(await store.get(ns, 'a', expiresAt - 1)).toEqual({ value: 'soon gone', expiresAt });
    expect(await store.get(ns, 'a', expiresAt)).toBeUndefined();
    expect(await store.putIfAbsent(ns, 'a', { value: 'kept' }, expiresAt - 1)).toEqual({
      value: 'soon gone',
      expiresAt,
    });
    expect(await store.putIfAbsent(ns, 'a', { value: 'new' }, expiresAt)).toBeUndefined();
    expect(await store.get(ns, 'a', expiresAt)).toEqual({ value: 'new' });
  });

  it('replaces an already expired record on putIfAbsent, by the wall clock by default', async () => {
    await store.put(ns, 'a', { value: 'stale', expiresAt: Date.now() - 1000 });
    expect(await store.get(ns, 'a', Date.now())).toBeUndefined();
    expect(
      await store.putIfAbsent(ns, 'a', { value: 'fresh', expiresAt: Date.now() + HOUR }),
    ).toBeUndefined();
    expect((await store.get(ns, 'a', Date.now()))?.value).toBe('fresh');
  });

  it('lets exactly one of many concurrent putIfAbsent calls replace an expired record', async () => {
    await store.put(ns, 'k', { value: 'stale', expiresAt: Date.now() - 1000 });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.putIfAbsent(ns, 'k', { value: `v${i}` })),
    );
    const winners = results.flatMap((result, i) => (result === undefined ? [i] : []));
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r !== undefined)).toEqual(Array(9).fill({ value: `v${winners[0]}` }));
  });

  it('deletes the expired records, counts those it removed, and leaves the others', async () => {
    const now = Date.now();
    await store.deleteExpired(now); // whatever a shared server already holds
    await store.put(ns, 'a', { value: 'a', expiresAt: now - 2000 });
    await store.put(other, 'b', { value: 'b', expiresAt: now });
    await store.put(ns, 'c', { value: 'c', expiresAt: now + HOUR });
    await store.put(ns, 'd', { value: 'd' });
    const removed = await store.deleteExpired(now);
    if (fixture.expiresOnItsOwn) expect(removed).toBeLessThanOrEqual(2);
    else expect(removed).toBe(2);
    // Read as of an earlier instant: had they survived, the expired records would show.
    expect(await store.get(ns, 'a', now - 5000)).toBeUndefined();
    expect(await store.get(other, 'b', now - 5000)).toBeUndefined();
    expect(await store.get(ns, 'c', now)).toEqual({ value: 'c', expiresAt: now + HOUR });
    expect(await store.get(ns, 'd', now)).toEqual({ value: 'd' });
    if (!fixture.expiresOnItsOwn) expect(await store.deleteExpired(now)).toBe(0);
  });

  it('deletes a record, saying whether there was one', async () => {
    await store.put(ns, 'a', { value: 'x' });
    expect(await store.delete(ns, 'a')).toBe(true);
    expect(await store.get(ns, 'a', Date.now())).toBeUndefined();
    expect(await store.delete(ns, 'a')).toBe(false);
    expect(await store.putIfAbsent(ns, 'a', { value: 'again' })).toBeUndefined();
  });

  it('keeps namespaces apart', async () => {
    await store.put(ns, 'a', { value: 'mine' });
    expect(await store.get(other, 'a', Date.now())).toBeUndefined();
    expect(await store.putIfAbsent(other, 'a', { value: 'theirs' })).toBeUndefined();
    await store.delete(ns, 'a');
    expect(await store.get(other, 'a', Date.now())).toEqual({ value: 'theirs' });
  });

  it('keeps unicode and large values intact', async () => {
    const text = 'Zoë · 张伟 · مرحبا · 🧾🔐 · \u{1F600}\u200d · tab\tand\nnewline · "quoted" \\ slash';
    const big = 'x'.repeat(700_000) + '中'.repeat(200_000) + '🙂'.repeat(50_000);
    expect(Buffer.byteLength(big)).toBeGreaterThan(1_000_000);
    await store.put(ns, 'text', { value: text });
    expect(await store.putIfAbsent(ns, 'big', { value: big })).toBeUndefined();
    expect(await store.get(ns, 'text', Date.now())).toEqual({ value: text });
    expect((await store.get(ns, 'big', Date.now()))?.value).toBe(big);
    expect(await store.putIfAbsent(ns, 'big', { value: 'small' })).toEqual({ value: big });
  });
}
