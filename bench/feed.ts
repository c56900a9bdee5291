/**
 * The public feed (issue 24), embedded SQLite log. Prints:
 *   a. push delivery to a node:http receiver on loopback that answers 200 at once: the catch-up
 *      throughput over --catchup items, and the lag behind the log (append → receipt, p50/p99/max)
 *      while result entries are appended at --rate a second for --seconds (each a ResultEntered and
 *      its ResultPublished, as bench:http's result entries and their publication); the baseline is
 *      a raw subscription to the same items in the same run, with no HTTP.
 *   b. pull-feed pages (limit 1000) over a log of --items published results: pages at the far end
 *      (after = near the head) and from the start, against a raw readAll of the same ranges.
 * Usage: npm run bench:feed [-- --items 1000000 --rate 900 --seconds 10 --catchup 20000 --pages 100]
 */
import { SqliteEventStore, newEventId, openSqliteDatabase } from '@app/event-store';
import { FeedDelivery, feedEventTypes } from '@app/projections';
import { SqliteRecordStore } from '@app/record-store';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFeedPage } from '../apps/api/src/feeds/feed-page';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? Number(process.argv[index + 1]) : fallback;
}
const items = argument('items', 1_000_000);
const rate = argument('rate', 900);
const seconds = argument('seconds', 10);
const catchup = argument('catchup', 20_000);
const pages = argument('pages', 100);
const KINDS = ['result.published'];
const PAGE = 1000;

const metadata = () => ({
  actorId: 'inspector-1',
  actorRoles: ['inspector'],
  departmentId: 'scjg',
  correlationId: newEventId(),
  causationId: newEventId(),
  occurredAt: '2026-05-10T02:00:00.000Z',
  schemaVersion: 1,
});
const result = {
  category: 'compliant',
  inspectedOn: '2026-05-01',
  itemFindings: [{ itemId: 'i-1', compliant: true }],
};
const entered = (n: number) => ({
  type: 'ResultEntered',
  metadata: metadata(),
  data: { taskId: `t-${n % 500}`, entityId: `e-${n}`, departmentId: 'scjg', result, notes: 'on site' },
});
const published = (n: number) => ({
  type: 'ResultPublished',
  metadata: metadata(),
  data: {
    taskId: `t-${n % 500}`,
    entityId: `e-${n}`,
    departmentId: 'scjg',
    result,
    publishedOn: '2026-05-10',
    due: '2026-05-20',
    late: false,
  },
});

const open = (file: string) => openSqliteDatabase(file, { synchronous: 'NORMAL' });
const rounded = (n: number) => Math.round(n).toLocaleString('en-US');
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const lags = (name: string, at: Map<number, number>, appended: Map<number, number>) => {
  const sorted = [...appended].map(([p, t]) => (at.get(p) ?? Number.NaN) - t).sort((a, b) => a - b);
  return `${name}: p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p99 ${quantile(sorted, 0.99).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
};
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 2));
}

async function push(dir: string): Promise<void> {
  const db = open(join(dir, 'push.sqlite'));
  const events = new SqliteEventStore(db);
  const received = new Map<number, number>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const { position } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { position: number };
      received.set(position, performance.now());
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
  const delivery = new FeedDelivery(events, new SqliteRecordStore(db), {
    subscribers: [{ id: 'bench', url, kinds: ['result.published'], secret: 's'.repeat(40) }],
    maxAttempts: 8,
    retryFirstMs: 100,
    retryLongestMs: 1000,
    timeoutMs: 10_000,
    resetPollMs: 5000,
  });
  const raw = (from: number | 'start', seen: Map<number, number>) => {
    const subscription = events.subscribeToAll({
      fromPosition: from,
      filter: { eventTypes: feedEventTypes(KINDS) },
    });
    void (async () => {
      for await (const event of subscription) seen.set(event.position, performance.now());
    })();
    return subscription;
  };
  try {
    for (let n = 0; n < catchup; n += 100)
      await events.appendToStream(
        `inspectionTask-c-${n % 500}`,
        Array.from({ length: 100 }, (_, k) => [entered(n + k), published(n + k)]).flat(),
        { expectedRevision: 'any' },
      );
    console.log(`a. push delivery (embedded SQLite log, receiver in the same process on loopback)`);
    const rawSeen = new Map<number, number>();
    let start = performance.now();
    const baseline = raw('start', rawSeen);
    await until(() => rawSeen.size >= catchup);
    const rawMs = performance.now() - start;
    await baseline.close();
    start = performance.now();
    delivery.start();
    await until(() => received.size >= catchup);
    const pushMs = performance.now() - start;
    console.log(
      `   catch-up over ${rounded(catchup)} items: delivered ${rounded((catchup / pushMs) * 1000)} items/s (${(pushMs / 1000).toFixed(1)} s); baseline raw subscription ${rounded((catchup / rawMs) * 1000)} items/s`,
    );

    const appended = new Map<number, number>();
    const liveSeen = new Map<number, number>();
    const live = raw(await events.headPosition(), liveSeen);
    const total = rate * seconds;
    start = performance.now();
    let n = 0;
    while (n < total) {
      const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000));
      for (; n < due; n += 1) {
        const { position } = await events.appendToStream(
          `inspectionTask-l-${n % 500}`,
          [entered(catchup + n), published(catchup + n)],
          { expectedRevision: 'any' },
        );
        appended.set(position, performance.now());
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const appendMs = performance.now() - start;
    await until(() => [...appended.keys()].every((p) => received.has(p) && liveSeen.has(p)));
    await live.close();
    console.log(
      `   under load: ${rounded(total)} result entries appended at ${rounded((total / appendMs) * 1000)}/s for ${(appendMs / 1000).toFixed(1)} s (each ResultEntered + ResultPublished)`,
    );
    console.log(`   ${lags('lag behind the log, pushed over HTTP', received, appended)}`);
    console.log(`   ${lags('baseline, raw subscription         ', liveSeen, appended)}`);
  } finally {
    await delivery.stop();
    server.closeAllConnections();
    server.close();
    await events.close();
  }
}

/** Fills the log in a process of its own: `items` published results, in batches of 1000. */
async function fill(file: string): Promise<void> {
  const events = new SqliteEventStore(open(file));
  for (let n = 0; n < items; n += PAGE)
    await events.appendToStream(
      `inspectionTask-f-${(n / PAGE) % 5000}`,
      Array.from({ length: Math.min(PAGE, items - n) }, (_, k) => published(n + k)),
      { expectedRevision: 'any' },
    );
  await events.close();
}

async function pull(dir: string): Promise<void> {
  const file = join(dir, 'pull.sqlite');
  process.stdout.write(`b. pull pages: filling the log with ${rounded(items)} published results… `);
  const start = performance.now();
  execFileSync(
    process.execPath,
    ['--import', 'tsx', __filename, ...process.argv.slice(2), '--fill-only', file],
    { stdio: 'inherit' },
  );
  console.log(
    `${((performance.now() - start) / 1000).toFixed(0)} s, ${rounded(statSync(file).size / 2 ** 20)} MiB`,
  );
  const events = new SqliteEventStore(open(file));
  try {
    const head = await events.headPosition();
    const measure = async (name: string, from: number) => {
      let after = from;
      let t = performance.now();
      for (let p = 0; p < pages; p += 1) after = (await readFeedPage(events, after, PAGE, KINDS)).next;
      const feedMs = performance.now() - t;
      after = from;
      t = performance.now();
      for (let p = 0; p < pages; p += 1)
        for await (const event of events.readAll({ fromPosition: after + 1, maxCount: PAGE }))
          after = event.position;
      const rawMs = performance.now() - t;
      console.log(
        `   ${name}: ${rounded((pages / feedMs) * 1000)} pages/s (${rounded((pages * PAGE * 1000) / feedMs)} items/s); raw readAll ${rounded((pages / rawMs) * 1000)} pages/s`,
      );
    };
    await measure(
      `${rounded(pages)} pages at the far end (after=${rounded(head - pages * PAGE)})`,
      head - pages * PAGE,
    );
    await measure(`${rounded(pages)} pages from the start (after=0)`, 0);
  } finally {
    await events.close();
  }
}

async function main(): Promise<void> {
  const fillOnly = process.argv.indexOf('--fill-only');
  if (fillOnly >= 0) return fill(process.argv[fillOnly + 1]);
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-feed-'));
  try {
    if (!process.argv.includes('--pull-only')) await push(dir);
    if (!process.argv.includes('--push-only')) await pull(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
