/**
 * Read-model store benchmark (issue 3), embedded SQLite: paging stays fast deep into a large
 * collection. Fills a collection with N documents (default 10,000,000), then times filtered,
 * sorted pages of 100 at the start, in the middle and at the end (keyset cursors), and a count.
 * Usage: npm run bench:read-store [-- --documents 10000000]
 */
import { openSqliteDatabase } from '@app/event-store';
import { type ReadDocument, SqliteReadModelStore } from '@app/read-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const index = process.argv.indexOf('--documents');
const total = Number(index >= 0 ? process.argv[index + 1] : '10000000');

interface Check extends ReadDocument {
  entityId: string;
  year: number;
  count: number;
}

function cursorFor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-rm-'));
  const db = openSqliteDatabase(join(dir, 'rm.sqlite'), { synchronous: 'NORMAL' });
  const store = new SqliteReadModelStore(db);
  const definition = { name: 'checks', indexes: [['year', 'count']] };
  try {
    await store.prepare('bench', [definition], { deferIndexes: true });
    const start = performance.now();
    for (let n = 0; n < total; n += 10_000) {
      const writes = Array.from({ length: Math.min(10_000, total - n) }, (_, k) => {
        const i = n + k;
        const id = `e${String(i).padStart(9, '0')}`;
        const document: Check = { id, entityId: id, year: 2026, count: i % 1000 };
        return { collection: 'checks', id, document };
      });
      await store.commit('bench', writes, { key: 'bench', position: n + 1 });
    }
    await store.createIndexes('bench');
    console.log(
      `filled ${total.toLocaleString('en-US')} documents and built the index in ${((performance.now() - start) / 1000).toFixed(0)} s`,
    );

    const checks = store.collection<Check>('bench', 'checks');
    const sort = [{ field: 'count', direction: 'asc' as const }];
    // The documents at rank r in (count, id) order: count = floor(r / per), ids in order within.
    const per = total / 1000;
    const idAt = (rank: number): string => {
      const count = Math.floor(rank / per);
      const i = (rank % per) * 1000 + count;
      return `e${String(i).padStart(9, '0')}`;
    };
    for (const [label, rank] of [
      ['first page', -1],
      ['middle', Math.floor(total / 2)],
      [`page after document ${(total - 101).toLocaleString('en-US')}`, total - 101],
    ] as const) {
      const after = rank < 0 ? undefined : cursorFor([Math.floor(rank / per), idAt(rank)]);
      const times: number[] = [];
      let items = 0;
      for (let run = 0; run < 20; run += 1) {
        const t = performance.now();
        const page = await checks.find({ filter: { year: 2026 }, sort, limit: 100, after });
        times.push(performance.now() - t);
        items = page.items.length;
      }
      times.sort((a, b) => a - b);
      console.log(`${label}: ${items} documents, median ${times[10].toFixed(2)} ms`);
    }
    const t = performance.now();
    const count = await checks.count({ year: 2026, count: { $gte: 500 } });
    console.log(
      `count of ${count.toLocaleString('en-US')} by index range: ${(performance.now() - t).toFixed(0)} ms`,
    );
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
