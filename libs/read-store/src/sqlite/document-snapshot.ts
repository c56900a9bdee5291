import Database from 'better-sqlite3';
import type { ReadDocument } from '../read-model';
import type { ReadSnapshot, SnapshotOptions } from '../read-model-store.port';
import { assertSnapshotFields, conditionsOf } from '../query';
import type { DocumentTable } from './document-queries';
import { carriedExpression, whereOf } from './document-sql';
import { openAtCheckpoint, packedIdAt, packedSelect } from './packed-range';

/**
 * A collection read as of one state, in batches of documents; with fields, only those, from the
 * indexes that carry them.
 */
export async function readDocumentSnapshot<T>(
  db: Database.Database,
  prepared: DocumentTable,
  options: SnapshotOptions,
  consume: (snapshot: ReadSnapshot) => Promise<T>,
  committedPosition: () => number | undefined,
): Promise<T> {
  const where = whereOf(conditionsOf(prepared.definition, options.filter));
  const condition = where.sql.length ? ` WHERE ${where.sql.join(' AND ')}` : '';
  const fields = options.fields;
  if (fields) assertSnapshotFields(prepared.definition, fields);
  // With fields, the same expressions the indexes carry: SQLite reads the indexes alone.
  const carried = (field: string) => carriedExpression(prepared.definition, field);
  const columns = fields ? `id, ${fields.map(carried).join(', ')}` : 'id, doc';
  const packed = options.packed === true && fields?.length === 1;
  // Packed: one string per document, made by SQLite from the index's columns.
  const packing = packed ? { table: prepared.table, field: carried(fields[0]), where: where.sql } : undefined;
  const select = packing
    ? packedSelect(packing)
    : `SELECT ${columns} FROM "${prepared.table}"${condition} ORDER BY id`;
  const toDocument = fields ? projectedDocument(fields) : parsedDocument;
  const counting = `SELECT count(*) AS n FROM "${prepared.table}"${condition}`;
  const batchSize = options.batchSize ?? 2000;
  if (db.memory) {
    // No second connection can see an in-memory database: read it all at once (tests only).
    const position = committedPosition();
    if (packed) {
      const texts = db
        .prepare(select)
        .pluck()
        .all(...where.params) as string[];
      const count = (db.prepare(counting).get(...where.params) as { n: number }).n;
      return consume({ position, count, batches: none(), packed: batchesOf(texts, same, batchSize) });
    }
    const rows = db
      .prepare(select)
      .raw()
      .all(...where.params) as unknown[][];
    return consume({ position, count: rows.length, batches: batchesOf(rows, toDocument, batchSize) });
  }
  // The shared connection goes on appending and projecting while this one reads.
  const { reader, position } = openAtCheckpoint(db.name, options.checkpointKey);
  try {
    const { n } = reader.prepare(counting).get(...where.params) as { n: number };
    const statement = packed ? reader.prepare(select).pluck() : reader.prepare(select).raw();
    // Run when the first batch is asked for, so that idAt can run before on the same connection.
    let opened: IterableIterator<unknown[] & string> | undefined;
    const rows = {
      [Symbol.iterator]: () =>
        (opened = statement.iterate(...where.params) as IterableIterator<unknown[] & string>),
    };
    const partition = (source: typeof packing) =>
      source && {
        source: {
          ...source,
          file: db.name,
          checkpointKey: options.checkpointKey,
          position,
          params: where.params,
        },
        // Before the batches are read (the connection reads one statement at a time).
        idAt: (offset: number) =>
          reader
            .prepare(packedIdAt(source))
            .pluck()
            .get(...where.params, offset) as string | undefined,
      };
    try {
      return await consume(
        packing
          ? {
              position,
              count: n,
              batches: none(),
              packed: batchesOf(rows, same, batchSize, true),
              partition: partition(packing),
            }
          : { position, count: n, batches: batchesOf(rows, toDocument, batchSize, true) },
      );
    } finally {
      opened?.return?.();
    }
  } finally {
    reader.close();
  }
}

const same = <T>(row: T): T => row;

async function* none(): AsyncIterable<ReadDocument[]> {}

const parsedDocument = (row: unknown[]): ReadDocument => JSON.parse(row[1] as string) as ReadDocument;

/** A document of the id and the asked-for fields, from a row of the same columns. */
function projectedDocument(fields: readonly string[]): (row: unknown[]) => ReadDocument {
  return (row) => {
    const document: ReadDocument = { id: row[0] as string };
    for (let i = 0; i < fields.length; i += 1) if (row[i + 1] !== null) document[fields[i]] = row[i + 1];
    return document;
  };
}

/** Documents in batches; between batches the event loop gets its turn (a scan can take seconds). */
async function* batchesOf<R, D>(
  rows: Iterable<R>,
  toDocument: (row: R) => D,
  size: number,
  yieldToOthers = false,
): AsyncIterable<D[]> {
  let batch: D[] = [];
  for (const row of rows) {
    batch.push(toDocument(row));
    if (batch.length >= size) {
      yield batch;
      batch = [];
      if (yieldToOthers) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (batch.length > 0) yield batch;
}
