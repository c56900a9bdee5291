import { leafHash } from './merkle-hash';
import { foldNodes, rangeNodes } from './merkle-proofs';
import { verifyConsistency, verifyInclusion } from './merkle-verify';
import { MemoryMerkleTree, rangeHash } from './memory-merkle-tree';
import vectors from './fixtures/transparency-dev-vectors.json';

/** Test vectors of transparency-dev/merkle (source in the fixture): RFC 9162 trees and proofs. */
const b = (s: string): Buffer => Buffer.from(s ?? '', 'base64');
const bs = (list: string[] | null): Buffer[] => (list ?? []).map(b);

describe('Merkle tree (RFC 9162 §2.1)', () => {
  const tree = new MemoryMerkleTree(vectors.leafInputsHex.map((hex) => leafHash(Buffer.from(hex, 'hex'))));

  it('has the reference root hash at every size', () => {
    vectors.rootHashesHex.forEach((root, size) => expect(tree.root(size).toString('hex')).toBe(root));
  });

  it.each(vectors.inclusion.map((p) => [p.file, p] as const))('inclusion vector %s', (_, p) => {
    const check = verifyInclusion(p.leafIdx, p.treeSize, b(p.leafHash), bs(p.proof), b(p.root));
    expect(check.ok).toBe(!p.wantErr);
  });

  it.each(vectors.consistency.map((p) => [p.file, p] as const))('consistency vector %s', (_, p) => {
    const check = verifyConsistency(p.size1, p.size2, bs(p.proof), b(p.root1), b(p.root2));
    expect(check.ok).toBe(!p.wantErr);
  });

  it('makes the reference proofs exactly', () => {
    for (const p of vectors.inclusion.filter((v) => !v.wantErr && v.treeSize <= tree.size)) {
      expect(tree.inclusionProof(p.leafIdx, p.treeSize)).toEqual(bs(p.proof));
    }
    for (const p of vectors.consistency.filter((v) => !v.wantErr && v.size2 <= tree.size)) {
      expect(tree.consistencyProof(p.size1, p.size2)).toEqual(bs(p.proof));
    }
  });

  it('proves and verifies every leaf and every pair of sizes of a 37-leaf tree', () => {
    const big = new MemoryMerkleTree(Array.from({ length: 37 }, (_, i) => leafHash(Buffer.from([i]))));
    for (let size = 1; size <= 37; size += 1) {
      const root = big.root(size);
      for (let i = 0; i < size; i += 1) {
        expect(
          verifyInclusion(i, size, leafHash(Buffer.from([i])), big.inclusionProof(i, size), root),
        ).toEqual({
          ok: true,
        });
      }
      for (let size1 = 1; size1 <= size; size1 += 1) {
        const proof = big.consistencyProof(size1, size);
        expect(verifyConsistency(size1, size, proof, big.root(size1), root)).toEqual({ ok: true });
      }
    }
  });

  it('a range hashes as the fold of its complete subtrees', () => {
    const leaves = Array.from({ length: 29 }, (_, i) => leafHash(Buffer.from([i])));
    const complete = (level: number, index: number) =>
      rangeHash(leaves, { start: index * 2 ** level, end: (index + 1) * 2 ** level });
    for (const [start, end] of [
      [0, 29],
      [16, 29],
      [24, 29],
      [8, 13],
    ]) {
      const nodes = rangeNodes({ start, end }).map((n) => complete(n.level, n.index));
      expect(foldNodes(nodes)).toEqual(rangeHash(leaves, { start, end }));
    }
  });

  it('reports a leaf beyond the tree as such, never as included', () => {
    const root = tree.root(4);
    expect(verifyInclusion(4, 4, tree.root(1), [], root)).toEqual({ ok: false, failure: 'beyond-tree' });
    expect(() => tree.inclusionProof(8, 8)).toThrow(RangeError);
    expect(verifyConsistency(5, 4, [], root, root)).toEqual({ ok: false, failure: 'beyond-tree' });
  });
});
