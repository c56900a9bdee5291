/** A signed checkpoint of the transparency log as the portal lists it (docs/api.md, "Transparency log"). */
export interface PublicCheckpoint {
  origin: string;
  /** Events in the tree when it was signed. */
  size: number;
  /** The Merkle tree's root hash, base64. */
  rootHash: string;
  time: string;
  /** The signed note (C2SP signed-note text): what an auditor saves and verifies offline. */
  note: string;
  keyId: string;
}

/** A key that signs or signed checkpoints, as recorded in the log itself. */
export interface PublicCheckpointKey {
  keyId: string;
  name: string;
  /** Raw Ed25519 public key, base64. */
  publicKey: string;
  /** C2SP verifier key. */
  verifierKey: string;
  algorithm: 'Ed25519';
  previousKeyId: string | null;
  validFrom: string;
  validFromPosition: number;
  validUntil?: string;
}

/** GET /api/public/checkpoints: newest first, and every key. */
export interface PublicCheckpoints {
  items: PublicCheckpoint[];
  nextBeforeSize?: number;
  keys: PublicCheckpointKey[];
}
