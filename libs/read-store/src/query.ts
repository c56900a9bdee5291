import {
  type CollectionDefinition,
  DEFAULT_PAGE,
  type DocumentFilter,
  type FieldCondition,
  type FieldValue,
  type FindOptions,
  InvalidQuery,
  MAX_PAGE,
  type SortKey,
} from './read-model';

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export function assertName(kind: string, name: string): void {
  if (!NAME.test(name)) throw new InvalidQuery(`${kind} name must be letters, digits and _: ${name}`);
}

export function assertDefinition(definition: CollectionDefinition): void {
  assertName('Collection', definition.name);
  for (const index of definition.indexes) {
    if (index.length === 0) throw new InvalidQuery(`An index of ${definition.name} names no field`);
    for (const field of index) {
      if (!FIELD.test(field) || field === 'id') {
        throw new InvalidQuery(`Index field of ${definition.name} is not a plain field path: ${field}`);
      }
    }
  }
  for (const field of definition.snapshotFields ?? []) {
    if (!FIELD.test(field) || field === 'id') {
      throw new InvalidQuery(`Snapshot field of ${definition.name} is not a plain field path: ${field}`);
    }
  }
}

/** The fields a snapshot read asks for must be among those the collection declares for it. */
export function assertSnapshotFields(definition: CollectionDefinition, fields: readonly string[]): void {
  const declared = definition.snapshotFields ?? [];
  const unknown = fields.filter((f) => !declared.includes(f));
  if (unknown.length > 0) {
    throw new InvalidQuery(`${definition.name} declares no snapshot field ${unknown.join(', ')}`);
  }
}

/** Fields a collection may be filtered and sorted by: its declared index fields, and `id`. */
export function queryableFields(definition: CollectionDefinition): Set<string> {
  return new Set(['id', ...definition.indexes.flat()]);
}

export type Operator = '=' | '>' | '>=' | '<' | '<=' | 'in';

export interface Condition {
  field: string;
  operator: Operator;
  value: FieldValue | readonly FieldValue[];
}

/** Checks a filter against the declared fields and flattens it to conditions. */
export function conditionsOf(definition: CollectionDefinition, filter: DocumentFilter = {}): Condition[] {
  const allowed = queryableFields(definition);
  const out: Condition[] = [];
  for (const [field, condition] of Object.entries(filter)) {
    if (!allowed.has(field)) {
      throw new InvalidQuery(`${definition.name} is not indexed on ${field}; declare an index for it`);
    }
    out.push(...fieldConditions(field, condition));
  }
  return out;
}

function fieldConditions(field: string, condition: FieldCondition): Condition[] {
  if (condition === null || typeof condition !== 'object')
    return [{ field, operator: '=', value: condition }];
  if ('$in' in condition) {
    if (!Array.isArray(condition.$in)) throw new InvalidQuery(`$in on ${field} needs a list`);
    return [{ field, operator: 'in', value: condition.$in }];
  }
  const out: Condition[] = [];
  const ops: [keyof typeof condition, Operator][] = [
    ['$gt', '>'],
    ['$gte', '>='],
    ['$lt', '<'],
    ['$lte', '<='],
  ];
  for (const [key, operator] of ops) {
    const value = condition[key];
    if (value !== undefined) out.push({ field, operator, value });
  }
  const unknown = Object.keys(condition).filter((k) => !['$gt', '$gte', '$lt', '$lte'].includes(k));
  if (unknown.length > 0 || out.length === 0) {
    throw new InvalidQuery(`Condition on ${field} must be a value, $in, or $gt/$gte/$lt/$lte`);
  }
  return out;
}

/**
 * The sort keys, checked, with `id` appended as the tie-breaker in the direction of the last key,
 * so that a one-direction sort can be read straight off an index ending in id.
 */
export function sortOf(definition: CollectionDefinition, sort: readonly SortKey[] = []): SortKey[] {
  const allowed = queryableFields(definition);
  for (const key of sort) {
    if (!allowed.has(key.field)) {
      throw new InvalidQuery(`${definition.name} is not indexed on ${key.field}; declare an index for it`);
    }
    if (key.direction !== 'asc' && key.direction !== 'desc') {
      throw new InvalidQuery(`Sort direction must be asc or desc: ${String(key.direction)}`);
    }
  }
  const keys = sort.filter((k) => k.field !== 'id');
  const byId = sort.find((k) => k.field === 'id');
  const direction = byId?.direction ?? keys[keys.length - 1]?.direction ?? 'asc';
  return [...keys, { field: 'id', direction }];
}

export function limitOf(options: FindOptions): number {
  const limit = options.limit ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new InvalidQuery(`limit must be an integer from 1 to ${MAX_PAGE}`);
  }
  return limit;
}

/** A cursor is the sort values of the last document of a page, opaque to callers. */
export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, keys: number): FieldValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    const scalar = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);
    if (Array.isArray(values) && values.length === keys && values.every(scalar))
      return values as FieldValue[];
  } catch {
    // fall through
  }
  throw new InvalidQuery('The page cursor is not one this query produced');
}

/** Reads a dotted field of a document. */
export function fieldValue(document: Record<string, unknown>, field: string): unknown {
  let value: unknown = document;
  for (const part of field.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
