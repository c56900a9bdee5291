import { commitmentOf } from './seed-commitment';
import { DrawRun, type DrawInputs, quotaBound } from './draw-run';
import type { EntityDrawRecord } from './draw-records';
import {
  PUBLIC_DRAW_BUNDLE_FORMAT,
  PUBLIC_DRAW_COLUMNS,
  type PublicDrawBundleHeader,
  publicDrawRow,
} from './public-draw-bundle';
import { checkPublicDrawBundle } from './public-draw-check';
import type { PoolProfile } from './candidate-pool';

const seed = (byte: string) => byte.repeat(32);
const profile = (n: number): PoolProfile => ({
  kind: 'enterprise',
  regionCode: n % 2 ? '320102' : '320104',
  industryCode: 'H6210',
  tags: n % 3 ? [] : ['餐饮'],
  scale: n % 5 ? undefined : 'small',
  creditRisk: (['A', 'B', 'C', 'D'] as const)[n % 4],
  abnormalList: n === 7,
  seriousViolationList: false,
  complaintsThisYear: 0,
});
const id = (n: number) => `91320102MA${String(n).padStart(6, '0')}XX`;
const rows = Array.from({ length: 40 }, (_, n) => ({
  n,
  registered: n !== 3,
  checks: n === 7 || n === 8 ? 2 : 0,
}));

const task = { criteria: { tags: [] }, sampling: { ratio: 0.2, byCreditRisk: { D: 0.5 } } };

/** A bundle as the api writes it, of a draw made here the way the api makes it. */
function bundle(v2: boolean): { header: PublicDrawBundleHeader; lines: string[] } {
  const seeds = {
    lead: seed('11'),
    contributions: { xf: seed('22') },
    inspectors: { scjg: seed('33'), xf: seed('44') },
  };
  const beacon = {
    source: 'cwl-3d',
    round: '2026115',
    drawDate: '2026-05-01',
    publishedAt: '2026-05-01T13:15:00.000Z',
  };
  const inputs: DrawInputs & { position: number } = {
    seed: seeds.lead,
    publicRandom: v2 ? '' : '3D 2026054: 7 1 9',
    year: 2026,
    cap: 2,
    keyItems: false,
    specialActionReason: null,
    position: 99,
    ...(v2 ? { v2: { seeds, beacon: { ...beacon, value: '528' }, operatorTrusted: null } } : {}),
  };
  const run = new DrawRun(task, inputs, quotaBound(task, 1_000));
  const lines: string[] = [];
  for (const { n, registered, checks } of rows) {
    run.add(id(n), profile(n), registered, checks);
    lines.push(JSON.stringify(publicDrawRow(id(n), profile(n), registered, checks)));
  }
  const { record, outcome } = run.finish();
  const header: PublicDrawBundleHeader = {
    format: PUBLIC_DRAW_BUNDLE_FORMAT,
    taskId: 't1',
    task,
    record,
    commitments: {
      lead: commitmentOf(seeds.lead),
      contributions: v2 ? { xf: commitmentOf(seeds.contributions.xf) } : {},
      inspectors: { scjg: commitmentOf(seeds.inspectors.scjg), xf: commitmentOf(seeds.inspectors.xf) },
    },
    beacon: v2 ? { ...beacon, value: '528' } : null,
    operatorTrusted: null,
    frozen: v2 ? { position: 99, frozenAt: '2026-05-01T02:00:00.000Z' } : null,
    inspectorSeeds: { scjg: seeds.inspectors.scjg, xf: seeds.inspectors.xf },
    drawnIds: Object.values(outcome.selected).flat(),
    columns: PUBLIC_DRAW_COLUMNS,
  };
  return { header, lines };
}

const text = (header: PublicDrawBundleHeader, lines: string[], entities = lines.length) =>
  [JSON.stringify(header), ...lines, JSON.stringify({ end: { entities } })].join('\n') + '\n';

const firstDifference = (header: PublicDrawBundleHeader, lines: string[], entities?: number) =>
  checkPublicDrawBundle(text(header, lines, entities)).differences[0];

const edit = (header: PublicDrawBundleHeader, change: (r: EntityDrawRecord) => void) => {
  const copy = JSON.parse(JSON.stringify(header)) as PublicDrawBundleHeader;
  change(copy.record);
  return copy;
};

describe('the public draw check', () => {
  it.each([
    ['v1 (seed and public value)', false],
    ['v2 (every seed and the beacon)', true],
  ])('verifies an untouched %s draw and recomputes its selection', (_name, v2) => {
    const { header, lines } = bundle(v2);
    const verdict = checkPublicDrawBundle(text(header, lines));
    expect(verdict).toMatchObject({
      verified: true,
      differences: [],
      entities: 40,
      poolDigest: header.record.poolDigest,
      selectedDigest: header.record.selectedDigest,
      quotas: header.record.quotas,
    });
    expect(verdict.selected).toEqual(header.drawnIds);
    expect(header.record.exclusions).toEqual({
      deregistered: 1,
      notMatchingCriteria: 0,
      yearlyCap: 1,
      capExemptions: 1,
    });
  });

  it('names the seed that does not answer its commitment', () => {
    const { header, lines } = bundle(true);
    const wrong = edit(header, (r) => (r.seeds!.inspectors.xf = seed('55')));
    expect(firstDifference(wrong, lines)).toEqual({ kind: 'seed-commitment', subject: 'inspectors.xf' });
    const v1 = bundle(false);
    expect(
      firstDifference(
        edit(v1.header, (r) => (r.seed = seed('66'))),
        v1.lines,
      ),
    ).toMatchObject({
      kind: 'seed-commitment',
      subject: 'lead',
    });
    expect(firstDifference({ ...v1.header, inspectorSeeds: { scjg: seed('77') } }, v1.lines)).toMatchObject({
      kind: 'seed-commitment',
      subject: 'inspectors.scjg',
    });
  });

  it('refuses a draw that used another beacon value, another P or a pool frozen after publication', () => {
    const { header, lines } = bundle(true);
    expect(firstDifference({ ...header, beacon: { ...header.beacon!, value: '529' } }, lines)).toMatchObject({
      kind: 'beacon',
    });
    expect(firstDifference({ ...header, beacon: { ...header.beacon!, value: null } }, lines)).toMatchObject({
      kind: 'beacon',
    });
    expect(firstDifference({ ...header, frozen: { ...header.frozen!, position: 98 } }, lines)).toMatchObject({
      kind: 'frozen-position',
      recorded: '98',
      recomputed: '99',
    });
    const late = { ...header, frozen: { position: 99, frozenAt: '2026-05-01T13:15:00.000Z' } };
    expect(firstDifference(late, lines)).toMatchObject({ kind: 'frozen-after-publication' });
  });

  it('refuses an operator-trusted reason other than the one given at initiation', () => {
    const { header, lines } = bundle(true);
    const trusted = edit({ ...header, beacon: null, operatorTrusted: { reason: '紧急' } }, (r) => {
      r.beacon = null;
      r.operatorTrusted = { reason: '其他' };
    });
    expect(firstDifference(trusted, lines)).toMatchObject({ kind: 'operator-trusted' });
  });

  it('refuses criteria or sampling other than the task’s', () => {
    const { header, lines } = bundle(false);
    expect(
      firstDifference(
        edit(header, (r) => (r.sampling = { count: 3 })),
        lines,
      ),
    ).toMatchObject({
      kind: 'task-rules',
      subject: 'sampling',
    });
  });

  it('tells a changed pool by its size, digest, exclusions and quotas', () => {
    const { header, lines } = bundle(false);
    const fewer = lines.filter((_, i) => i !== 10);
    const kinds = checkPublicDrawBundle(text(header, fewer)).differences.map((d) => d.kind);
    expect(kinds[0]).toBe('pool-size');
    expect(kinds).toContain('pool-digest');
    const checked = lines.map((l, i) => (i === 8 ? l.replace(/,2\]$/, ',0]') : l));
    expect(checkPublicDrawBundle(text(header, checked)).differences.map((d) => d.kind)).toContain(
      'exclusions',
    );
  });

  it('tells a drawn list other than the record’s', () => {
    const { header, lines } = bundle(false);
    expect(firstDifference({ ...header, drawnIds: header.drawnIds.slice(1) }, lines)).toMatchObject({
      kind: 'drawn-list',
    });
  });

  it('stops at a malformed, unordered or truncated file', () => {
    const { header, lines } = bundle(false);
    expect(firstDifference(header, [...lines.slice(0, 5), '{oops', ...lines.slice(5)])).toEqual({
      kind: 'format',
      subject: 'line 7',
    });
    expect(firstDifference(header, [lines[1], lines[0], ...lines.slice(2)])).toMatchObject({
      kind: 'format',
      subject: 'line 3',
    });
    expect(firstDifference(header, [...lines.slice(0, 5), '["x",1]'])).toMatchObject({ kind: 'format' });
    expect(firstDifference(header, lines, 41)).toMatchObject({
      kind: 'truncated',
      recorded: '41',
      recomputed: '40',
    });
    expect(checkPublicDrawBundle([JSON.stringify(header), ...lines].join('\n')).differences[0]).toMatchObject(
      {
        kind: 'truncated',
      },
    );
    expect(checkPublicDrawBundle('').differences).toEqual([{ kind: 'format', subject: 'line 1' }]);
    expect(checkPublicDrawBundle('{"format":"other"}').differences[0]).toEqual({
      kind: 'format',
      subject: 'line 1',
    });
  });
});
