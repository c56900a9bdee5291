import type {
  CollectionDefinition,
  DocumentFilter,
  FieldValue,
  FindOptions,
  Page,
  ReadDocument,
  SortKey,
} from '../read-model';
import { conditionsOf, decodeCursor, encodeCursor, fieldValue, limitOf, sortOf } from '../query';
import { expression, numbered, parameter, placeholder, whereOf } from './document-sql';

/** A collection's table and definition. */
export interface DocumentTable {
  definition: CollectionDefinition;
  table: string;
}

export type Query = <Row>(sql: string, params: unknown[]) => Promise<Row[]>;

/**
 * NULL sorts first ascending and last descending, as in SQLite; the indexes are built ASC NULLS
 * FIRST, so both directions read straight off them (backwards for descending).
 */
const order = (keys: readonly SortKey[]): string =>
  keys
    .map((k) => `${expression(k.field)} ${k.direction === 'asc' ? 'ASC NULLS FIRST' : 'DESC NULLS LAST'}`)
    .join(', ');

/** A page of documents in sort order, after the cursor if any (docs/read-store.md). */
export async function findPage<Doc extends ReadDocument>(
  query: Query,
  { definition, table }: DocumentTable,
  options: FindOptions,
): Promise<Page<Doc>> {
  const limit = limitOf(options);
  const sort = sortOf(definition, options.sort);
  const where = whereOf(conditionsOf(definition, options.filter));
  if (options.after !== undefined) {
    const after = keysetCondition(sort, decodeCursor(options.after, sort.length));
    where.sql.push(after.sql);
    where.params.push(...after.params);
  }
  const rows = await query<{ doc: Doc }>(
    numbered(
      `SELECT doc FROM "${table}"${where.sql.length ? ` WHERE ${where.sql.join(' AND ')}` : ''} ORDER BY ${order(sort)} LIMIT ?`,
    ),
    [...where.params, limit + 1],
  );
  const items = rows.slice(0, limit).map((r) => r.doc);
  if (rows.length <= limit) return { items };
  const last = items[items.length - 1];
  return { items, nextCursor: encodeCursor(sort.map((k) => fieldValue(last, k.field) ?? null)) };
}

export async function countDocuments(
  query: Query,
  { definition, table }: DocumentTable,
  filter?: DocumentFilter,
): Promise<number> {
  const where = whereOf(conditionsOf(definition, filter));
  const rows = await query<{ n: string }>(
    numbered(
      `SELECT count(*) AS n FROM "${table}"${where.sql.length ? ` WHERE ${where.sql.join(' AND ')}` : ''}`,
    ),
    where.params,
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * Documents after a cursor, in sort order, null-aware: (k0 after v0) OR (k0 = v0 AND k1 after
 * v1) OR … where "after" puts NULL first ascending and last descending.
 */
export function keysetCondition(
  sort: readonly SortKey[],
  values: readonly FieldValue[],
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const branches = sort.map((key, i) => {
    const parts: string[] = [];
    for (let j = 0; j < i; j += 1) {
      const column = expression(sort[j].field);
      if (values[j] === null) parts.push(`${column} IS NULL`);
      else {
        parts.push(`${column} = ${placeholder(sort[j].field)}`);
        params.push(parameter(sort[j].field, values[j]));
      }
    }
    const column = expression(key.field);
    const value = values[i];
    if (key.direction === 'asc') {
      if (value === null) parts.push(`${column} IS NOT NULL`);
      else {
        parts.push(`${column} > ${placeholder(key.field)}`);
        params.push(parameter(key.field, value));
      }
    } else if (value === null) {
      parts.push('false');
    } else {
      parts.push(`(${column} < ${placeholder(key.field)} OR ${column} IS NULL)`);
      params.push(parameter(key.field, value));
    }
    return `(${parts.join(' AND ')})`;
  });
  return { sql: `(${branches.join(' OR ')})`, params };
}
