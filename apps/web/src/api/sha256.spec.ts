import { createHash, randomBytes } from 'node:crypto';
import { Sha256 } from './sha256';

const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('Sha256 (piece by piece)', () => {
  it.each([0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 100_000])('hashes %i bytes as node does', (n) => {
    const bytes = randomBytes(n);
    expect(new Sha256().update(bytes).hex()).toBe(node(bytes));
  });

  it('gives the same hash whatever the pieces', () => {
    const bytes = randomBytes(10_000);
    const hash = new Sha256();
    for (let at = 0; at < bytes.length; at += 777) hash.update(bytes.subarray(at, at + 777));
    expect(hash.hex()).toBe(node(bytes));
  });

  it('knows the empty string', () => {
    expect(new Sha256().hex()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
