import { createHash, randomBytes } from 'node:crypto';
import { commitmentOf } from './seed-commitment';

describe('commitmentOf', () => {
  it("is SHA-256 over the seed's bytes, as node:crypto computes it", () => {
    for (let i = 0; i < 20; i += 1) {
      const seed = randomBytes(32).toString('hex');
      expect(commitmentOf(seed)).toBe(createHash('sha256').update(Buffer.from(seed, 'hex')).digest('hex'));
    }
  });

  it("hashes the seed's bytes, not its text", () => {
    expect(commitmentOf('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // SHA-256 of the single byte 0x00.
    expect(commitmentOf('00')).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
  });

  it('matches a commitment recorded by the api', () => {
    expect(commitmentOf('dc6b26dc838c07dda8110168b8d752029731c992f8a2e3992ac536460b5f7326')).toBe(
      '541624269afc547f09ed2114fd51b5cdffab83bcb5189c3094f84eb42b9f5447',
    );
  });
});
