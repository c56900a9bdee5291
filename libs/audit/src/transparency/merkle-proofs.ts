import { EMPTY_ROOT, nodeHash } from './merkle-hash';

/**
 * RFC 9162 §2.1 proofs, planned as ranges of leaves [start, end) whose hashes a store resolves
 * from complete subtrees (`rangeNodes`): the same plan serves an in-memory tree and a store of
 * 10,000,000 leaves, with O(log n) node reads.
 */
export interface LeafRange {
  start: number;
  end: number;
}

/** A complete subtree: leaves [index·2^level, (index+1)·2^level). */
export interface NodeId {
  level: number;
  index: number;
}

/** The largest power of two smaller than n (n > 1). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** PATH(m, D[0:n]) (RFC 9162 §2.1.3.1): the ranges whose hashes form the inclusion proof, leaf upwards. */
export function inclusionRanges(index: number, size: number): LeafRange[] {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) {
    throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  }
  const path: LeafRange[] = [];
  let offset = 0;
  let m = index;
  let n = size;
  while (n > 1) {
    const k = splitPoint(n);
    if (m < k) {
      path.push({ start: offset + k, end: offset + n });
      n = k;
    } else {
      path.push({ start: offset, end: offset + k });
      offset += k;
      m -= k;
      n -= k;
    }
  }
  return path.reverse();
}

/** PROOF(m, D[0:n]) (RFC 9162 §2.1.4.1): the ranges whose hashes form the consistency proof. */
export function consistencyRanges(size1: number, size2: number): LeafRange[] {
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 0 || size1 > size2) {
    throw new RangeError(`no consistency proof from ${size1} to ${size2}`);
  }
  if (size1 === 0 || size1 === size2) return [];
  const proof: LeafRange[] = [];
  let offset = 0;
  let m = size1;
  let n = size2;
  let complete = true;
  while (m !== n) {
    const k = splitPoint(n);
    if (m <= k) {
      proof.push({ start: offset + k, end: offset + n });
      n = k;
    } else {
      proof.push({ start: offset, end: offset + k });
      offset += k;
      m -= k;
      n -= k;
      complete = false;
    }
  }
  if (!complete) proof.push({ start: offset, end: offset + m });
  return proof.reverse();
}

/**
 * The complete subtrees a range splits into, left to right (largest first). Every range a proof names starts at
 * a multiple of a power of two at least as large as the range, so this is its RFC 9162 split.
 */
export function rangeNodes({ start, end }: LeafRange): NodeId[] {
  const nodes: NodeId[] = [];
  let at = start;
  while (at < end) {
    let level = 0;
    while (at % 2 ** (level + 1) === 0 && at + 2 ** (level + 1) <= end) level += 1;
    nodes.push({ level, index: at / 2 ** level });
    at += 2 ** level;
  }
  return nodes;
}

/** MTH of a range from its complete subtrees' hashes (largest first): right to left, as RFC 9162 nests them. */
export function foldNodes(hashes: readonly Uint8Array[]): Buffer {
  if (hashes.length === 0) return EMPTY_ROOT;
  let acc: Buffer = Buffer.from(hashes[hashes.length - 1]);
  for (let i = hashes.length - 2; i >= 0; i -= 1) acc = nodeHash(hashes[i], acc);
  return acc;
}
