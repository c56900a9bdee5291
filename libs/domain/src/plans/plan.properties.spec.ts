import fc from 'fast-check';
import { DomainError } from '../domain-error';
import type { ListedItemFact } from '../registers/joint-item-list';
import { type PlanCommand, type PlanDefinition, type PlanState, planDecider } from './plan';

/*
 * Random plan commands in random order, with random changes (items of other departments, retired
 * items, windows across years, ratios out of range): the decider refuses only with DomainErrors
 * of a stable code, decides purely, and what it accepts keeps the plan sound.
 */
const items: ListedItemFact[] = [
  { itemId: 'i-scjg', departmentId: 'scjg', retired: false },
  { itemId: 'i-yjj', departmentId: 'yjj', retired: false },
  { itemId: 'i-other', departmentId: 'swj', retired: false },
  { itemId: 'i-retired', departmentId: 'scjg', retired: true },
];
const facts = { items, registeredDepartmentIds: ['scjg', 'yjj', 'swj'] };
const base: PlanDefinition = {
  year: 2026,
  name: '年度计划',
  leadDepartmentId: 'scjg',
  cooperatingDepartmentIds: ['yjj'],
  itemIds: ['i-scjg', 'i-yjj'],
  targetCriteria: { kinds: ['enterprise'] },
  ratiosByCreditRisk: { A: 0.03, B: 0.05, C: 0.1, D: 0.3 },
  window: { from: '2026-03-01', to: '2026-11-30' },
};

const changes = fc.record(
  {
    itemIds: fc.subarray(['i-scjg', 'i-yjj', 'i-other', 'i-retired', 'i-missing']),
    cooperatingDepartmentIds: fc.subarray(['yjj', 'swj', 'scjg', 'nobody']),
    window: fc.constantFrom(
      { from: '2026-03-01', to: '2026-11-30' },
      { from: '2026-12-01', to: '2026-03-01' },
      { from: '2025-12-01', to: '2026-02-01' },
    ),
    ratiosByCreditRisk: fc.constantFrom({ A: 0.03, B: 0.05, C: 0.1, D: 0.3 }, { A: -1, B: 2, C: 0, D: 0.5 }),
    name: fc.constantFrom('年度计划', '', '调整后的计划'),
  },
  { requiredKeys: [] },
);

const command: fc.Arbitrary<PlanCommand> = fc.oneof(
  changes.map((c) => ({ kind: 'DraftPlan' as const, planId: 'p1', definition: { ...base, ...c }, facts })),
  fc.constant({ kind: 'PublishPlan' as const, planId: 'p1' }),
  fc.tuple(changes, fc.constantFrom('新增检查事项', '')).map(([c, reason]) => ({
    kind: 'AdjustPlan' as const,
    planId: 'p1',
    changes: c,
    reason,
    facts,
  })),
  fc.constantFrom('年度工作完成', '').map((reason) => ({ kind: 'ClosePlan' as const, planId: 'p1', reason })),
);

function invariants(before: PlanState, after: PlanState): void {
  if (before.status === 'closed') expect(after).toBe(before);
  if (before.status !== 'absent') expect(after.status).not.toBe('absent');
  if (after.status === 'absent') return;
  if (before.status !== 'absent' && before.everPublished) expect(after.everPublished).toBe(true);
  if (before.status !== 'absent') expect(after.version).toBeGreaterThanOrEqual(before.version);
  // The published version changes only by a publication, which takes the draft as it stood.
  const publishedBefore = before.status === 'absent' ? undefined : before.published;
  if (after.version === (before.status === 'absent' ? 0 : before.version)) {
    expect(after.published).toEqual(publishedBefore);
  } else if (before.status !== 'absent') {
    expect(after.published).toEqual(before.draft);
  }
  expect(after.everPublished).toBe(after.published !== undefined);
  for (const definition of [after.draft, ...(after.published ? [after.published] : [])]) {
    const listed = new Map(items.map((i) => [i.itemId, i]));
    const departments = [definition.leadDepartmentId, ...definition.cooperatingDepartmentIds];
    for (const itemId of definition.itemIds) {
      expect(listed.get(itemId)?.retired).toBe(false);
      expect(departments).toContain(listed.get(itemId)!.departmentId);
    }
    expect(definition.window.from <= definition.window.to).toBe(true);
  }
}

describe('plan decider, under random commands (fast-check)', () => {
  it('refuses only with DomainErrors of a stable code, decides purely, and keeps every plan sound', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 30 }), (sequence) => {
        let state = planDecider.initialState();
        for (const next of sequence) {
          let events;
          try {
            events = planDecider.decide(next, state);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).code).toMatch(/^[A-Z][A-Z0-9_]*$/);
            continue;
          }
          expect(planDecider.decide(next, state)).toEqual(events);
          const after = events.reduce(planDecider.evolve, state);
          invariants(state, after);
          state = after;
        }
      }),
      { numRuns: 500 },
    );
  });
});
