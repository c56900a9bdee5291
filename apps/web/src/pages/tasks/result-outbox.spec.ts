import { blankResult } from './result-draft';
import {
  type KeyValueStore,
  draftKey,
  enqueue,
  idempotencyKeyFrom,
  loadDraft,
  loadQueued,
  outcomeOf,
  queueKey,
  retryDelay,
  saveDraft,
  settle,
} from './result-outbox';

/** localStorage as a map, its entries readable by the specs. */
function memoryStore(): KeyValueStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

const slot = { taskId: 't1', entityId: 'e1', departmentId: 'scjg', userId: 'u1' };
const request = { path: '/api/tasks/t1/results', body: { entityId: 'e1', category: 'no_issue_found' } };
const keys = (...list: string[]) => {
  const left = [...list];
  return () => left.shift() ?? 'no-more-keys';
};

describe('the draft kept in the browser', () => {
  it('is kept per task, entity, department and user, and restored for the same four', () => {
    const store = memoryStore();
    const draft = blankResult(['i1'], '2026-03-02');
    draft.findings[0].finding = '未公示年报';
    saveDraft(store, slot, draft);
    expect(loadDraft(store, slot, ['i1'])).toEqual(draft);
    for (const other of [
      { ...slot, taskId: 't2' },
      { ...slot, entityId: 'e2' },
      { ...slot, departmentId: 'wjw' },
      { ...slot, userId: 'u2' },
    ]) {
      expect(loadDraft(store, other, ['i1'])).toBeUndefined();
    }
  });

  it('keeps keys apart when an id holds the separator', () => {
    expect(draftKey({ ...slot, taskId: 'a|b', entityId: 'c' })).not.toBe(
      draftKey({ ...slot, taskId: 'a', entityId: 'b|c' }),
    );
  });

  it('is not restored when it lacks an item the department now checks, or is not a draft', () => {
    const store = memoryStore();
    saveDraft(store, slot, blankResult(['i1'], '2026-03-02'));
    expect(loadDraft(store, slot, ['i1', 'i2'])).toBeUndefined();
    store.setItem(draftKey(slot), '{"category":1}');
    expect(loadDraft(store, slot, [])).toBeUndefined();
    store.setItem(draftKey(slot), 'not json');
    expect(loadDraft(store, slot, [])).toBeUndefined();
  });

  it('is cleared only once the api confirmed the entry, not when it refused it', () => {
    const store = memoryStore();
    saveDraft(store, slot, blankResult(['i1'], '2026-03-02'));
    enqueue(store, slot, request, keys('key-00000001'), 1);
    settle(store, slot, false);
    expect(loadQueued(store, slot)).toBeUndefined();
    expect(loadDraft(store, slot, ['i1'])).toBeDefined();
    enqueue(store, slot, request, keys('key-00000002'), 2);
    settle(store, slot, true);
    expect(store.entries.size).toBe(0);
  });

  it('survives a storage that refuses to write (the form goes on, nothing kept)', () => {
    const store = {
      ...memoryStore(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => saveDraft(store, slot, blankResult([], '2026-03-02'))).not.toThrow();
    expect(enqueue(store, slot, request, keys('key-00000001'), 1).idempotencyKey).toBe('key-00000001');
  });
});

describe('the entry waiting for the connection', () => {
  it('is stored before it is sent, with its key', () => {
    const store = memoryStore();
    const entry = enqueue(store, slot, request, keys('key-00000001'), 1000);
    expect(entry).toEqual({ idempotencyKey: 'key-00000001', ...request, queuedAt: 1000 });
    expect(JSON.parse(store.entries.get(queueKey(slot)) ?? '')).toEqual(entry);
  });

  it('keeps its Idempotency-Key when the same entry is sent again, so the api replays it', () => {
    const store = memoryStore();
    const first = enqueue(store, slot, request, keys('key-00000001', 'key-00000002'), 1000);
    const again = enqueue(store, slot, structuredClone(request), keys('key-00000003'), 5000);
    expect(again).toEqual(first);
  });

  it('takes a new key when what is sent changed (the api refuses a key reused for another request)', () => {
    const store = memoryStore();
    enqueue(store, slot, request, keys('key-00000001'), 1000);
    const changed = { ...request, body: { ...request.body, category: 'ordered_to_correct' } };
    expect(enqueue(store, slot, changed, keys('key-00000002'), 2000).idempotencyKey).toBe('key-00000002');
    expect(loadQueued(store, slot)?.body).toEqual(changed.body);
  });

  it('is read back only when whole', () => {
    const store = memoryStore();
    store.setItem(queueKey(slot), '{"path":"/api/x"}');
    expect(loadQueued(store, slot)).toBeUndefined();
  });
});

describe('what becomes of a sending', () => {
  it('is entered on an answer, waits on no connection or a server fault, and is refused on a 4xx', () => {
    expect(outcomeOf(undefined)).toBe('entered');
    expect(outcomeOf({ status: 0, code: 'NETWORK' })).toBe('retry');
    expect(outcomeOf({ status: 503, code: 'UNAVAILABLE' })).toBe('retry');
    expect(outcomeOf({ status: 500, code: 'INTERNAL_ERROR' })).toBe('retry');
    expect(outcomeOf({ status: 429, code: 'TOO_MANY_REQUESTS' })).toBe('retry');
    expect(outcomeOf({ status: 409, code: 'IDEMPOTENCY_KEY_IN_USE' })).toBe('retry');
    expect(outcomeOf({ status: 409, code: 'RESULT_ALREADY_PUBLISHED' })).toBe('refused');
    expect(outcomeOf({ status: 400, code: 'VALIDATION_FAILED' })).toBe('refused');
    expect(outcomeOf({ status: 403, code: 'NOT_IN_TEAM' })).toBe('refused');
    expect(outcomeOf({ status: 0, code: 'CLIENT' })).toBe('refused');
  });

  it('is tried again after 2 s, doubling, at most a minute apart', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelay)).toEqual([
      2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000,
    ]);
  });

  it('carries a key the api accepts (8–128 of letters, digits, ._:-)', () => {
    const key = idempotencyKeyFrom(new Uint8Array(16).fill(171));
    expect(key).toBe(`result-${'ab'.repeat(16)}`);
    expect(key).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
  });
});
