import Database from 'better-sqlite3';
import { type IdempotencyOutcome, IdempotencyRecords } from './idempotency';
import { SqliteRecordStore } from './sqlite/sqlite-record-store';

describe('IdempotencyRecords', () => {
  const HOUR = 3_600_000;
  const t0 = Date.UTC(2026, 0, 1);
  const ok = { statusCode: 201, body: { id: 'plan-1', items: [1, 2] } };
  const fresh = { kind: 'new', nonce: expect.any(String) as string };
  const nonceOf = (outcome: IdempotencyOutcome): string | undefined =>
    outcome.kind === 'new' ? outcome.nonce : undefined;
  let db: Database.Database;
  let store: SqliteRecordStore;
  let idempotency: IdempotencyRecords;

  beforeEach(() => {
    db = new Database(':memory:');
    store = new SqliteRecordStore(db);
    idempotency = new IdempotencyRecords(store);
  });
  afterEach(() => db.close());

  it('lets the first request run and replays its response to the same request', async () => {
    expect(await idempotency.begin('plans', 'k1', 'h1', t0)).toEqual(fresh);
    await idempotency.complete('plans', 'k1', 'h1', ok, t0 + 1000);
    expect(await idempotency.begin('plans', 'k1', 'h1', t0 + 2000)).toEqual({ kind: 'replay', response: ok });
  });

  it('hands back the fingerprint of what the first request streamed, for the retry to be compared', async () => {
    await idempotency.begin('imports', 'k1', 'h1', t0);
    await idempotency.complete('imports', 'k1', 'h1', ok, t0, 'sha-of-the-file');
    expect(await idempotency.begin('imports', 'k1', 'h1', t0 + 1000)).toEqual({
      kind: 'replay',
      response: ok,
      contentHash: 'sha-of-the-file',
    });
  });

  it('refuses a different request under a used key, running or done', async () => {
    await idempotency.begin('plans', 'k1', 'h1', t0);
    expect(await idempotency.begin('plans', 'k1', 'h2', t0)).toEqual({ kind: 'mismatch' });
    await idempotency.complete('plans', 'k1', 'h1', ok, t0);
    expect(await idempotency.begin('plans', 'k1', 'h2', t0)).toEqual({ kind: 'mismatch' });
  });

  it('lets one of several concurrent identical requests run; the others see it in progress', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => idempotency.begin('plans', 'k1', 'h1', t0)),
    );
    expect(outcomes.filter((o) => o.kind === 'new')).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'in_progress')).toHaveLength(4);
  });

  it('frees the key of an abandoned request', async () => {
    await idempotency.begin('plans', 'k1', 'h1', t0);
    await idempotency.abandon('plans', 'k1');
    expect(await idempotency.begin('plans', 'k1', 'h2', t0)).toEqual(fresh);
  });

  it('keeps scopes apart, whatever their names contain', async () => {
    await idempotency.begin('a:b', 'c', 'h1', t0);
    expect(await idempotency.begin('a', 'b:c', 'h2', t0)).toEqual(fresh);
    expect(await idempotency.begin('other', 'c', 'h2', t0)).toEqual(fresh);
  });

  it('forgets a completed request 24 hours after it completed', async () => {
    await idempotency.begin('plans', 'k1', 'h1', t0);
    await idempotency.complete('plans', 'k1', 'h1', ok, t0);
    expect(await idempotency.begin('plans', 'k1', 'h1', t0 + 24 * HOUR - 1)).toEqual({
      kind: 'replay',
      response: ok,
    });
    expect(await idempotency.begin('plans', 'k1', 'h2', t0 + 24 * HOUR)).toEqual(fresh);
  });

  it('removes expired records with deleteExpired', async () => {
    await idempotency.begin('plans', 'k1', 'h1', t0);
    await idempotency.complete('plans', 'k1', 'h1', ok, t0);
    expect(await store.deleteExpired(t0 + 24 * HOUR)).toBe(1);
    expect(await idempotency.begin('plans', 'k1', 'h1', t0)).toEqual(fresh);
  });

  it('frees the key of a request whose process died, after the in-progress lifetime', async () => {
    const short = new IdempotencyRecords(store, { ttlMs: HOUR, inProgressTtlMs: 60_000 });
    await short.begin('plans', 'k1', 'h1', t0);
    expect(await short.begin('plans', 'k1', 'h1', t0 + 59_999)).toEqual({ kind: 'in_progress' });
    expect(await short.begin('plans', 'k1', 'h1', t0 + 60_000)).toEqual(fresh);
    await short.complete('plans', 'k1', 'h1', ok, t0 + 60_000);
    expect(await short.begin('plans', 'k1', 'h1', t0 + 60_000 + HOUR - 1)).toEqual({
      kind: 'replay',
      response: ok,
    });
    expect(await short.begin('plans', 'k1', 'h1', t0 + 60_000 + HOUR)).toEqual(fresh);
  });

  describe('the nonce command ids are made from (review of issue 15, finding 4)', () => {
    it('is new for every use of a key, so a use after the key expired never repeats an old command id', async () => {
      const first = nonceOf(await idempotency.begin('imports', 'k1', 'h1', t0));
      await idempotency.complete('imports', 'k1', 'h1', ok, t0);
      const later = nonceOf(await idempotency.begin('imports', 'k1', 'h1', t0 + 24 * HOUR));
      expect(first).toEqual(expect.any(String));
      expect(later).toEqual(expect.any(String));
      expect(later).not.toBe(first);
    });

    it('is kept when a retry of the same request takes over from a run whose process died', async () => {
      const short = new IdempotencyRecords(store, { ttlMs: HOUR, inProgressTtlMs: 60_000 });
      const first = nonceOf(await short.begin('imports', 'k1', 'h1', t0));
      const retry = await short.begin('imports', 'k1', 'h1', t0 + 60_000);
      expect(nonceOf(retry)).toBe(first);
      // Taken over again later, still the same run.
      expect(nonceOf(await short.begin('imports', 'k1', 'h1', t0 + 120_000))).toBe(first);
    });

    it('is new when another request takes over a dead run, and only one of concurrent retries takes over', async () => {
      const short = new IdempotencyRecords(store, { ttlMs: HOUR, inProgressTtlMs: 60_000 });
      const first = nonceOf(await short.begin('imports', 'k1', 'h1', t0));
      const other = nonceOf(await short.begin('imports', 'k1', 'h2', t0 + 60_000));
      expect(other).toEqual(expect.any(String));
      expect(other).not.toBe(first);
      const retries = await Promise.all(
        Array.from({ length: 4 }, () => short.begin('imports', 'k1', 'h2', t0 + 120_000)),
      );
      expect(retries.filter((o) => o.kind === 'new').map(nonceOf)).toEqual([other]);
      expect(retries.filter((o) => o.kind === 'in_progress')).toHaveLength(3);
    });
  });
});
