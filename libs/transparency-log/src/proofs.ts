import type { SignedCheckpoint } from '@app/audit';
import type { TileReader } from './tile-reader';
import type { LeafEntry, TransparencyStore } from './transparency-store.port';

/** An event's inclusion in a signed checkpoint's tree: what GET /api/audit/proofs and the cli answer. */
export interface InclusionAnswer {
  kind: 'inclusion';
  eventId: string;
  position: number;
  leafIndex: number;
  treeSize: number;
  checkpoint: SignedCheckpoint;
  /** Base64 hashes, leaf upwards (RFC 9162 §2.1.3). */
  proof: string[];
}

export interface ConsistencyAnswer {
  kind: 'consistency';
  fromSize: number;
  toSize: number;
  /** The signed checkpoints of either size, where one was signed. */
  fromCheckpoint?: SignedCheckpoint;
  toCheckpoint?: SignedCheckpoint;
  /** Base64 root hashes of either tree as stored. */
  fromRoot: string;
  toRoot: string;
  proof: string[];
}

/** Why no proof: not found (404) or asked beyond the tree (400, naming the field and its bound). */
export type ProofRefusal =
  | { refusal: 'EVENT_NOT_IN_TREE' | 'CHECKPOINT_NOT_FOUND'; message: string }
  | { refusal: 'beyond-tree'; field: string; max: number; message: string };

const b64 = (hashes: Buffer[]): string[] => hashes.map((h) => h.toString('base64'));

/** Proofs from the stored tree, bounded by what has been signed: never a proof of an unsigned size. */
export function transparencyProofs(store: TransparencyStore, reader: TileReader) {
  return {
    async inclusion(
      event: { position: number } | { eventId: string },
      treeSize?: number,
    ): Promise<InclusionAnswer | ProofRefusal> {
      const checkpoint =
        treeSize === undefined ? await store.latestCheckpoint() : await store.checkpoint(treeSize);
      if (!checkpoint) {
        return {
          refusal: 'CHECKPOINT_NOT_FOUND',
          message:
            treeSize === undefined
              ? 'No checkpoint has been signed yet'
              : `No checkpoint of size ${treeSize}`,
        };
      }
      const leaf: LeafEntry | undefined =
        'position' in event
          ? await store.leafByPosition(event.position)
          : await store.leafByEventId(event.eventId);
      if (!leaf)
        return { refusal: 'EVENT_NOT_IN_TREE', message: 'That event is not a leaf of the tree (yet)' };
      if (leaf.index >= checkpoint.size) {
        return {
          refusal: 'beyond-tree',
          field: 'treeSize',
          max: checkpoint.size,
          message: `The event is leaf ${leaf.index}, beyond the checkpoint of size ${checkpoint.size}: ask a later one`,
        };
      }
      const proof = await reader.inclusionProof(leaf.index, checkpoint.size);
      return {
        kind: 'inclusion',
        eventId: leaf.eventId,
        position: leaf.position,
        leafIndex: leaf.index,
        treeSize: checkpoint.size,
        checkpoint,
        proof: b64(proof),
      };
    },

    async consistency(fromSize: number, toSize?: number): Promise<ConsistencyAnswer | ProofRefusal> {
      const latest = await store.latestCheckpoint();
      if (!latest) return { refusal: 'CHECKPOINT_NOT_FOUND', message: 'No checkpoint has been signed yet' };
      const to = toSize ?? latest.size;
      if (to > latest.size) {
        return {
          refusal: 'beyond-tree',
          field: 'toSize',
          max: latest.size,
          message: `The tree is signed up to ${latest.size}`,
        };
      }
      if (fromSize > to) {
        return {
          refusal: 'beyond-tree',
          field: 'fromSize',
          max: to,
          message: `fromSize must be at most ${to}`,
        };
      }
      const [fromCheckpoint, toCheckpoint, fromRoot, toRoot, proof] = await Promise.all([
        store.checkpoint(fromSize),
        store.checkpoint(to),
        reader.root(fromSize),
        reader.root(to),
        reader.consistencyProof(fromSize, to),
      ]);
      return {
        kind: 'consistency',
        fromSize,
        toSize: to,
        ...(fromCheckpoint ? { fromCheckpoint } : {}),
        ...(toCheckpoint ? { toCheckpoint } : {}),
        fromRoot: fromRoot.toString('base64'),
        toRoot: toRoot.toString('base64'),
        proof: b64(proof),
      };
    },
  };
}

export type TransparencyProofs = ReturnType<typeof transparencyProofs>;
