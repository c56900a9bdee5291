/**
 * Import parsing benchmark. Generates an entity register CSV lazily (1,000,000 rows by default,
 * about 190 MB of UTF-8, never held in memory), reads it through openImport the way the upload
 * endpoint does, and prints rows per second and the process's peak RSS. The source alone is timed
 * first, so its share of the figure is known.
 * Usage: npx tsx bench/import-parse.ts [--rows 1000000]
 */
import { Readable } from 'node:stream';
import { type ImportColumn, openImport } from '../apps/api/src/import';

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const totalRows = Number(argument('rows', '1000000'));
const rowsPerChunk = 200;

const COLUMNS: readonly ImportColumn[] = [
  { field: 'code', zh: '统一社会信用代码', en: 'code', required: true },
  { field: 'name', zh: '名称', en: 'name', required: true },
  { field: 'type', zh: '类型', en: 'type', required: true },
  { field: 'address', zh: '地址', en: 'address' },
  { field: 'legalRepresentative', zh: '法定代表人', en: 'legal representative' },
  { field: 'division', zh: '行政区划', en: 'division' },
  { field: 'industry', zh: '行业代码', en: 'industry' },
  { field: 'riskLevel', zh: '信用风险等级', en: 'risk level' },
  { field: 'tags', zh: '标签', en: 'tags' },
];

const TYPES = ['企业', '个体工商户', '农民专业合作社'];
const RISK = ['A', 'B', 'C', 'D'];
const TAGS = ['', '食品经营', '"食品经营,特种设备"', '"重点监管,""双随机"""'];

function line(n: number): string {
  return [
    `91320${String(n % 1000).padStart(3, '0')}MA${String(n).padStart(8, '0')}`,
    `南京示例商贸有限公司第${n}分公司`,
    TYPES[n % TYPES.length],
    `南京市玄武区中山路${n % 500}号${n % 20}幢`,
    `张${n % 97}`,
    `3201${String(n % 12).padStart(2, '0')}`,
    `F${5100 + (n % 90)}`,
    RISK[n % RISK.length],
    TAGS[n % TAGS.length],
  ].join(',');
}

/** The register as a stream that makes rows only when read. */
function register(rows: number): Readable {
  let made = 0;
  return new Readable({
    read() {
      const lines: string[] = made === 0 ? [COLUMNS.map((column) => column.zh).join(',')] : [];
      for (const end = Math.min(rows, made + rowsPerChunk); made < end;) lines.push(line((made += 1)));
      this.push(lines.length > 0 ? `${lines.join('\r\n')}\r\n` : null);
    },
  });
}

function rate(count: number, ms: number, unit: string): string {
  return `${Math.round((count / ms) * 1000).toLocaleString('en-US')} ${unit}`;
}

async function main(): Promise<void> {
  console.log(`RSS at start: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  let bytes = 0;
  const sourceStart = performance.now();
  for await (const chunk of register(totalRows)) bytes += (chunk as Buffer).length;
  const sourceMs = performance.now() - sourceStart;
  console.log(
    `source alone: ${(bytes / 2 ** 20).toFixed(0)} MiB of CSV in ${(sourceMs / 1000).toFixed(2)} s ` +
      `(${rate(totalRows, sourceMs, 'rows/s')})`,
  );

  const start = performance.now();
  const opened = await openImport(register(totalRows), 'csv', COLUMNS);
  let rows = 0;
  let lastRow = 0;
  for await (const row of opened.rows) {
    rows += 1;
    lastRow = row.row;
  }
  const ms = performance.now() - start;
  if (rows !== totalRows || lastRow !== totalRows + 1)
    throw new Error(`read ${rows} rows, last row ${lastRow}`);
  const peakRss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `openImport CSV: ${rows.toLocaleString('en-US')} rows in ${(ms / 1000).toFixed(2)} s: ${rate(rows, ms, 'rows/s')}`,
  );
  console.log(`peak RSS: ${peakRss.toFixed(0)} MiB`);
}

void main();
