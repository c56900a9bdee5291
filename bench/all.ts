/**
 * Runs every benchmark and writes docs/performance.md: for each figure, the value, the target
 * and the machine, with each bench's own output. Usage: npm run bench [-- --full] [-- --only
 * 'Draws,HTTP load'] (default sizes take minutes; --full runs each bench at the size its issue
 * names, which takes an hour or more and ~20 GB of disk for the 10,000,000-entity draw; --only
 * runs the benches of those titles and keeps the other rows and outputs of the report as they were).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { keptFromReport } from './support/kept-report';

const full = process.argv.includes('--full');
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? (process.argv[onlyIndex + 1] ?? '').split(',').map((t) => t.trim()) : undefined;

interface Target {
  value: number;
  better: 'higher' | 'lower';
}

interface Figure {
  label: string;
  pattern: RegExp;
  unit: string;
  target?: Target;
  /** The target on PostgreSQL, where it differs (issue 21). */
  postgresTarget?: Target;
}

interface Bench {
  title: string;
  script: string;
  args: string[];
  figures: Figure[];
  /** Also run with `--store postgres` (and these extra arguments), side by side with SQLite. */
  postgres?: string[];
}

const number = (text: string) => Number(text.replace(/,/g, ''));

const BENCHES: Bench[] = [
  {
    title: 'Event store',
    script: 'bench/event-store.ts',
    // The side-by-side comparison with raw better-sqlite3 runs once, in the chained bench below.
    args: [...(full ? [] : ['--events', '200000', '--streams', '4000']), '--side-by-side', '0'],
    postgres: [],
    figures: [
      {
        label: 'single-event appends, one caller',
        pattern: /one caller at a time: ([\d,]+) events\/s/,
        unit: 'events/s',
      },
      {
        label: 'single-event appends, 100 concurrent callers',
        pattern: /100 callers at once: ([\d,]+) events\/s/,
        unit: 'events/s',
        target: { value: 20_000, better: 'higher' },
      },
      {
        label: 'appends in batches of 100',
        pattern: /batches of 100[^:]*: ([\d,]+) events\/s/,
        unit: 'events/s',
        target: { value: 200_000, better: 'higher' },
        postgresTarget: { value: 50_000, better: 'higher' },
      },
      {
        label: 'appends in batches of 100, 8 concurrent callers',
        pattern: /batches of 100, \d+ callers at once[^:]*: ([\d,]+) events\/s/,
        unit: 'events/s',
        postgresTarget: { value: 50_000, better: 'higher' },
      },
      {
        label: 'readAll',
        pattern: /readAll of [\d,]+ events[^:]*: ([\d,]+) events\/s/,
        unit: 'events/s',
        target: { value: 300_000, better: 'higher' },
        postgresTarget: { value: 200_000, better: 'higher' },
      },
    ],
  },
  {
    title: 'Event store with the hash chain',
    script: 'bench/event-store.ts',
    // First, batched appends side by side: raw better-sqlite3, the store, the store with the chain.
    args: ['--events', '200000', '--streams', '4000', '--chained', '--side-by-side', '300000'],
    figures: [
      {
        label: 'side by side: raw better-sqlite3, 100 rows per transaction (the baseline)',
        pattern: /raw better-sqlite3 \(the log's[^:]*: ([\d,]+) events\/s/,
        unit: 'rows/s',
      },
      {
        label: "side by side: the store's batched appends",
        pattern: /the store's batched appends: [\d,]+ events\/s \(([\d.]+)× raw\)/,
        unit: '× raw',
      },
      {
        label: 'side by side: chained batched appends',
        pattern: /chained batched appends \(ChainingEventStore\): [\d,]+ events\/s \(([\d.]+)× raw\)/,
        unit: '× raw',
        target: { value: 0.7, better: 'higher' },
      },
      {
        label: 'single-event appends, 100 concurrent callers (chained)',
        pattern: /100 callers at once: ([\d,]+) events\/s/,
        unit: 'events/s',
        target: { value: 20_000, better: 'higher' },
      },
      {
        label: 'appends in batches of 100 (chained)',
        pattern: /batches of 100[^:]*: ([\d,]+) events\/s/,
        unit: 'events/s',
      },
    ],
  },
  {
    title: 'Projections',
    script: 'bench/projections.ts',
    args: full ? [] : ['--events', '300000'],
    postgres: [],
    figures: [
      {
        label: 'rebuild',
        pattern: /rebuild over [\d,]+ events: ([\d,]+) events\/s/,
        unit: 'events/s',
        target: { value: 150_000, better: 'higher' },
      },
      {
        label: 'live lag after a burst',
        pattern: /applied the last one (\d+) ms after/,
        unit: 'ms',
        target: { value: 1000, better: 'lower' },
      },
    ],
  },
  {
    title: 'Read-model store (embedded)',
    script: 'bench/read-store.ts',
    args: full ? [] : ['--documents', '1000000'],
    figures: [
      {
        label: 'a page at the very end',
        pattern: /after document [\d,]+: \d+ documents, median ([\d.]+) ms/,
        unit: 'ms',
      },
    ],
  },
  {
    title: 'Draws',
    script: 'bench/draw.ts',
    args: full ? [] : ['--entities', '1000000'],
    // At 1,000,000 entities on PostgreSQL (issue 21); --full's 10,000,000 stays SQLite's.
    postgres: full ? ['--entities', '1000000'] : [],
    figures: [
      {
        label: 'district draw',
        pattern: /draw, district[^\n]* in ([\d.]+) s/,
        unit: 's',
        ...(full ? { target: { value: 3, better: 'lower' as const } } : {}),
      },
      {
        label: 'whole-directory draw',
        pattern: /draw, whole directory[^\n]* in ([\d.]+) s/,
        unit: 's',
        ...(full ? { target: { value: 30, better: 'lower' as const } } : {}),
      },
      {
        label: "readAll of the same log (the verifications' baseline)",
        pattern: /readAll baseline: [\d,]+ events in ([\d.]+) s/,
        unit: 's',
      },
      {
        label: 'verification of the district draw',
        pattern: /verify \(draw, district[^\n]* in ([\d.]+) s/,
        unit: 's',
      },
      {
        label: 'verification of the district draw ÷ readAll',
        pattern: /verify \(draw, district[^\n]*\n {2}verified; ([\d.]+) × the readAll/,
        unit: '×',
        ...(full ? { target: { value: 2, better: 'lower' as const } } : {}),
      },
      {
        label: 'verification of the whole-directory draw',
        pattern: /verify \(draw, whole[^\n]* in ([\d.]+) s/,
        unit: 's',
      },
      {
        label: 'verification of the whole-directory draw ÷ readAll',
        pattern: /verify \(draw, whole[^\n]*\n {2}verified; ([\d.]+) × the readAll/,
        unit: '×',
        ...(full ? { target: { value: 2, better: 'lower' as const } } : {}),
      },
      {
        label: 'peak memory',
        pattern: /peak RSS: ([\d,]+) MiB/,
        unit: 'MiB',
        target: { value: 2048, better: 'lower' },
      },
    ],
  },
  {
    title: 'Evidence uploads (200 MiB)',
    script: 'bench/blob-upload.ts',
    args: ['--mb', '200'],
    figures: [
      ...(
        ['filesystem put()', 'filesystem resumable upload', 'S3 put()', 'S3 resumable upload'] as const
      ).flatMap((name): Figure[] => {
        const at = name.replace(/[()]/g, '\\$&');
        return [
          { label: name, pattern: new RegExp(`${at} +([\\d.]+) MiB/s`), unit: 'MiB/s' },
          {
            label: `${name}: peak memory above start`,
            pattern: new RegExp(`${at} [^\\n]*peak RSS \\+([\\d.]+) MiB`),
            unit: 'MiB',
            target: { value: 100, better: 'lower' },
          },
        ];
      }),
    ],
  },
  {
    title: 'Evidence uploads through the api (200 MiB)',
    script: 'bench/evidence-http.ts',
    args: ['--mb', '200'],
    figures: (['filesystem', 'S3'] as const).flatMap((store): Figure[] => [
      {
        label: `${store}: through the api`,
        pattern: new RegExp(`${store}: through the api +([\\d.]+) MiB/s`),
        unit: 'MiB/s',
      },
      {
        label: `${store}: the api's peak memory above its start`,
        pattern: new RegExp(`${store}: through the api [^\\n]*api peak memory \\+([\\d.]+) MiB`),
        unit: 'MiB',
        target: { value: 100, better: 'lower' },
      },
    ]),
  },
  {
    title: 'Case file export (100 attachments)',
    script: 'bench/case-file.ts',
    args: [],
    figures: [
      {
        label: 'baseline: raw yazl ZIP of the files',
        pattern: /run 1: baseline raw yazl ([\d.]+) s/,
        unit: 's',
      },
      { label: 'case-file export', pattern: /run 1: [^\n]*case-file export ([\d.]+) s/, unit: 's' },
      {
        label: 'case-file export: peak memory',
        pattern: /run 1: [^\n]*case-file export [^\n]*peak RSS \+(\d+) MiB/,
        unit: 'MiB',
      },
    ],
  },
  {
    title: 'Printed forms',
    script: 'bench/forms.ts',
    args: ['--seconds', '3'],
    figures: [
      {
        label: 'baseline: empty document, same font',
        pattern: /^baseline: [^\n]*?: ([\d.]+) ms per form/m,
        unit: 'ms',
      },
      { label: '检查告知书 (notice)', pattern: /检查告知书 \(notice\): ([\d.]+) ms per form/, unit: 'ms' },
      { label: '检查表 (inspection form)', pattern: /检查表 \([^)]*\): ([\d.]+) ms per form/, unit: 'ms' },
      {
        label: '检查结果告知书 (result notice)',
        pattern: /检查结果告知书 \([^)]*\): ([\d.]+) ms per form/,
        unit: 'ms',
      },
    ],
  },
  {
    title: 'Quick start',
    script: 'bench/start.ts',
    args: ['--runs', '3'],
    figures: [
      {
        label: 'npm start on a built tree to /health 200',
        pattern: /npm start on a built tree to \/health 200[^:]*: ([\d.]+) s/,
        unit: 's',
        target: { value: 5, better: 'lower' },
      },
      {
        label: 'node dist/apps/api/main.js to /health 200 (baseline)',
        pattern: /node dist\/apps\/api\/main\.js to \/health 200[^:]*: ([\d.]+) s/,
        unit: 's',
      },
      {
        label: 'npm start on a built tree / node directly',
        pattern: /npm start on a built tree \/ node directly: ([\d.]+) ×/,
        unit: '×',
      },
    ],
  },
  {
    title: 'Bulk import',
    script: 'bench/import.ts',
    args: full ? [] : ['--rows', '100000'],
    figures: [
      {
        label: 'first import',
        pattern: /first import: HTTP \d+ in [\d.]+ s = ([\d,]+) rows\/s/,
        unit: 'rows/s',
      },
      {
        label: 'chained batched appends, same run',
        pattern: /baseline: chained batched appends[^:]*: ([\d,]+) rows\/s/,
        unit: 'rows/s',
      },
      {
        label: 'import / chained batched appends',
        pattern: /import \/ chained batched appends: ([\d.]+)×/,
        unit: '×',
        target: { value: 0.5, better: 'higher' },
      },
      {
        label: 're-import / scan of the sheet',
        pattern: /re-import \/ scan of the sheet: ([\d.]+)×/,
        unit: '×',
      },
      {
        label: 're-import / scan of the sheet, of CPU time',
        pattern: /re-import \/ scan of the sheet: [\d.]+×; of CPU time ([\d.]+)×/,
        unit: '×',
      },
      {
        label: 'peak api memory, first import',
        pattern: /first import:[^\n]*peak api RSS (\d+) MiB/,
        unit: 'MiB',
      },
    ],
  },
  {
    title: 'HTTP load',
    script: 'bench/http.ts',
    args: ['--seconds', '30'],
    // Entries only, with one api instance and then two on the same database.
    postgres: ['--instances', '2', '--load', 'entries'],
    figures: [
      {
        label: 'result entries',
        pattern: /result entries \(POST[^)]*\): ([\d,]+)\/s/,
        unit: 'commands/s',
      },
      {
        label: 'result entries p99 (32 connections)',
        pattern: /result entries \(POST[^\n]*p99 (\d+) ms/,
        unit: 'ms',
        target: { value: 100, better: 'lower' },
      },
      {
        label: 'result entries, projections removed (same run)',
        pattern: /result entries without projections \(POST[^)]*\): ([\d,]+)\/s/,
        unit: 'commands/s',
      },
      {
        label: 'result entries with projections / without',
        pattern: /entries with projections \/ without: ([\d.]+) ×/,
        unit: '×',
        target: { value: 0.8, better: 'higher' },
      },
      {
        label: 'result entries, two api instances',
        pattern: /result entries with 2 api instances \(POST[^)]*\): ([\d,]+)\/s/,
        unit: 'commands/s',
      },
      {
        label: 'two instances / one instance',
        pattern: /2 instances \/ 1 instance: ([\d.]+) ×/,
        unit: '×',
        postgresTarget: { value: 1.0001, better: 'higher' },
      },
      {
        label: 'dashboard reads',
        pattern: /dashboard reads[^:]*: ([\d,]+)\/s/,
        unit: 'requests/s',
        target: { value: 5000, better: 'higher' },
      },
      {
        label: 'dashboard reads p99',
        pattern: /dashboard reads[^\n]*p99 (\d+) ms/,
        unit: 'ms',
        target: { value: 20, better: 'lower' },
      },
      {
        label: 'dashboard reads as a signed-in official (session check)',
        pattern: /session token: ([\d,]+)\/s/,
        unit: 'requests/s',
        target: { value: 5000, better: 'higher' },
      },
      {
        label: 'dashboard reads as a signed-in official p99',
        pattern: /session token:[^\n]*p99 (\d+) ms/,
        unit: 'ms',
        target: { value: 20, better: 'lower' },
      },
    ],
  },
];

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const rows: string[] = [];
const outputs: string[] = [];

/** Runs one bench on one store; its output (also printed). */
function run(bench: Bench, args: string[], store: string): string {
  const command = `npx tsx ${bench.script} ${args.join(' ')}`.trim();
  console.log(`running ${command}`);
  const result = spawnSync('npx', ['tsx', bench.script, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}${result.status === 0 ? '' : `\n(exit ${result.status}) ${result.stderr}`}`;
  console.log(output);
  outputs.push(`### ${bench.title} (${store})\n\n\`${command}\`\n\n\`\`\`\n${output.trim()}\n\`\`\`\n`);
  return output;
}

const measured = (figure: Figure, output: string | undefined) => {
  const match = output === undefined ? null : figure.pattern.exec(output);
  return match ? number(match[1]) : undefined;
};
const shown = (value: number | undefined, unit: string) =>
  value === undefined ? '' : `${value.toLocaleString('en-US')} ${unit}`;
const sign = (target: Target) => (target.better === 'higher' ? '≥' : '≤');
const meets = (value: number | undefined, target: Target | undefined) =>
  value === undefined || !target
    ? ''
    : (target.better === 'higher' ? value >= target.value : value <= target.value)
      ? 'met'
      : '**not met**';

const selected = only ? BENCHES.filter((bench) => only.includes(bench.title)) : BENCHES;
if (only && selected.length !== only.length) {
  throw new Error(
    `--only names no bench titled ${only.filter((t) => !BENCHES.some((b) => b.title === t)).join(', ')}`,
  );
}
const kept = only ? keptFromReport(readFileSync('docs/performance.md', 'utf8'), BENCHES, only) : undefined;

for (const bench of selected) {
  const sqlite = run(bench, bench.args, 'SQLite');
  const postgres = bench.postgres
    ? run(bench, [...bench.args, ...bench.postgres, '--store', 'postgres'], 'PostgreSQL')
    : undefined;
  for (const figure of bench.figures) {
    const a = measured(figure, sqlite);
    const b = measured(figure, postgres);
    if (a === undefined && b === undefined && !figure.target) continue;
    const ratio = a !== undefined && b !== undefined && a > 0 ? `${(b / a).toFixed(2)}` : '';
    const targets = [
      figure.target ? `SQLite ${sign(figure.target)} ${shown(figure.target.value, figure.unit)}` : '',
      figure.postgresTarget
        ? `PostgreSQL ${sign(figure.postgresTarget)} ${shown(figure.postgresTarget.value, figure.unit)}`
        : '',
    ].filter(Boolean);
    const met = [meets(a, figure.target), bench.postgres ? meets(b, figure.postgresTarget) : '']
      .map((m, i) => (m ? `${i === 0 ? 'SQLite' : 'PostgreSQL'} ${m}` : ''))
      .filter(Boolean);
    rows.push(
      `| ${bench.title}: ${figure.label} | ${a === undefined ? (figure.postgresTarget && !figure.target ? '' : 'not measured') : shown(a, figure.unit)} | ${bench.postgres ? (b === undefined ? 'not measured' : shown(b, figure.unit)) : ''} | ${ratio} | ${targets.join('; ')} | ${met.join('; ')} |`,
    );
  }
}

writeFileSync(
  'docs/performance.md',
  `# Performance report

${kept?.written ? `${kept.written}\nThen \`npm run bench -- --only '${only?.join(',')}'\` ran those benches again on ${new Date().toISOString().slice(0, 10)}, on ${machine}.` : `Written by \`npm run bench${full ? ' -- --full' : ''}\` on ${new Date().toISOString().slice(0, 10)}, on ${machine}.`}
${full ? 'Every bench ran at the size its issue names.' : 'Default sizes (minutes in all); `npm run bench -- --full` runs each at the size its issue names. Targets stated for a larger size are compared only there.'}
How each bench works, and the figures of earlier runs: [benchmarks.md](benchmarks.md).

Each bench that has a PostgreSQL column ran twice in this run, once on each store (the PostgreSQL
one on a throwaway durable cluster: fsync and synchronous commits on). The ratio is PostgreSQL / SQLite.
Each PostgreSQL phase prints the CPU its processes used (in the outputs below): what limited it;
where a PostgreSQL target is missed, [benchmarks.md](benchmarks.md#postgresql-beside-sqlite-issue-21----store-postgres) reads the profile.

| figure | SQLite | PostgreSQL | ratio | target | |
| --- | --- | --- | --- | --- | --- |
${(kept ? kept.rows(rows) : rows).join('\n')}

## Each bench's output

${(kept ? kept.outputs(outputs) : outputs).join('\n')}`,
);
// Here rather than in the npm script, which would hand `-- --only …` to prettier instead.
spawnSync('npx', ['prettier', '--write', 'docs/performance.md'], { stdio: 'ignore' });
console.log('wrote docs/performance.md');
