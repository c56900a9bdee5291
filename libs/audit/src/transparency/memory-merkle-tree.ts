import { EMPTY_ROOT, nodeHash } from './merkle-hash';
import { type LeafRange, consistencyRanges, inclusionRanges, splitPoint } from './merkle-proofs';

/** RFC 9162 MTH computed directly from leaf hashes: the reference the stores are checked against. */
export function rangeHash(leaves: readonly Uint8Array[], { start, end }: LeafRange): Buffer {
  if (end - start === 0) return EMPTY_ROOT;
  if (end - start === 1) return Buffer.from(leaves[start]);
  const k = splitPoint(end - start);
  return nodeHash(rangeHash(leaves, { start, end: start + k }), rangeHash(leaves, { start: start + k, end }));
}

/** A small tree kept in memory (tests, bundles): leaf hashes in order. */
export class MemoryMerkleTree {
  constructor(private readonly leaves: Uint8Array[] = []) {}

  get size(): number {
    return this.leaves.length;
  }

  append(leaf: Uint8Array): void {
    this.leaves.push(leaf);
  }

  root(size = this.size): Buffer {
    return rangeHash(this.leaves, { start: 0, end: size });
  }

  inclusionProof(index: number, size = this.size): Buffer[] {
    return inclusionRanges(index, size).map((range) => rangeHash(this.leaves, range));
  }

  consistencyProof(size1: number, size2 = this.size): Buffer[] {
    return consistencyRanges(size1, size2).map((range) => rangeHash(this.leaves, range));
  }
}
