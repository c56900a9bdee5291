import { createHash, randomBytes } from 'node:crypto';
import { PrefixedKeyHasher, Sha256Hasher, sha256 } from './sha256-js';

const reference = (...parts: (Uint8Array | string)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return Buffer.from(hash.digest()).toString('hex');
};
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('SHA-256 in TypeScript', () => {
  it('gives the FIPS 180-4 answers for "" and "abc"', () => {
    expect(hex(sha256([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with node:crypto at every length around the block boundaries', () => {
    for (let length = 0; length <= 300; length += 1) {
      const bytes = randomBytes(length);
      expect(hex(sha256([bytes]))).toBe(reference(bytes));
    }
  });

  it('gives the same hash however the input is split into updates', () => {
    const bytes = randomBytes(1000);
    const hasher = new Sha256Hasher();
    for (let at = 0; at < bytes.length;) {
      const next = Math.min(bytes.length, at + 1 + (bytes[at] % 130));
      hasher.update(bytes.subarray(at, next));
      at = next;
    }
    expect(hex(hasher.digest())).toBe(reference(bytes));
  });

  it('hashes strings as UTF-8, characters outside the BMP included', () => {
    for (const text of ['企业', 'é', '𠀀甲', 'a\u0000b']) expect(hex(sha256([text]))).toBe(reference(text));
  });

  it('gives the first 96 bits of prefix ‖ middle ‖ 0x00 ‖ suffix as two 48-bit numbers', () => {
    const prefix = randomBytes(32);
    const hasher = new PrefixedKeyHasher(prefix);
    for (const [middle, suffix] of [
      ['A', 'E0000000001'],
      ['all', ''],
      ['D', '企业-𠀀'.repeat(30)],
      ['', 'x'.repeat(200)],
    ]) {
      hasher.hash(middle, suffix);
      const full = reference(prefix, middle, new Uint8Array([0]), suffix);
      expect(hasher.hi.toString(16).padStart(12, '0')).toBe(full.slice(0, 12));
      expect(hasher.lo.toString(16).padStart(12, '0')).toBe(full.slice(12, 24));
    }
  });

  it('gives the same for prefixes of other lengths (no precomputed rounds)', () => {
    for (const length of [0, 5, 31, 33, 64, 100]) {
      const prefix = randomBytes(length);
      const hasher = new PrefixedKeyHasher(prefix);
      for (const [middle, suffix] of [
        ['B', 'E0000000002'],
        ['all', 'y'.repeat(90)],
      ]) {
        hasher.hash(middle, suffix);
        const full = reference(prefix, middle, new Uint8Array([0]), suffix);
        expect(hasher.hi.toString(16).padStart(12, '0') + hasher.lo.toString(16).padStart(12, '0')).toBe(
          full.slice(0, 24),
        );
      }
    }
  });
});
