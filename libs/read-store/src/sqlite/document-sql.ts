import { type FieldValue, InvalidQuery } from '../read-model';
import type { Condition } from '../query';

export function tableName(namespace: string, collection: string): string {
  return `rm_${namespace}__${collection}`;
}

/** The SQL expression of a field; the same text in indexes and queries lets SQLite use the index. */
export function expression(field: string): string {
  return field === 'id' ? 'id' : `json_extract(doc, '$.${field}')`;
}

/** SQLite has no booleans: json_extract yields 1 and 0 for true and false. */
export function parameter(value: FieldValue): string | number | null {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

export function whereOf(conditions: readonly Condition[]): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  for (const { field, operator, value } of conditions) {
    const column = expression(field);
    if (operator === 'in') {
      const values = value as readonly FieldValue[];
      if (values.length === 0) {
        sql.push('0');
        continue;
      }
      sql.push(`${column} IN (${values.map(() => '?').join(', ')})`);
      for (const one of values) params.push(parameter(one));
    } else if (value === null) {
      if (operator !== '=') throw new InvalidQuery(`A range on ${field} needs a value, not null`);
      sql.push(`${column} IS NULL`);
    } else {
      sql.push(`${column} ${operator} ?`);
      params.push(parameter(value as FieldValue));
    }
  }
  return { sql, params };
}
