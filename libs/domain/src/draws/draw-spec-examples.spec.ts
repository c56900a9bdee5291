import { drawnEntities } from './directory-entry';
import {
  type PoolProfile,
  PoolSieve,
  industryCovers,
  industryCoversBySection,
  matchesCriteria,
  regionCovers,
} from './candidate-pool';
import { drawEntities, quotasFor } from './entity-draw';
import { drawInspectors } from './inspector-draw';
import { sha256 } from './sha256-js';

/*
 * The known-answer examples of docs/draw.md, each checked against the code: if one fails, either
 * the code or the specification changed, and the other must follow.
 */

const profile = (fields: Partial<PoolProfile> = {}): PoolProfile => ({
  kind: 'enterprise',
  regionCode: '320102',
  industryCode: 'H6210',
  tags: [],
  scale: 'small',
  creditRisk: 'B',
  abnormalList: false,
  seriousViolationList: false,
  complaintsThisYear: 0,
  ...fields,
});

describe('docs/draw.md §1.1 region codes', () => {
  it.each([
    ['320000', '320102', true],
    ['320100', '320102', true],
    ['320100', '320100', true],
    ['320102', '320102', true],
    ['320102', '320104', false],
    ['320100', '320200', false],
    ['320000', '330102', false],
  ])('criterion %s against entity region %s: %s', (criterion, region, covered) => {
    expect(regionCovers(criterion, region)).toBe(covered);
  });
});

describe('docs/draw.md §1.2 industry codes', () => {
  it.each([
    ['H', 'H6210', true],
    ['H', '6210', false],
    ['H62', 'H6210', true],
    ['H62', '6210', true],
    ['62', 'H6210', true],
    ['621', 'H6210', true],
    ['6210', 'H6210', true],
    ['H6210', '6210', true],
    ['I62', 'H6210', true],
    ['H61', 'H6210', false],
    ['I', 'H6210', false],
    ['H6210', 'H62', false],
  ])('criterion %s against entity code %s: %s', (criterion, code, covered) => {
    expect(industryCovers(criterion, code)).toBe(covered);
  });
});

describe('docs/draw.md §1.2 industry sections in v2 draws (GB/T 4754-2017)', () => {
  it.each([
    ['H', '6210', true],
    ['H', 'H6210', true],
    ['H', '6110', true],
    ['H', '6310', false],
    ['C', '1310', true],
    ['C', '4390', true],
    ['C', '4410', false],
    ['K', '7010', true],
    ['T', '9700', true],
    ['S', '9700', false],
    ['62', 'H6210', true],
    ['H61', '6210', false],
  ])('criterion %s against entity code %s: %s', (criterion, code, covered) => {
    expect(industryCoversBySection(criterion, code)).toBe(covered);
  });

  it('is what a v2 draw applies; a v1 draw keeps comparing the letter as written', () => {
    const rules = { criteria: { industryCodes: ['H'] }, byCreditRisk: false, year: 2026, cap: 2 };
    const v1 = new PoolSieve({ ...rules, keyItems: false, specialAction: false });
    const v2 = new PoolSieve({ ...rules, keyItems: false, specialAction: false, industrySections: true });
    expect(v1.stratumOf(profile({ industryCode: '6210' }), true, 0)).toBeUndefined();
    expect(v2.stratumOf(profile({ industryCode: '6210' }), true, 0)).toBe('all');
  });
});

describe('docs/draw.md §1.2 the other criteria', () => {
  it('takes an entity sharing any one of the tags named', () => {
    const criteria = { tags: ['食品', '学校周边'] };
    expect(matchesCriteria(profile({ tags: ['学校周边', '餐饮'] }), criteria)).toBe(true);
    expect(matchesCriteria(profile({ tags: ['餐饮'] }), criteria)).toBe(false);
    expect(matchesCriteria(profile({ tags: [] }), criteria)).toBe(false);
  });

  it('leaves an entity without a scale out of a draw naming scales, counted as not matching', () => {
    const sieve = new PoolSieve({
      criteria: { scales: ['small', 'micro'] },
      byCreditRisk: false,
      year: 2026,
      cap: 2,
      keyItems: false,
      specialAction: false,
    });
    expect(sieve.stratumOf(profile({ scale: undefined }), true, 0)).toBeUndefined();
    expect(sieve.stratumOf(profile({ scale: 'micro' }), true, 0)).toBe('all');
    expect(sieve.exclusions.notMatchingCriteria).toBe(1);
    // Without a scales criterion the same entity is a candidate.
    expect(matchesCriteria(profile({ scale: undefined }), {})).toBe(true);
  });

  it('needs every criterion named (kinds and industry and tags …), any one value within each', () => {
    const criteria = { kinds: ['enterprise' as const], industryCodes: ['H', 'I'], tags: ['食品'] };
    expect(matchesCriteria(profile({ tags: ['食品'] }), criteria)).toBe(true);
    expect(matchesCriteria(profile({ tags: ['食品'], kind: 'individual_business' }), criteria)).toBe(false);
  });
});

describe('docs/draw.md §4 the drawn list across strata', () => {
  const id = (n: number) => `91320102MA${String(n).padStart(8, '0')}`;
  const classes = ['D', 'A', 'B', 'D', 'A', 'B', 'B', 'D', 'A', 'C'];
  const pool = classes.map((stratum, i) => ({ entityId: id(i + 1), stratum }));

  it('gives the quotas of ratios per class (C at 0, the ratio for A)', () => {
    const sizes = { A: 3, B: 3, C: 1, D: 3 };
    // As recorded (JSON): a ratio of 0 gives ceil(0 − 10⁻⁹), which is −0 in JavaScript, "0" in JSON.
    const quotas = quotasFor(sizes, { ratio: 0.2, byCreditRisk: { B: 0.5, C: 0, D: 0.6 } });
    expect(JSON.parse(JSON.stringify(quotas))).toEqual({
      A: 1,
      B: 2,
      C: 0,
      D: 2,
    });
    expect(quotasFor({ all: 100 }, { ratio: 0.03 })).toEqual({ all: 3 });
  });

  it('lists the strata in the order of their names, each in key order (the Python of §6 agrees)', () => {
    const outcome = drawEntities({
      pool,
      quotas: { A: 1, B: 2, C: 0, D: 2 },
      seed: '5a'.repeat(32),
      publicRandom: '3D 2026054: 7 1 9',
    });
    expect(outcome.selected).toEqual({
      A: [id(9)],
      B: [id(7), id(6)],
      C: [],
      D: [id(1), id(4)],
    });
    expect(Object.values(outcome.selected).flat()).toEqual([id(9), id(7), id(6), id(1), id(4)]);
    expect(outcome.selectedDigest).toBe('e6534c866c4d829cdf4919e7b9da18d6d5a832e4dc10607dae0ed5931b167964');
    expect(outcome.poolDigest).toBe('9162c4c4c4624b94e862d30abbf14c5228ed3271724ae6ae08443f6479a794c8');
  });
});

describe('docs/draw.md §1.3 the year a draw counts in', () => {
  const drawn = (occurredAt: string) =>
    drawnEntities({
      type: 'EntitiesDrawn',
      data: { taskId: 't', entityIds: ['e1'], draw: {} },
      metadata: { occurredAt },
    });

  it('is the Beijing year of the moment the draw event was recorded', () => {
    expect(drawn('2026-12-31T15:59:59.999Z').year).toBe(2026);
    expect(drawn('2026-12-31T16:00:00.000Z').year).toBe(2027);
  });
});

describe('docs/draw.md §8 the inspector draw', () => {
  const seed = 'c3'.repeat(32);
  // With this seed, department scjg ranks: ins-2, ins-3, ins-5, ins-4, ins-1.
  const at = (inspectorId: string, regionCode: string, conflicts: string[] = []) => ({
    inspectorId,
    regionCode,
    conflicts,
  });

  it('serves entities in id order, each taking the least loaded, the better ranked first', () => {
    const { assignments } = drawInspectors(sha256, {
      seed,
      departmentId: 'scjg',
      entities: ['e4', 'e2', 'e3', 'e1'].map((entityId) => ({ entityId, regionCode: '320102' })),
      candidates: [at('ins-1', '320102'), at('ins-2', '320102'), at('ins-3', '320102', ['e2'])],
      perEntity: 1,
      neighbours: {},
    });
    expect(assignments.map((a) => [a.entityId, a.inspectorIds])).toEqual([
      ['e1', ['ins-2']],
      ['e2', ['ins-1']],
      ['e3', ['ins-3']],
      ['e4', ['ins-2']],
    ]);
  });

  it('takes neighbours region by region in the configured order, not as one pool', () => {
    const { assignments, shortages } = drawInspectors(sha256, {
      seed,
      departmentId: 'scjg',
      entities: [{ entityId: 'e1', regionCode: '320102' }],
      candidates: [
        at('ins-1', '320102'),
        at('ins-4', '320104'),
        at('ins-2', '320105'),
        at('ins-3', '320105'),
      ],
      perEntity: 3,
      neighbours: { '320102': ['320104', '320105'] },
    });
    expect(assignments).toEqual([
      { entityId: 'e1', inspectorIds: ['ins-1', 'ins-4', 'ins-2'], fromNeighbours: ['ins-4', 'ins-2'] },
    ]);
    expect(shortages).toEqual([]);
  });

  it('uses the neighbours of the entity region only, not of a neighbour (no chains)', () => {
    const { shortages } = drawInspectors(sha256, {
      seed,
      departmentId: 'scjg',
      entities: [{ entityId: 'e1', regionCode: '320102' }],
      candidates: [at('ins-4', '320104'), at('ins-5', '320105')],
      perEntity: 2,
      neighbours: { '320102': ['320104'], '320104': ['320105'] },
    });
    expect(shortages).toEqual([{ entityId: 'e1', departmentId: 'scjg', needed: 2, available: 1 }]);
  });
});
