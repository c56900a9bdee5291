import type { RecordedEvent } from '@app/event-store';
import { type CheckpointKey, type SignedCheckpoint, verifyCheckpointNote } from './checkpoint-note';
import { eventLeafHash } from './merkle-hash';
import { verifyConsistency, verifyInclusion } from './merkle-verify';

/** What a bundle carries to tie its events to the published tree (docs/api.md, "Export bundles"). */
export interface BundleAnchor {
  /** The latest signed checkpoint when the bundle was made. */
  checkpoint: SignedCheckpoint;
  /** The keys the log lists (untrusted here: the auditor's saved file says which keys to trust). */
  keys: CheckpointKey[];
  /** One per event of the bundle, in its order; none for an event newer than the checkpoint. */
  inclusion: { eventId: string; leafIndex: number; proof: string[] }[];
  /** Consistency proofs between the checkpoint and earlier sizes (asked with consistencyFrom). */
  consistency: ConsistencyProof[];
}

export interface ConsistencyProof {
  fromSize: number;
  toSize: number;
  proof: string[];
}

/** What an auditor saved earlier: GET /api/public/checkpoints answers, kept as they were. */
export interface SavedCheckpoints {
  items: SignedCheckpoint[];
  keys: CheckpointKey[];
}

/** Each kind of failure is reported as what it is, never as verified. */
export type AnchorProblemKind =
  | 'no-anchor'
  | 'unknown-key'
  | 'bad-signature'
  | 'malformed-checkpoint'
  | 'inconsistent-checkpoint'
  | 'missing-consistency-proof'
  | 'beyond-tree'
  | 'not-included'
  | 'not-covered';

export interface AnchorProblem {
  kind: AnchorProblemKind;
  detail: string;
}

export interface AnchorVerification {
  verified: boolean;
  /** Tree size of the bundle's checkpoint, and the largest saved checkpoint consistent with it. */
  checkpointSize?: number;
  coveredUpTo: number;
  eventsIncluded: number;
  problems: AnchorProblem[];
}

const MAX_SAVED = 1000;
const b = (s: string): Buffer => Buffer.from(s, 'base64');

/**
 * Accepts the events only if each is in the bundle's checkpoint tree and that tree extends a
 * checkpoint the auditor saved earlier that already held the event: a re-sealed history has other
 * leaves, so its root differs from what was published (docs/adr/0021-transparency-log.md).
 */
export function verifyBundleAnchor(
  events: readonly RecordedEvent[],
  anchor: BundleAnchor | undefined,
  saved: SavedCheckpoints,
  extraConsistency: readonly ConsistencyProof[] = [],
): AnchorVerification {
  const problems: AnchorProblem[] = [];
  const done = (checkpointSize?: number, coveredUpTo = 0, eventsIncluded = 0): AnchorVerification => ({
    verified: problems.length === 0,
    ...(checkpointSize !== undefined ? { checkpointSize } : {}),
    coveredUpTo,
    eventsIncluded,
    problems,
  });
  if (!anchor) {
    problems.push({ kind: 'no-anchor', detail: 'the bundle carries no checkpoint nor inclusion proofs' });
    return done();
  }
  const trusted = saved.keys.slice(0, 100);
  const own = verifyCheckpointNote(anchor.checkpoint.note, trusted);
  if (!own.ok) {
    problems.push({ kind: kindOf(own.failure), detail: `the bundle's checkpoint: ${own.detail}` });
    return done();
  }
  const head = own.checkpoint;
  const root = b(head.rootHash);
  const proofs = [...anchor.consistency, ...extraConsistency];
  let coveredUpTo = 0;
  for (const s of saved.items.slice(0, MAX_SAVED)) {
    const check = verifyCheckpointNote(s.note, trusted);
    if (!check.ok) {
      problems.push({ kind: kindOf(check.failure), detail: `saved checkpoint ${s.size}: ${check.detail}` });
      continue;
    }
    const old = check.checkpoint;
    const [small, large] = old.size <= head.size ? [old, head] : [head, old];
    const proof = proofs.find((p) => p.fromSize === small.size && p.toSize === large.size);
    if (!proof && small.size !== large.size) {
      problems.push({
        kind: 'missing-consistency-proof',
        detail: `no proof from ${small.size} to ${large.size}`,
      });
      continue;
    }
    const consistent = verifyConsistency(
      small.size,
      large.size,
      (proof?.proof ?? []).map(b),
      b(small.rootHash),
      b(large.rootHash),
    );
    if (!consistent.ok) {
      problems.push({
        kind: 'inconsistent-checkpoint',
        detail: `the tree of ${head.size} does not extend the saved tree of ${old.size} (${consistent.failure})`,
      });
      continue;
    }
    coveredUpTo = Math.max(coveredUpTo, Math.min(old.size, head.size));
  }
  const byId = new Map(anchor.inclusion.map((p) => [p.eventId, p]));
  let included = 0;
  for (const event of events) {
    const proof = byId.get(event.id);
    const name = `${event.stream}@${event.revision}`;
    if (!proof || !event.metadata.hash || !/^[0-9a-f]{64}$/.test(event.metadata.hash)) {
      problems.push({ kind: 'not-included', detail: `${name} has no inclusion proof in the checkpoint` });
      continue;
    }
    const check = verifyInclusion(
      proof.leafIndex,
      head.size,
      eventLeafHash(event.metadata.hash),
      proof.proof.map(b),
      root,
    );
    if (!check.ok) {
      const kind = check.failure === 'beyond-tree' ? 'beyond-tree' : 'not-included';
      problems.push({ kind, detail: `${name} (leaf ${proof.leafIndex}): ${check.failure}` });
      continue;
    }
    if (proof.leafIndex >= coveredUpTo) {
      problems.push({
        kind: 'not-covered',
        detail: `${name} is leaf ${proof.leafIndex}: no saved checkpoint consistent with the bundle holds it`,
      });
      continue;
    }
    included += 1;
  }
  return done(head.size, coveredUpTo, included);
}

function kindOf(failure: 'malformed' | 'unknown-key' | 'bad-signature'): AnchorProblemKind {
  return failure === 'malformed' ? 'malformed-checkpoint' : failure;
}
