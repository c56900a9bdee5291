import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type ApiFailure, fetchWithToken } from '../../api/client';
import { asFailure } from '../../api/use-api';
import { useSession } from '../../session/session';
import type { ResultDraft } from './result-draft';
import {
  type EntrySlot,
  type QueuedEntry,
  enqueue,
  idempotencyKeyFrom,
  loadDraft,
  loadQueued,
  outcomeOf,
  retryDelay,
  saveDraft,
  settle,
} from './result-outbox';

/**
 * Where the entry stands: being typed, being sent, waiting on this phone for the connection, or
 * confirmed by the api (`replayed`: the api had it already, from a sending whose answer was lost).
 */
export type EntryPhase =
  | { kind: 'typing' }
  | { kind: 'sending' }
  | { kind: 'queued'; attempts: number }
  | { kind: 'sent'; replayed: boolean };

/**
 * Entering a result so that nothing typed on site is lost: the draft kept in this browser as it is
 * typed, the submitted entry kept until the api confirms it, sent again with the same
 * Idempotency-Key when the connection returns (`online`) or after a backoff, whichever is first.
 */
export function useResultEntry(
  slotFields: Omit<EntrySlot, 'userId'>,
  itemIds: readonly string[],
  onEntered: () => void,
) {
  const { session } = useSession();
  const token = session?.token;
  const { taskId, entityId, departmentId } = slotFields;
  const userId = session?.userId ?? '';
  const slot = useMemo(
    () => ({ taskId, entityId, departmentId, userId }),
    [taskId, entityId, departmentId, userId],
  );
  const [phase, setPhase] = useState<EntryPhase>(() =>
    loadQueued(localStorage, slot) ? { kind: 'queued', attempts: 0 } : { kind: 'typing' },
  );
  const [error, setError] = useState<ApiFailure>();
  const inFlight = useRef(false);
  const attempts = useRef(0);
  const timer = useRef<number>(undefined);
  const entered = useRef(onEntered);
  entered.current = onEntered;

  const send = useCallback(
    async (entry: QueuedEntry) => {
      if (inFlight.current) return;
      inFlight.current = true;
      window.clearTimeout(timer.current);
      setPhase({ kind: 'sending' });
      setError(undefined);
      let failure: ApiFailure | undefined;
      let replayed = false;
      try {
        const response = await fetchWithToken(entry.path, token, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': entry.idempotencyKey },
          body: JSON.stringify(entry.body),
        });
        replayed = response.headers.get('idempotency-replayed') === 'true';
      } catch (caught) {
        failure = asFailure(caught);
      } finally {
        inFlight.current = false;
      }
      const outcome = outcomeOf(failure);
      if (outcome === 'retry') {
        attempts.current += 1;
        setPhase({ kind: 'queued', attempts: attempts.current });
        timer.current = window.setTimeout(() => {
          const waiting = loadQueued(localStorage, slot);
          if (waiting) void send(waiting);
        }, retryDelay(attempts.current));
        return;
      }
      attempts.current = 0;
      settle(localStorage, slot, outcome === 'entered');
      if (outcome === 'entered') {
        setPhase({ kind: 'sent', replayed });
        entered.current();
      } else {
        setPhase({ kind: 'typing' });
        setError(failure);
      }
    },
    [slot, token],
  );

  // A waiting entry goes as soon as the page is open and again each time the connection returns.
  useEffect(() => {
    const flush = () => {
      const waiting = loadQueued(localStorage, slot);
      if (waiting) void send(waiting);
    };
    flush();
    window.addEventListener('online', flush);
    return () => {
      window.removeEventListener('online', flush);
      window.clearTimeout(timer.current);
    };
  }, [slot, send]);

  return {
    phase,
    error,
    /** The draft kept in this browser for these items, if any. */
    keptDraft: () => loadDraft(localStorage, slot, itemIds),
    keep: (draft: ResultDraft) => saveDraft(localStorage, slot, draft),
    submit: (path: string, body: unknown) => {
      const entry = enqueue(localStorage, slot, { path, body }, newKey, Date.now());
      void send(entry);
    },
    retryNow: () => {
      const waiting = loadQueued(localStorage, slot);
      if (waiting) void send(waiting);
    },
    dismiss: () => setPhase({ kind: 'typing' }),
  };
}

function newKey(): string {
  // getRandomValues, unlike randomUUID, is there on a plain-http intranet address too.
  return idempotencyKeyFrom(crypto.getRandomValues(new Uint8Array(16)));
}
