/**
 * What an update of a read-model document costs by table layout (ADR 59), on raw better-sqlite3:
 * 50,000 documents with three indexed fields, then 10,000 updates at random rows that change the
 * document but none of its indexed fields, ten a transaction, on a WAL file without fsync (as the
 * read models commit). Prints µs and KiB of WAL per update for: indexes on json_extract (the
 * earlier layout), key columns with `SET doc` only (the store's), key columns with the keys named
 * in `SET` at equal values, and no index at all (the floor).
 * Usage: npm run bench:read-model-updates
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DOCUMENTS = 50_000;
const UPDATES = 10_000;
const PER_TRANSACTION = 10;

type Row = (string | number)[];

interface Layout {
  label: string;
  schema: string;
  put: string;
  row: (n: number, version: number) => Row;
}

const document = (n: number, version: number): string =>
  JSON.stringify({
    id: `e${n}`,
    departmentId: `d${n % 7}`,
    taskId: `t${n % 40}`,
    entityId: `e${n}`,
    version,
    pad: 'x'.repeat(150),
  });
const keys = (n: number): Row => [`d${n % 7}`, `t${n % 40}`, `e${n}`];
const KEYED = `CREATE TABLE t (id TEXT PRIMARY KEY, doc TEXT NOT NULL, k0, k1, k2);
  CREATE INDEX i0 ON t (k0, id); CREATE INDEX i1 ON t (k1, id); CREATE INDEX i2 ON t (k2, id);`;
const KEYED_INSERT = 'INSERT INTO t (id, doc, k0, k1, k2) VALUES (?, ?, ?, ?, ?)';

const LAYOUTS: Layout[] = [
  {
    label: 'indexes on json_extract (earlier layout)',
    schema: `CREATE TABLE t (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
      CREATE INDEX i0 ON t (json_extract(doc, '$.departmentId'), id);
      CREATE INDEX i1 ON t (json_extract(doc, '$.taskId'), id);
      CREATE INDEX i2 ON t (json_extract(doc, '$.entityId'), id);`,
    put: 'INSERT INTO t (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc',
    row: (n, version) => [`e${n}`, document(n, version)],
  },
  {
    label: 'key columns, SET doc only (the store)',
    schema: KEYED,
    put: `${KEYED_INSERT} ON CONFLICT (id) DO UPDATE SET doc = excluded.doc
      WHERE k0 IS excluded.k0 AND k1 IS excluded.k1 AND k2 IS excluded.k2`,
    row: (n, version) => [`e${n}`, document(n, version), ...keys(n)],
  },
  {
    label: 'key columns, keys in SET (equal values)',
    schema: KEYED,
    put: `${KEYED_INSERT} ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, k0 = excluded.k0,
      k1 = excluded.k1, k2 = excluded.k2`,
    row: (n, version) => [`e${n}`, document(n, version), ...keys(n)],
  },
  {
    label: 'no index (the floor)',
    schema: 'CREATE TABLE t (id TEXT PRIMARY KEY, doc TEXT NOT NULL)',
    put: 'INSERT INTO t (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc',
    row: (n, version) => [`e${n}`, document(n, version)],
  },
];

function measure(dir: string, layout: Layout): { micros: number; walKiB: number } {
  const file = join(dir, `${LAYOUTS.indexOf(layout)}.sqlite`);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    db.pragma('wal_autocheckpoint = 0');
    db.exec(layout.schema);
    const put = db.prepare<Row>(layout.put);
    db.transaction(() => {
      for (let n = 0; n < DOCUMENTS; n += 1) put.run(...layout.row(n, 0));
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const begun = performance.now();
    for (let batch = 0; batch < UPDATES / PER_TRANSACTION; batch += 1) {
      db.transaction(() => {
        for (let k = 0; k < PER_TRANSACTION; k += 1) {
          put.run(...layout.row((batch * 7919 + k * 104729) % DOCUMENTS, batch + 1));
        }
      })();
    }
    const micros = ((performance.now() - begun) * 1000) / UPDATES;
    return { micros, walKiB: statSync(`${file}-wal`).size / UPDATES / 1024 };
  } finally {
    db.close();
  }
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-rm-updates-'));
  try {
    console.log(
      `${DOCUMENTS.toLocaleString('en-US')} documents, ${UPDATES.toLocaleString('en-US')} updates at random rows keeping their indexed fields, ${PER_TRANSACTION} a transaction (WAL, no fsync)`,
    );
    for (const layout of LAYOUTS) {
      const { micros, walKiB } = measure(dir, layout);
      console.log(`${layout.label}: ${micros.toFixed(1)} µs, ${walKiB.toFixed(1)} KiB of WAL per update`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
