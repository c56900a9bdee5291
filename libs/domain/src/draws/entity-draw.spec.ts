import { createHash } from 'node:crypto';
import {
  ENTITY_DRAW_ALGORITHM,
  StratifiedDraw,
  drawEntities,
  drawKey,
  poolDigest,
  quotasFor,
} from './entity-draw';
import { compareUtf8 } from './utf8-order';
const seed = (n: number) => createHash('sha256').update(`seed-${n}`).digest('hex');
const pool = (n: number, stratum = 'all') =>
  Array.from({ length: n }, (_, i) => ({ entityId: `9132010${String(i).padStart(11, '0')}`, stratum }));

describe(`entity draw (${ENTITY_DRAW_ALGORITHM})`, () => {
  it('is a pure function of pool, quotas, seed and public value', () => {
    const input = { pool: pool(100), quotas: { all: 7 }, seed: seed(1), publicRandom: '' };
    expect(drawEntities(input)).toEqual(drawEntities(input));
    expect(drawEntities(input).selected.all).toHaveLength(7);
  });

  it('does not depend on the order in which the pool is given', () => {
    const given = pool(200);
    const shuffled = [...given]
      .reverse()
      .sort((a, b) => (a.entityId.endsWith('7') ? -1 : 0) - (b.entityId.endsWith('7') ? -1 : 0));
    const a = drawEntities({ pool: given, quotas: { all: 20 }, seed: seed(2), publicRandom: '' });
    const b = drawEntities({ pool: shuffled, quotas: { all: 20 }, seed: seed(2), publicRandom: '' });
    expect(b).toEqual(a);
    expect(poolDigest(shuffled)).toBe(a.poolDigest);
  });

  it('changes with the seed and with the public random value', () => {
    const base = { pool: pool(1000), quotas: { all: 10 }, seed: seed(3), publicRandom: '' };
    const one = drawEntities(base).selected.all;
    expect(drawEntities({ ...base, seed: seed(4) }).selected.all).not.toEqual(one);
    expect(
      drawEntities({ ...base, publicRandom: '双色球 2026136: 03 07 12 19 25 31 + 09' }).selected.all,
    ).not.toEqual(one);
  });

  it('draws inside each stratum, exactly its quota, never more than it holds', () => {
    const entries = [...pool(50, 'A'), ...pool(30, 'D').map((e) => ({ ...e, entityId: `D${e.entityId}` }))];
    const outcome = drawEntities({
      pool: entries,
      quotas: { A: 2, D: 40 },
      seed: seed(5),
      publicRandom: '',
    });
    expect(outcome.selected.A).toHaveLength(2);
    expect(outcome.selected.D).toHaveLength(30);
    expect(outcome.selected.A.every((id) => !id.startsWith('D'))).toBe(true);
    expect(outcome.poolSizes).toEqual({ A: 50, D: 30 });
  });

  it('selects the same k smallest keys whether it sorts fully or keeps a bounded buffer', () => {
    const big = pool(5000);
    const few = drawEntities({ pool: big, quotas: { all: 30 }, seed: seed(6), publicRandom: '' }).selected
      .all;
    const many = drawEntities({ pool: big, quotas: { all: 4000 }, seed: seed(6), publicRandom: '' }).selected
      .all;
    expect(many.slice(0, 30)).toEqual(few);
  });

  it('is unbiased: over 4,000 seeds every candidate is drawn about equally often (chi-square, p = 0.001)', () => {
    const candidates = pool(20);
    const counts = new Map(candidates.map((c) => [c.entityId, 0]));
    const draws = 4000;
    for (let n = 0; n < draws; n += 1) {
      const outcome = drawEntities({
        pool: candidates,
        quotas: { all: 5 },
        seed: seed(1000 + n),
        publicRandom: '',
      });
      for (const id of outcome.selected.all) counts.set(id, counts.get(id)! + 1);
    }
    const expected = (draws * 5) / 20;
    const chiSquare = [...counts.values()].reduce(
      (sum, observed) => sum + (observed - expected) ** 2 / expected,
      0,
    );
    // 19 degrees of freedom: the 0.999 quantile is 43.82.
    expect(chiSquare).toBeLessThan(43.82);
  });

  it('matches the reference implementation of docs/draw.md (Python, known answer)', () => {
    const entries = [
      ...Array.from({ length: 300 }, (_, i) => ({
        entityId: `E${String(i).padStart(3, '0')}`,
        stratum: 'AB'[i % 2],
      })),
      ...Array.from({ length: 5 }, (_, i) => ({ entityId: `企业${i}`, stratum: 'A' })),
    ];
    const seedHex = createHash('sha256').update('x').digest('hex');
    const outcome = drawEntities({
      pool: entries,
      quotas: { A: 7, B: 4 },
      seed: seedHex,
      publicRandom: 'lottery',
    });
    expect(outcome.selected).toEqual({
      A: ['E090', 'E132', 'E012', 'E248', 'E238', 'E112', 'E092'],
      B: ['E251', 'E135', 'E203', 'E085'],
    });
  });

  it('compares ids by UTF-8 bytes, not UTF-16 units', () => {
    expect(compareUtf8('\uffff', '\u{1F600}')).toBeLessThan(0);
    expect(['b', 'a', '甲'].sort(compareUtf8)).toEqual(['a', 'b', '甲']);
  });

  it('rounds ratios up per stratum and caps counts at the pool', () => {
    expect(quotasFor({ A: 100, B: 33, D: 10 }, { ratio: 0.03, byCreditRisk: { D: 0.5 } })).toEqual({
      A: 3,
      B: 1,
      D: 5,
    });
    expect(quotasFor({ all: 4 }, { count: 10 })).toEqual({ all: 4 });
  });

  it('keeps only the smallest keys as it goes, yet draws exactly what a full sort of every key gives', () => {
    const seedHex = seed(9);
    const key = drawKey(seedHex, '');
    const entries = pool(6000).map((e, i) => ({ ...e, stratum: i % 3 === 0 ? 'D' : 'A' }));
    const bruteForce = (stratum: string, quota: number) =>
      entries
        .filter((e) => e.stratum === stratum)
        .map((e) => ({
          id: e.entityId,
          key: createHash('sha256')
            .update(key)
            .update(stratum)
            .update(new Uint8Array([0]))
            .update(e.entityId)
            .digest('hex'),
        }))
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .slice(0, quota)
        .map((c) => c.id);
    // Quotas far below the strata's sizes: each stratum's buffer is cut many times on the way.
    const draw = new StratifiedDraw({
      seed: seedHex,
      publicRandom: '',
      quotaBound: (s) => (s === 'D' ? 50 : 13),
    });
    for (const e of entries) draw.add(e.entityId, e.stratum);
    const outcome = draw.finish(() => ({ A: 13, D: 50 }));
    expect(outcome.exact).toBe(true);
    expect(outcome.selected).toEqual({ A: bruteForce('A', 13), D: bruteForce('D', 50) });
    // A quota above the bound it was given cannot be answered exactly, and says so.
    const short = new StratifiedDraw({ seed: seedHex, publicRandom: '', quotaBound: () => 5 });
    for (const e of entries) short.add(e.entityId, e.stratum);
    expect(short.finish(() => ({ A: 13, D: 50 })).exact).toBe(false);
  });

  it('refuses a pool that does not come in ascending id order', () => {
    const draw = new StratifiedDraw({ seed: seed(1), publicRandom: '', quotaBound: () => 1 });
    draw.add('b', 'all');
    expect(() => draw.add('a', 'all')).toThrow(/ascending id order/);
    expect(() => draw.add('b', 'all')).toThrow(/ascending id order/);
  });
});
