import { createHash } from 'node:crypto';
import { PoolDigest } from './draw-digests';

const reference = (lines: [string, string][]) =>
  createHash('sha256')
    .update(lines.map(([id, stratum]) => `${id}\t${stratum}\n`).join(''))
    .digest('hex');

describe('the pool digest', () => {
  it('is SHA-256 over the `id TAB stratum LF` lines as UTF-8, whatever the ids hold', () => {
    const lines: [string, string][] = [];
    for (let n = 0; n < 30_000; n += 1) lines.push([`E${String(n).padStart(10, '0')}`, 'ABCD'[n % 4]]);
    lines.push(['企业-é', 'all'], ['𠀀甲', 'B'], ['lone \ud800 surrogate', 'C'], ['x'.repeat(70_000), 'D']);
    for (let n = 0; n < 5_000; n += 1) lines.push([`Z${n}-${'é'.repeat(n % 40)}`, 'all']);
    const digest = new PoolDigest();
    for (const [id, stratum] of lines) digest.add(id, stratum);
    expect(digest.finish()).toBe(reference(lines));
  });

  it('of an empty pool is the hash of nothing', () => {
    expect(new PoolDigest().finish()).toBe(reference([]));
  });
});
