import { createHash, randomBytes } from 'node:crypto';
import { StratumSelection } from './stratum-selection';

const key = randomBytes(32);
const keys = new Map<string, Buffer>();
const hashOf = (id: string) =>
  createHash('sha256')
    .update(key)
    .update('B')
    .update(new Uint8Array([0]))
    .update(id)
    .digest();
const full = (id: string) => {
  let hash = keys.get(id);
  if (!hash) keys.set(id, (hash = hashOf(id)));
  return hash;
};
const byKey = (a: string, b: string) => Buffer.compare(full(a), full(b));
const halves = (id: string) => {
  const h = full(id);
  return { hi: h.readUIntBE(0, 6), lo: h.readUIntBE(6, 6) };
};

describe('a stratum selection', () => {
  it('keeps the smallest keys in draw order through many cuts, whatever the bound', () => {
    const ids = Array.from({ length: 5_000 }, (_, n) => `E${n}`);
    for (const bound of [0, 1, 7, 100, 2_000, 6_000]) {
      const selection = new StratumSelection(bound, key, 'B');
      for (const id of ids) {
        const { hi, lo } = halves(id);
        selection.offer(hi, lo, id);
      }
      const quota = Math.min(bound, ids.length);
      expect(selection.size).toBe(ids.length);
      expect(selection.smallest(quota)).toEqual([...ids].sort(byKey).slice(0, quota));
      expect(selection.letGo).toBe(2 * Math.max(1, bound) <= ids.length);
    }
  });

  it('orders keys equal in their first 96 bits by the rest of the key', () => {
    // Forced ties (SHA-256 makes real ones practically impossible): the full keys decide.
    const ids = Array.from({ length: 300 }, (_, n) => `T${n}`);
    const selection = new StratumSelection(40, key, 'B');
    for (const id of ids) selection.offer(5, id.length, id);
    const rest = (a: string, b: string) =>
      a.length - b.length || Buffer.compare(full(a).subarray(12), full(b).subarray(12));
    expect(selection.smallest(40)).toEqual([...ids].sort(rest).slice(0, 40));
  });
});
