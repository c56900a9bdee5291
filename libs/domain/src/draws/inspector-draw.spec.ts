import { createHash } from 'node:crypto';
import { type InspectorCandidate, drawInspectors } from './inspector-draw';
import type { Sha256 } from './sha256';

const sha256: Sha256 = (parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
};
const seed = createHash('sha256').update('task-seed').digest('hex');
const inspectors = (n: number, regionCode = '320102'): InspectorCandidate[] =>
  Array.from({ length: n }, (_, i) => ({ inspectorId: `p${regionCode}-${i}`, regionCode, conflicts: [] }));
const entities = (n: number, regionCode = '320102') =>
  Array.from({ length: n }, (_, i) => ({ entityId: `e${String(i).padStart(3, '0')}`, regionCode }));
const base = { seed, departmentId: 'scjg', perEntity: 1, neighbours: {} };

describe('inspector draw', () => {
  it('is a pure function of its inputs, whatever order they come in', () => {
    const input = { ...base, entities: entities(10), candidates: inspectors(4) };
    const reversed = {
      ...input,
      entities: [...input.entities].reverse(),
      candidates: [...input.candidates].reverse(),
    };
    expect(drawInspectors(sha256, reversed)).toEqual(drawInspectors(sha256, input));
  });

  it('spreads the work: nobody gets a second entity while a colleague has none', () => {
    const { assignments } = drawInspectors(sha256, {
      ...base,
      entities: entities(7),
      candidates: inspectors(3),
      perEntity: 1,
    });
    const load = new Map<string, number>();
    for (const a of assignments) for (const id of a.inspectorIds) load.set(id, (load.get(id) ?? 0) + 1);
    expect([...load.values()].sort()).toEqual([2, 2, 3]);
    const firstThree = assignments.slice(0, 3).flatMap((a) => a.inspectorIds);
    expect(new Set(firstThree).size).toBe(3);
  });

  it('never draws an inspector for an entity they declared a conflict with (回避)', () => {
    const candidates = inspectors(2).map((c, i) => (i === 0 ? { ...c, conflicts: ['e000'] } : c));
    const { assignments } = drawInspectors(sha256, { ...base, entities: entities(1), candidates });
    expect(assignments[0].inspectorIds).toEqual([candidates[1].inspectorId]);
  });

  it("takes the neighbouring regions' inspectors only when the entity's region has too few, and says so", () => {
    const candidates = [...inspectors(1, '320102'), ...inspectors(3, '320104')];
    const { assignments, shortages } = drawInspectors(sha256, {
      ...base,
      perEntity: 2,
      entities: entities(1),
      candidates,
      neighbours: { '320102': ['320104'] },
    });
    expect(shortages).toEqual([]);
    expect(assignments[0].inspectorIds[0]).toBe('p320102-0');
    expect(assignments[0].fromNeighbours).toHaveLength(1);
  });

  it('names the entity, the department and what is missing when the pool is too small', () => {
    const { shortages } = drawInspectors(sha256, {
      ...base,
      perEntity: 3,
      entities: entities(1),
      candidates: inspectors(2),
    });
    expect(shortages).toEqual([{ entityId: 'e000', departmentId: 'scjg', needed: 3, available: 2 }]);
  });
});
