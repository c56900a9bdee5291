import type Database from 'better-sqlite3';
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
import { expression, parameter, whereOf } from './document-sql';

/** A collection's table and definition. */
export interface DocumentTable {
  definition: CollectionDefinition;
  table: string;
}

/** A page of documents in sort order, after the cursor if any (docs/read-store.md). */
export function findPage<Doc extends ReadDocument>(
  query: (sql: string) => Database.Statement,
  prepared: DocumentTable,
  options: FindOptions,
): Page<Doc> {
  const { definition, table } = prepared;
  const limit = limitOf(options);
  const sort = sortOf(definition, options.sort);
  const filter = whereOf(conditionsOf(definition, options.filter));
  const order = (keys: readonly SortKey[]): string =>
    keys.map((k) => `${expression(k.field)} ${k.direction === 'asc' ? 'ASC' : 'DESC'}`).join(', ');
  const select = (
    extra: { sql: string; params: unknown[] } | undefined,
    keys: readonly SortKey[],
    n: number,
  ) => {
    const sql = [...filter.sql, ...(extra ? [extra.sql] : [])];
    return query(
      `SELECT doc FROM "${table}"${sql.length ? ` WHERE ${sql.join(' AND ')}` : ''} ORDER BY ${order(keys)} LIMIT ?`,
    ).all(...filter.params, ...(extra?.params ?? []), n) as { doc: string }[];
  };
  let rows: { doc: string }[];
  if (options.after === undefined) rows = select(undefined, sort, limit + 1);
  else {
    const values = decodeCursor(options.after, sort.length);
    if (values.some((v) => v === null)) rows = select(keysetCondition(sort, values), sort, limit + 1);
    else {
      // One index range after another, each a seek: constant time however deep the page.
      rows = [];
      for (const phase of keysetPhases(sort, values)) {
        rows = rows.concat(select(phase.condition, phase.order, limit + 1 - rows.length));
        if (rows.length > limit) break;
      }
    }
  }
  const items = rows.slice(0, limit).map((r) => JSON.parse(r.doc) as Doc);
  if (rows.length <= limit) return { items };
  const last = items[items.length - 1];
  return { items, nextCursor: encodeCursor(sort.map((k) => fieldValue(last, k.field) ?? null)) };
}

export function countDocuments(
  db: Database.Database,
  prepared: DocumentTable,
  filter?: DocumentFilter,
): number {
  const where = whereOf(conditionsOf(prepared.definition, filter));
  const sql =
    `SELECT count(*) AS n FROM "${prepared.table}"` +
    (where.sql.length ? ` WHERE ${where.sql.join(' AND ')}` : '');
  return db.prepare<unknown[], { n: number }>(sql).get(...where.params)?.n ?? 0;
}

/**
 * Documents after a cursor with no null value, as index ranges read one after another: first
 * the rest of the cursor's group (k0 = v0 AND … AND id > v), then the groups after it, outwards
 * (k0 = v0 AND k1 > v1; then k0 > v0). Each is a seek on the index, so a page deep in a large
 * collection costs what the first does. Descending keys are mirrored, and their nulls, which sort
 * last, follow each range. (A single condition with OR, or a row value, makes SQLite scan.)
 */
export function keysetPhases(
  sort: readonly SortKey[],
  values: readonly FieldValue[],
): { condition: { sql: string; params: unknown[] }; order: readonly SortKey[] }[] {
  const phases: { condition: { sql: string; params: unknown[] }; order: readonly SortKey[] }[] = [];
  for (let i = sort.length - 1; i >= 0; i -= 1) {
    const equal = sort.slice(0, i).map((k) => `${expression(k.field)} = ?`);
    const equalParams = values.slice(0, i).map(parameter);
    const column = expression(sort[i].field);
    const asc = sort[i].direction === 'asc';
    phases.push({
      condition: {
        sql: [...equal, `${column} ${asc ? '>' : '<'} ?`].join(' AND '),
        params: [...equalParams, parameter(values[i])],
      },
      order: sort.slice(i),
    });
    if (!asc && sort[i].field !== 'id') {
      phases.push({
        condition: { sql: [...equal, `${column} IS NULL`].join(' AND '), params: equalParams },
        order: sort.slice(i + 1),
      });
    }
  }
  return phases;
}

/**
 * Documents after a cursor holding a null, in sort order. SQLite sorts NULL first ascending and
 * last descending, so "after" is null-aware: (k0 after v0) OR (k0 = v0 AND k1 after v1) OR …
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
        parts.push(`${column} = ?`);
        params.push(parameter(values[j]));
      }
    }
    const column = expression(key.field);
    const value = values[i];
    if (key.direction === 'asc') {
      if (value === null) parts.push(`${column} IS NOT NULL`);
      else {
        parts.push(`${column} > ?`);
        params.push(parameter(value));
      }
    } else if (value === null) {
      parts.push('0');
    } else {
      parts.push(`(${column} < ? OR ${column} IS NULL)`);
      params.push(parameter(value));
    }
    return `(${parts.join(' AND ')})`;
  });
  return { sql: `(${branches.join(' OR ')})`, params };
}
