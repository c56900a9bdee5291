import { inTransaction } from '@app/event-store/postgres/store-transaction';
import type { Pool } from 'pg';
import { InvalidQuery, type ReadDocument } from '../read-model';
import type { ReadSnapshot, SnapshotOptions } from '../read-model-store.port';
import { assertSnapshotFields, conditionsOf } from '../query';
import type { DocumentTable } from './document-queries';
import { expression, numbered, whereOf } from './document-sql';

/**
 * A collection read as of one state, in batches, while projections go on committing: a
 * REPEATABLE READ transaction on a connection of its own sees one snapshot however long it reads,
 * and a cursor fetches it a batch at a time.
 */
export async function readDocumentSnapshot<T>(
  pool: Pool,
  { definition, table }: DocumentTable,
  options: SnapshotOptions,
  consume: (snapshot: ReadSnapshot) => Promise<T>,
): Promise<T> {
  const where = whereOf(conditionsOf(definition, options.filter));
  const condition = where.sql.length ? ` WHERE ${where.sql.join(' AND ')}` : '';
  const fields = options.fields;
  if (fields) assertSnapshotFields(definition, fields);
  const columns = fields
    ? ['id', ...fields.map((f, i) => `${expression(f)} AS f${i}`)].join(', ')
    : 'id, doc';
  const toDocument = fields
    ? projectedDocument(fields)
    : (row: Record<string, unknown>) => row.doc as ReadDocument;
  const batchSize = options.batchSize ?? 2000;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000)
    throw new InvalidQuery('batchSize must be an integer from 1 to 100000');
  return inTransaction(
    pool,
    async (client) => {
      const checkpoint = await client.query<{ position: string }>(
        'SELECT position FROM read_model_checkpoints WHERE key = $1',
        [options.checkpointKey],
      );
      const counted = await client.query<{ n: string }>(
        numbered(`SELECT count(*) AS n FROM "${table}"${condition}`),
        where.params,
      );
      await client.query(
        numbered(
          `DECLARE snapshot NO SCROLL CURSOR FOR SELECT ${columns} FROM "${table}"${condition} ORDER BY id`,
        ),
        where.params,
      );
      async function* batches(): AsyncIterable<ReadDocument[]> {
        for (;;) {
          const { rows } = await client.query<Record<string, unknown>>(`FETCH ${batchSize} FROM snapshot`);
          if (rows.length > 0) yield rows.map(toDocument);
          if (rows.length < batchSize) return;
        }
      }
      const position = checkpoint.rows[0] ? Number(checkpoint.rows[0].position) : undefined;
      return consume({ position, count: Number(counted.rows[0].n), batches: batches() });
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}

/** A document of the id and the asked-for fields (absent ones left out). */
function projectedDocument(fields: readonly string[]): (row: Record<string, unknown>) => ReadDocument {
  return (row) => {
    const document: ReadDocument = { id: row.id as string };
    fields.forEach((field, i) => {
      if (row[`f${i}`] !== null) document[field] = row[`f${i}`];
    });
    return document;
  };
}
