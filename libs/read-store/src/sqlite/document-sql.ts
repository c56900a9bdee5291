import { type CollectionDefinition, type FieldValue, InvalidQuery } from '../read-model';
import type { Condition } from '../query';

export function tableName(namespace: string, collection: string): string {
  return `rm_${namespace}__${collection}`;
}

/**
 * The column of an indexed field (docs/read-store.md): its value is kept beside the document, so
 * that a write which leaves it as it was leaves its indexes alone. Queries name only indexed fields.
 */
export function expression(field: string): string {
  return field === 'id' ? 'id' : keyColumn(field);
}

export function keyColumn(field: string): string {
  return `"@${field}"`;
}

/** A snapshot field as the indexes carry it: its column when indexed, else read from the document. */
export function carriedExpression(definition: CollectionDefinition, field: string): string {
  return definition.indexes.some((index) => index.includes(field)) ? keyColumn(field) : jsonExtract(field);
}

/** What SQLite's json_extract reads of a field: so a key column holds what the document says. */
export function jsonExtract(field: string): string {
  return `json_extract(doc, '$.${field}')`;
}

/**
 * A field's value as json_extract(doc, '$.field') gives it: null when absent, 1 and 0 for booleans,
 * objects and lists as JSON text.
 */
export function keyValue(document: Record<string, unknown>, field: string): string | number | null {
  let value: unknown = document;
  for (const part of field.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    value = (value as Record<string, unknown>)[part];
  }
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      return value ? 1 : 0;
    case 'object':
      return value === null ? null : JSON.stringify(value);
    default:
      return null;
  }
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
