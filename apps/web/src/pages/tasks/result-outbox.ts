import type { ResultDraft } from './result-draft';

/**
 * What an inspector typed on site, kept in this browser until the api confirms it: the draft as
 * typed (restored when the form opens again), and a submitted entry waiting for the connection,
 * with the Idempotency-Key it is sent with every time, so that a resend after a lost answer is
 * replayed by the api rather than entered twice (docs/api.md, Idempotency).
 */

/** The part of `localStorage` used here (a plain object in the specs). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Whose entry for what: one draft and at most one waiting entry each. */
export interface EntrySlot {
  taskId: string;
  entityId: string;
  departmentId: string;
  userId: string;
}

/** A submitted entry not yet confirmed by the api. */
export interface QueuedEntry {
  idempotencyKey: string;
  path: string;
  body: unknown;
  /** Milliseconds since the epoch, when it was first submitted. */
  queuedAt: number;
}

const PREFIX = 'ssj.result.v1';

export function draftKey(slot: EntrySlot): string {
  return `${PREFIX}.draft:${slotId(slot)}`;
}

export function queueKey(slot: EntrySlot): string {
  return `${PREFIX}.queued:${slotId(slot)}`;
}

function slotId({ taskId, entityId, departmentId, userId }: EntrySlot): string {
  return [taskId, entityId, departmentId, userId].map(encodeURIComponent).join('|');
}

export function saveDraft(store: KeyValueStore, slot: EntrySlot, draft: ResultDraft): void {
  write(store, draftKey(slot), draft);
}

/**
 * The draft kept for this slot, if it is one for these items (a draft for items the department no
 * longer checks, or one not shaped as a draft, is not restored).
 */
export function loadDraft(
  store: KeyValueStore,
  slot: EntrySlot,
  itemIds: readonly string[],
): ResultDraft | undefined {
  const draft = read(store, draftKey(slot)) as Partial<ResultDraft> | undefined;
  if (!isDraft(draft)) return undefined;
  const ids = draft.findings.map((f) => f.itemId);
  return itemIds.every((id) => ids.includes(id)) ? draft : undefined;
}

function isDraft(value: Partial<ResultDraft> | undefined): value is ResultDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.category === 'string' &&
    typeof value.method === 'string' &&
    typeof value.inspectedOn === 'string' &&
    typeof value.signatureRefused === 'boolean' &&
    typeof value.witness === 'string' &&
    typeof value.notes === 'string' &&
    Array.isArray(value.findings) &&
    value.findings.every(
      (f) =>
        typeof f?.itemId === 'string' && typeof f.finding === 'string' && typeof f.compliant === 'string',
    )
  );
}

export function loadQueued(store: KeyValueStore, slot: EntrySlot): QueuedEntry | undefined {
  const entry = read(store, queueKey(slot)) as Partial<QueuedEntry> | undefined;
  return typeof entry?.idempotencyKey === 'string' && typeof entry.path === 'string' && 'body' in entry
    ? (entry as QueuedEntry)
    : undefined;
}

/**
 * The entry to send for this request: the one already waiting when it is the same request (its
 * key kept, so the api replays a first answer that was lost), else a new one under a new key.
 * It is stored before it is sent, so a page closed mid-request still has it.
 */
export function enqueue(
  store: KeyValueStore,
  slot: EntrySlot,
  request: { path: string; body: unknown },
  newKey: () => string,
  now: number,
): QueuedEntry {
  const waiting = loadQueued(store, slot);
  if (waiting && waiting.path === request.path && sameJson(waiting.body, request.body)) return waiting;
  const entry = { idempotencyKey: newKey(), path: request.path, body: request.body, queuedAt: now };
  write(store, queueKey(slot), entry);
  return entry;
}

/** The api answered (entered, or refused): nothing waits any more, and an entered draft is done. */
export function settle(store: KeyValueStore, slot: EntrySlot, entered: boolean): void {
  store.removeItem(queueKey(slot));
  if (entered) store.removeItem(draftKey(slot));
}

/** How a sending ended, and so what becomes of the waiting entry. */
export type SendOutcome = 'entered' | 'refused' | 'retry';

/**
 * A failure that leaves the entry waiting: the api not reached (status 0), or a fault or busy
 * answer a later attempt may not meet (5xx, 408, 429, and IDEMPOTENCY_KEY_IN_USE: the first
 * sending still runs). Any other refusal is the api's answer and is shown.
 */
export function outcomeOf(failure: { status: number; code: string } | undefined): SendOutcome {
  if (!failure) return 'entered';
  const { status, code } = failure;
  if (status === 0 && code === 'NETWORK') return 'retry';
  if (status >= 500 || status === 408 || status === 429) return 'retry';
  if (status === 409 && code === 'IDEMPOTENCY_KEY_IN_USE') return 'retry';
  return 'refused';
}

/** Milliseconds before attempt `n` (1-based) is sent again: 2 s doubling, at most a minute. */
export function retryDelay(attempt: number): number {
  return Math.min(60_000, 2_000 * 2 ** Math.max(0, attempt - 1));
}

/** A key of 32 hex digits, as docs/api.md allows (8–128 of letters, digits, `._:-`). */
export function idempotencyKeyFrom(random: Uint8Array): string {
  return `result-${[...random].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function read(store: KeyValueStore, key: string): unknown {
  try {
    const text = store.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function write(store: KeyValueStore, key: string, value: unknown): void {
  try {
    store.setItem(key, JSON.stringify(value));
  } catch {
    // A full or refused storage (private mode): the form still works, only nothing is kept.
  }
}
