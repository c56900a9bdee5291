/**
 * Public draw verification benchmark (issue 18, part 5). Builds the public bundle of a draw over a
 * synthetic directory (default 1,000,000 entities; written straight to a file the way the api
 * writes it, through the same DrawRun and row encoding), then verifies it:
 *   1. in Node, with the portal's own reading code (checkBundleStream), as the baseline;
 *   2. in Chromium (/usr/bin/chromium), in the portal's built Web Worker, the file fetched gzipped
 *      from a local server as the portal fetches it.
 * Usage: npm run bench:browser-verify [-- --entities 1000000]
 */
import { createReadStream, createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import {
  DrawRun,
  PUBLIC_DRAW_BUNDLE_FORMAT,
  PUBLIC_DRAW_COLUMNS,
  type PoolProfile,
  type PublicDrawBundleHeader,
  commitmentOf,
  publicDrawRow,
  quotaBound,
} from '@app/domain';
import { checkBundleStream } from '../apps/web/src/pages/public/verify/read-bundle';
import { consoleBuild } from '../test/support/console-build';
import { launchBrowser } from '../test/support/browser';

const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const ENTITIES = argument('entities', 1_000_000);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
const seconds = (since: number) => (performance.now() - since) / 1000;

const REGIONS = ['320102', '320104', '320105', '320106', '320111'];
const RISKS = ['A', 'B', 'C', 'D'] as const;

/** A deterministic synthetic entity: region, industry, tags, scale, class and lists vary with n. */
function profile(n: number): PoolProfile {
  return {
    kind: n % 10 === 0 ? 'individual' : 'enterprise',
    regionCode: REGIONS[n % REGIONS.length],
    industryCode: n % 3 === 0 ? 'H6210' : 'F5212',
    tags: n % 7 === 0 ? ['餐饮'] : [],
    scale: n % 4 === 0 ? 'small' : undefined,
    creditRisk: RISKS[(n * 7) % 4],
    abnormalList: n % 97 === 0,
    seriousViolationList: false,
    complaintsThisYear: n % 53 === 0 ? 2 : 0,
  } as PoolProfile;
}

/** Writes the bundle of a draw over ENTITIES synthetic entities; its header. */
async function writeBundle(file: string): Promise<void> {
  const task = {
    criteria: { kinds: ['enterprise' as const] },
    sampling: { ratio: 0.03, byCreditRisk: { C: 0.05, D: 0.1 } },
  };
  const seeds = {
    lead: '11'.repeat(32),
    contributions: { xf: '22'.repeat(32) },
    inspectors: { scjg: '33'.repeat(32) },
  };
  const inputs = {
    seed: seeds.lead,
    publicRandom: '',
    year: 2026,
    cap: 2,
    keyItems: false,
    specialActionReason: null,
    position: ENTITIES + 10,
    v2: { seeds, beacon: null, operatorTrusted: { reason: '基准测试' } },
  };
  const id = (n: number) => `91320100MA${String(n).padStart(8, '0')}`;
  // First pass: the draw itself (the record the header carries), as the api would have drawn it.
  const run = new DrawRun(task, inputs, quotaBound(task, ENTITIES));
  for (let n = 0; n < ENTITIES; n += 1) run.add(id(n), profile(n), n % 31 !== 0, n % 11 === 0 ? 2 : 0);
  const { record, outcome } = run.finish();
  const header: PublicDrawBundleHeader = {
    format: PUBLIC_DRAW_BUNDLE_FORMAT,
    taskId: 'bench',
    task,
    record,
    commitments: {
      lead: commitmentOf(seeds.lead),
      contributions: { xf: commitmentOf(seeds.contributions.xf) },
      inspectors: { scjg: commitmentOf(seeds.inspectors.scjg) },
    },
    beacon: null,
    operatorTrusted: { reason: '基准测试' },
    frozen: null,
    inspectorSeeds: {},
    drawnIds: Object.values(outcome.selected).flat(),
    columns: PUBLIC_DRAW_COLUMNS,
  };
  async function* lines(): AsyncIterable<string> {
    let chunk = `${JSON.stringify(header)}\n`;
    for (let n = 0; n < ENTITIES; n += 1) {
      chunk += `${JSON.stringify(publicDrawRow(id(n), profile(n), n % 31 !== 0, n % 11 === 0 ? 2 : 0))}\n`;
      if (chunk.length >= 65_536) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}${JSON.stringify({ end: { entities: ENTITIES } })}\n`;
  }
  await pipeline(Readable.from(lines()), createWriteStream(file));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-browser-verify-'));
  const file = join(dir, 'bundle.ndjson');
  const gz = `${file}.gz`;
  try {
    let t = performance.now();
    await writeBundle(file);
    const built = seconds(t);
    await pipeline(createReadStream(file), createGzip(), createWriteStream(gz));
    console.log(
      `bundle of ${fmt(ENTITIES)} entities: ${fmt(built, 1)} s to build, ` +
        `${fmt(statSync(file).size / 2 ** 20, 1)} MiB, ${fmt(statSync(gz).size / 2 ** 20, 1)} MiB gzipped`,
    );

    t = performance.now();
    const node = await checkBundleStream(
      Readable.toWeb(createReadStream(file, { highWaterMark: 1 << 20 })) as ReadableStream<Uint8Array>,
    );
    const nodeSeconds = seconds(t);
    if (!node.verified) throw new Error(`Node did not verify: ${JSON.stringify(node.differences)}`);
    console.log(`Node (baseline): verified in ${fmt(nodeSeconds, 2)} s, pool ${fmt(node.poolSize)}`);

    const web = await consoleBuild();
    const worker = readdirSync(join(web, 'assets')).find((f) => /^verify-worker-.*\.js$/.test(f));
    if (!worker) throw new Error('the console build has no verify-worker');
    const server = createServer((request, response) => {
      if (request.url === '/bundle.ndjson') {
        response.writeHead(200, { 'content-type': 'application/x-ndjson', 'content-encoding': 'gzip' });
        createReadStream(gz).pipe(response);
      } else if (request.url === '/worker.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        createReadStream(join(web, 'assets', worker)).pipe(response);
      } else {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(base);
      // In the page (DOM types are not the bench's): the portal's worker, given the bundle's address.
      const inBrowser = await page.evaluate<{ ms: number; verified: boolean; poolSize: number }>(`
        new Promise((resolve, reject) => {
          const started = performance.now();
          const w = new Worker('/worker.js', { type: 'module' });
          w.onmessage = (e) => {
            if (e.data.kind === 'done') resolve({ ms: performance.now() - started, ...e.data.verdict });
            else if (e.data.kind === 'failed') reject(new Error(JSON.stringify(e.data)));
          };
          w.postMessage({ url: '/bundle.ndjson' });
        })`);
      if (!inBrowser.verified) throw new Error('Chromium did not verify');
      const browserSeconds = inBrowser.ms / 1000;
      console.log(
        `Chromium (portal's Web Worker, gzipped fetch): verified in ${fmt(browserSeconds, 2)} s, ` +
          `pool ${fmt(inBrowser.poolSize)} (${fmt(browserSeconds / nodeSeconds, 2)}× Node)`,
      );
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
