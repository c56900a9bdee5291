import { createHash } from 'node:crypto';
import { type FieldValue, InvalidQuery } from '../read-model';
import type { Condition } from '../query';

/** PostgreSQL truncates identifiers past 63 bytes; longer names are hashed so none collide. */
const MAX_TABLE = 52;

export function tableName(namespace: string, collection: string): string {
  const name = `rm_${namespace}__${collection}`;
  if (name.length <= MAX_TABLE) return name;
  const hash = createHash('sha256').update(`${namespace}\0${collection}`).digest('hex').slice(0, 16);
  return `rm_${namespace.slice(0, 20)}_${collection.slice(0, 10)}_${hash}`;
}

/**
 * The SQL expression of a field: its jsonb value, with JSON null read as SQL NULL (as SQLite's
 * json_extract does, so a missing field and a null one sort and filter alike). Indexes are built on
 * the same text, so the planner matches them.
 */
export function expression(field: string): string {
  return field === 'id' ? 'id' : `nullif(doc #> '{${field.split('.').join(',')}}', 'null'::jsonb)`;
}

/** A value compared with an expression: id is text, every other field jsonb. */
export function parameter(field: string, value: FieldValue): string | null {
  if (value === null) return null;
  return field === 'id' ? String(value) : JSON.stringify(value);
}

export function placeholder(field: string): string {
  return field === 'id' ? '?' : '?::jsonb';
}

export function whereOf(conditions: readonly Condition[]): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  for (const { field, operator, value } of conditions) {
    const column = expression(field);
    if (operator === 'in') {
      const values = value as readonly FieldValue[];
      if (values.length === 0) {
        sql.push('false');
        continue;
      }
      // As in SQLite, a null in the list matches nothing (NULL = NULL is not true).
      sql.push(`${column} IN (${values.map(() => placeholder(field)).join(', ')})`);
      for (const one of values) params.push(parameter(field, one));
    } else if (value === null) {
      if (operator !== '=') throw new InvalidQuery(`A range on ${field} needs a value, not null`);
      sql.push(`${column} IS NULL`);
    } else {
      sql.push(`${column} ${operator} ${placeholder(field)}`);
      params.push(parameter(field, value as FieldValue));
    }
  }
  return { sql, params };
}

/** node-postgres numbers its parameters: `?` becomes $1, $2, … (no `?` operator is ever used). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
