import { commitmentOf } from './seed-commitment';
import { NO_BEACON, drawKeyV2, inspectorDepartmentKeyV2, seedMismatches, seedsDigest } from './draw-key-v2';
import { toHex } from './sha256';

/** Known answers computed with Python's hashlib from docs/draw.md §2 alone. */
describe('the v2 draw key (docs/draw.md §2)', () => {
  const seeds = {
    lead: '11'.repeat(32),
    contributions: { xf: '22'.repeat(32), ws: '33'.repeat(32) },
    inspectors: { scjg: '44'.repeat(32), xf: '55'.repeat(32) },
  };
  const beacon = { source: 'cwl-3d', round: '2026115', value: '528' };

  it('hashes the seeds as sorted lines', () => {
    expect(toHex(seedsDigest(seeds))).toBe(
      'e4c7a746c702ef8d9e6080d145bd775d37ed2a2cb4551f06ce907916b55eb779',
    );
  });

  it('binds the algorithm, the seeds and the beacon reading', () => {
    expect(toHex(drawKeyV2(seeds, beacon))).toBe(
      'e9e31257e40f817535ddbaf0cbb627caf5ce752b54c474a618544cc35e0f8708',
    );
  });

  it('has empty source, round and value for an operator-trusted draw', () => {
    expect(toHex(drawKeyV2(seeds, NO_BEACON))).toBe(
      'cbdb712d8a245739d4eda94fc9558c930e61c4b9e379bb95c8bc3c780f3d947b',
    );
  });

  it('keys each department’s inspector draw from the draw key', () => {
    expect(toHex(inspectorDepartmentKeyV2(drawKeyV2(seeds, beacon), 'xf'))).toBe(
      '37eef68010d9afb63a67493ac3626c2e753c7d29dbce0d8e2b57ea65e3119aac',
    );
  });

  it('does not depend on the order in which departments are listed', () => {
    const reordered = {
      ...seeds,
      contributions: { ws: seeds.contributions.ws, xf: seeds.contributions.xf },
    };
    expect(toHex(drawKeyV2(reordered, beacon))).toBe(toHex(drawKeyV2(seeds, beacon)));
  });

  it('names each seed that misses, contradicts or exceeds its commitment', () => {
    const committed = {
      lead: commitmentOf(seeds.lead),
      contributions: { xf: commitmentOf(seeds.contributions.xf), ws: commitmentOf('66'.repeat(32)) },
      inspectors: { scjg: commitmentOf(seeds.inspectors.scjg) },
    };
    expect(seedMismatches(seeds, committed).sort()).toEqual(['contributions.ws', 'inspectors.xf']);
    expect(seedMismatches({ ...seeds, lead: 'zz' }, committed)).toContain('lead');
  });
});
