import type { PoolProfile } from './candidate-pool';
import { DrawRun, type DrawInputs, type DrawnTask, quotaBound } from './draw-run';

const profile = (n: number): PoolProfile => ({
  kind: 'enterprise',
  regionCode: n % 2 ? '320102' : '320104',
  industryCode: 'H6210',
  tags: n % 3 ? [] : ['餐饮'],
  scale: n % 5 ? undefined : 'small',
  creditRisk: (['A', 'B', 'C', 'D'] as const)[n % 4],
  abnormalList: n % 97 === 0,
  seriousViolationList: false,
  complaintsThisYear: 0,
});
const id = (n: number) => `91320102MA${String(n).padStart(6, '0')}XX`;
const rows = Array.from({ length: 3_000 }, (_, n) => ({
  entityId: id(n),
  registered: n % 50 !== 3,
  checks: n % 40 === 1 ? 2 : n % 7 === 0 ? 1 : 0,
}));
const inputs: DrawInputs & { position: number } = {
  seed: '5a'.repeat(32),
  publicRandom: '',
  year: 2026,
  cap: 2,
  keyItems: false,
  specialActionReason: null,
  position: 4_321,
  itemFrequency: { frequencies: { 'item-1': 1 }, excluded: [id(14), id(28)] },
};

function whole(task: DrawnTask, bound: number) {
  const run = new DrawRun(task, inputs, quotaBound(task, bound));
  for (const row of rows)
    run.add(row.entityId, profile(Number(row.entityId.slice(10, 16))), row.registered, row.checks);
  return run.finish();
}

/** The same draw with the ids after each cut drawn apart, as another thread would, then absorbed in order. */
function inParts(task: DrawnTask, bound: number, cuts: number[]) {
  const ranges = [0, ...cuts, rows.length]
    .slice(1)
    .map((end, i, ends) => rows.slice(i ? ends[i - 1] : 0, end));
  const first = new DrawRun(task, inputs, quotaBound(task, bound));
  const later = ranges.slice(1).map((range) => {
    const lines: Uint8Array[] = [];
    const run = new DrawRun(task, inputs, quotaBound(task, bound), (bytes) => lines.push(bytes));
    for (const row of range)
      run.add(row.entityId, profile(Number(row.entityId.slice(10, 16))), row.registered, row.checks);
    return { part: run.part(), lines };
  });
  for (const row of ranges[0])
    first.add(row.entityId, profile(Number(row.entityId.slice(10, 16))), row.registered, row.checks);
  for (const { part, lines } of later) {
    for (const bytes of lines) first.addPoolLines(bytes);
    first.absorb(part);
  }
  return first.finish();
}

describe('a draw computed in parts', () => {
  for (const [name, task] of [
    ['stratified by credit class', { criteria: {}, sampling: { ratio: 0.05, byCreditRisk: { D: 0.2 } } }],
    ['a count over the whole pool', { criteria: { tags: [] }, sampling: { count: 37 } }],
  ] as [string, DrawnTask][]) {
    it(`gives the record, the outcome and the checks of one draw over the whole (${name})`, () => {
      const expected = whole(task, rows.length);
      for (const cuts of [[1_500], [1, 2_999], [700, 1_400, 2_900], [3_000]]) {
        const got = inParts(task, rows.length, cuts);
        expect(got.record).toEqual(expected.record);
        expect(got.outcome).toEqual(expected.outcome);
        expect(got.exact).toBe(true);
        expect([...got.checkedThisYear].sort()).toEqual([...expected.checkedThisYear].sort());
      }
    });
  }

  it('refuses parts out of id order', () => {
    const task: DrawnTask = { criteria: {}, sampling: { ratio: 0.1 } };
    const first = new DrawRun(task, inputs, quotaBound(task, 100));
    const other = new DrawRun(task, inputs, quotaBound(task, 100), () => undefined);
    first.add(id(5), profile(5), true, 0);
    other.add(id(4), profile(4), true, 0);
    expect(() => first.absorb(other.part())).toThrow(/ascending id order/);
  });
});
