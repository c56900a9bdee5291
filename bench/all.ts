/**
 * Runs every benchmark and writes docs/performance.md: for each figure, the value, the target
 * and the machine, with each bench's own output. Usage: npm run bench [-- --full]
 * (default sizes take minutes; --full runs each bench at the size its issue names, which takes
 * an hour or more and ~20 GB of disk for the 10,000,000-entity draw).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const full = process.argv.includes('--full');

interface Figure {
  label: string;
  pattern: RegExp;
  unit: string;
  target?: { value: number; better: 'higher' | 'lower' };
}

interface Bench {
  title: string;
  script: string;
  args: string[];
  figures: Figure[];
}

const number = (text: string) => Number(text.replace(/,/g, ''));

const BENCHES: Bench[] = [
  {
    title: 'Event store (embedded)',
    script: 'bench/event-store.ts',
    args: full ? [] : ['--events', '200000', '--streams', '4000'],
    figures: [
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
      },
      {
        label: 'readAll',
        pattern: /readAll of [\d,]+ events[^:]*: ([\d,]+) events\/s/,
        unit: 'events/s',
        target: { value: 300_000, better: 'higher' },
      },
    ],
  },
  {
    title: 'Event store with the hash chain',
    script: 'bench/event-store.ts',
    args: ['--events', '200000', '--streams', '4000', '--chained'],
    figures: [
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
    title: 'Projections (embedded)',
    script: 'bench/projections.ts',
    args: full ? [] : ['--events', '300000'],
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
    title: 'Draws (embedded)',
    script: 'bench/draw.ts',
    args: full ? [] : ['--entities', '1000000'],
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
        label: 'verification of the district draw',
        pattern: /verify \(draw, district[^\n]* in ([\d.]+) s/,
        unit: 's',
      },
      {
        label: 'verification of the whole-directory draw',
        pattern: /verify \(draw, whole[^\n]* in ([\d.]+) s/,
        unit: 's',
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
    title: 'HTTP load (embedded)',
    script: 'bench/http.ts',
    args: full ? [] : ['--seconds', '10'],
    figures: [
      {
        label: 'result entries',
        pattern: /result entries \(POST[^)]*\): ([\d,]+)\/s/,
        unit: 'commands/s',
        target: { value: 2000, better: 'higher' },
      },
      {
        label: 'result entries p99',
        pattern: /result entries[^\n]*p99 (\d+) ms/,
        unit: 'ms',
        target: { value: 50, better: 'lower' },
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
for (const bench of BENCHES) {
  const command = `npx tsx ${bench.script} ${bench.args.join(' ')}`.trim();
  console.log(`running ${command}`);
  const run = spawnSync('npx', ['tsx', bench.script, ...bench.args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout}${run.status === 0 ? '' : `\n(exit ${run.status}) ${run.stderr}`}`;
  console.log(output);
  outputs.push(`### ${bench.title}\n\n\`${command}\`\n\n\`\`\`\n${output.trim()}\n\`\`\`\n`);
  for (const figure of bench.figures) {
    const match = figure.pattern.exec(output);
    const value = match ? number(match[1]) : undefined;
    const target = figure.target;
    const met =
      value === undefined || !target
        ? ''
        : (target.better === 'higher' ? value >= target.value : value <= target.value)
          ? 'met'
          : '**not met**';
    rows.push(
      `| ${bench.title}: ${figure.label} | ${value === undefined ? 'not measured' : `${value.toLocaleString('en-US')} ${figure.unit}`} | ${target ? `${target.better === 'higher' ? '≥' : '≤'} ${target.value.toLocaleString('en-US')} ${figure.unit}` : ''} | ${met} |`,
    );
  }
}

writeFileSync(
  'docs/performance.md',
  `# Performance report

Written by \`npm run bench${full ? ' -- --full' : ''}\` on ${new Date().toISOString().slice(0, 10)}, on ${machine}.
${full ? 'Every bench ran at the size its issue names.' : 'Default sizes (minutes in all); `npm run bench -- --full` runs each at the size its issue names. Targets stated for a larger size are compared only there.'}
How each bench works, and the figures of earlier runs: [benchmarks.md](benchmarks.md).

| figure | measured | target | |
| --- | --- | --- | --- |
${rows.join('\n')}

## Each bench's output

${outputs.join('\n')}`,
);
console.log('wrote docs/performance.md');
