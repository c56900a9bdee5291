import type { EvidenceKind } from './evidence-plan';

/**
 * The files chosen for one result entry and where each stands: waiting for the connection,
 * being uploaded, uploaded (its hash known), attached to the result once the result is saved, or
 * refused. Pure steps; use-evidence-capture.ts runs them. Each file has its own Idempotency-Key,
 * made when it is chosen, so that attaching it again after a lost answer is replayed, not doubled.
 */
export type CapturedState =
  | { kind: 'waiting' }
  | { kind: 'uploading'; sent: number }
  | { kind: 'uploaded' }
  | { kind: 'attaching' }
  | { kind: 'attached' }
  | { kind: 'failed'; code: string; status: number; details?: unknown; retry: boolean };

export interface Captured {
  id: string;
  name: string;
  size: number;
  type: string;
  evidenceKind: EvidenceKind;
  attachKey: string;
  hash?: string;
  state: CapturedState;
}

export interface Failure {
  status: number;
  code: string;
  details?: unknown;
}

/** What to do next with a file: upload it, attach it (only once the result is saved), or nothing. */
export function nextStep(file: Captured, resultSaved: boolean): 'upload' | 'attach' | 'none' {
  if (file.state.kind === 'waiting') return file.hash ? (resultSaved ? 'attach' : 'none') : 'upload';
  if (file.state.kind === 'uploaded') return resultSaved ? 'attach' : 'none';
  return 'none';
}

/**
 * A failed step: the api not reached leaves the file waiting (sent when the connection returns);
 * the store down (503) or the api busy may be tried again by the user; any other refusal (too
 * large, a type not kept) is final for this file.
 */
export function afterFailure(file: Captured, failure: Failure): Captured {
  if (failure.status === 0 && failure.code === 'NETWORK') return { ...file, state: { kind: 'waiting' } };
  const retry =
    failure.status >= 500 ||
    failure.status === 408 ||
    failure.status === 429 ||
    failure.code === 'IDEMPOTENCY_KEY_IN_USE';
  return { ...file, state: { kind: 'failed', ...failure, retry } };
}

/** Tried again by the user: back to waiting, its hash (if uploaded) and key kept. */
export function retried(file: Captured): Captured {
  return file.state.kind === 'failed' && file.state.retry ? { ...file, state: { kind: 'waiting' } } : file;
}

/**
 * An attachment refused because the file is on the record already (a resend whose first answer
 * was lost, after its key expired) is attached, not failed.
 */
export function afterAttachFailure(file: Captured, failure: Failure): Captured {
  if (failure.code === 'EVIDENCE_ALREADY_ATTACHED') return { ...file, state: { kind: 'attached' } };
  return afterFailure(file, failure);
}

/** The body of POST /api/tasks/:id/evidence attaching a file to a result. */
export function attachmentOf(
  file: Captured & { hash: string },
  result: { entityId: string; departmentId: string },
) {
  return {
    hash: file.hash,
    kind: file.evidenceKind,
    name: file.name.slice(0, 200) || undefined,
    to: { kind: 'result' as const, ...result },
  };
}

/** Whether any file still has a step to go (the page warns before it is left). */
export function unfinished(files: readonly Captured[]): boolean {
  return files.some((f) => f.state.kind !== 'attached' && f.state.kind !== 'failed');
}

/** The same list with one file replaced. */
export function replaced(files: readonly Captured[], next: Captured): Captured[] {
  return files.map((f) => (f.id === next.id ? next : f));
}
