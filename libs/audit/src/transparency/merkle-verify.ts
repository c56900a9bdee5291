import { nodeHash } from './merkle-hash';

/** Why a proof was not accepted (never "verified" by default). */
export type ProofFailure = 'beyond-tree' | 'wrong-proof-size' | 'root-mismatch' | 'bad-sizes' | 'bad-hash';

export type ProofCheck = { ok: true } | { ok: false; failure: ProofFailure };

const fail = (failure: ProofFailure): ProofCheck => ({ ok: false, failure });
const isHash = (h: Uint8Array): boolean => h.length === 32;
const odd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

/** RFC 9162 §2.1.3.2: is `leaf` (a leaf hash) at `index` of the tree of `size` whose root is `root`? */
export function verifyInclusion(
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): ProofCheck {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0) return fail('bad-sizes');
  if (index >= size) return fail('beyond-tree');
  if (!isHash(leaf) || !isHash(root) || !proof.every(isHash)) return fail('bad-hash');
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of proof) {
    if (sn === 0) return fail('wrong-proof-size');
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return fail('wrong-proof-size');
  return r.equals(root) ? { ok: true } : fail('root-mismatch');
}

/**
 * RFC 9162 §2.1.4.2: is the tree of `size2` (root2) an append-only extension of the tree of
 * `size1` (root1)? Equal sizes need an empty proof and equal roots; size1 must be at least 1.
 */
export function verifyConsistency(
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): ProofCheck {
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 0) return fail('bad-sizes');
  if (size1 > size2) return fail('beyond-tree');
  // The empty tree is a prefix of every tree: a proof from it proves nothing (transparency-dev agrees).
  if (size1 === 0) return fail('bad-sizes');
  if (size1 === size2) {
    if (proof.length > 0) return fail('wrong-proof-size');
    return Buffer.from(root1).equals(root2) ? { ok: true } : fail('root-mismatch');
  }
  if (!isHash(root1) || !isHash(root2) || !proof.every(isHash)) return fail('bad-hash');
  if (proof.length === 0) return fail('wrong-proof-size');
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr: Buffer = Buffer.from(path[0]);
  let sr: Buffer = Buffer.from(path[0]);
  for (const c of path.slice(1)) {
    if (sn === 0) return fail('wrong-proof-size');
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) return fail('wrong-proof-size');
  return fr.equals(root1) && sr.equals(root2) ? { ok: true } : fail('root-mismatch');
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && 2 ** Math.round(Math.log2(n)) === n;
}
