import type { Filter } from 'mongodb';
import type { FieldValue, SortKey } from '../read-model';
import type { Condition } from '../query';
import { type StoredDocument, mongoField } from './stored-document';

const OPERATORS = { '=': '$eq', '>': '$gt', '>=': '$gte', '<': '$lt', '<=': '$lte', in: '$in' } as const;

/** The conditions of a query as a MongoDB filter. */
export function mongoFilter(conditions: readonly Condition[]): Filter<StoredDocument> {
  const filter: Record<string, Record<string, unknown>> = {};
  for (const { field, operator, value } of conditions) {
    const key = mongoField(field);
    filter[key] = { ...(filter[key] ?? {}), [OPERATORS[operator]]: value };
  }
  return filter;
}

/**
 * Documents after the cursor in sort order, null-aware as MongoDB sorts null (and missing) first
 * ascending and last descending: (k0 after v0) OR (k0 = v0 AND k1 after v1) OR …
 */
export function keyset(sort: readonly SortKey[], values: readonly FieldValue[]): Filter<StoredDocument> {
  const branches = sort.map((key, i) => {
    const clauses: Record<string, unknown>[] = [];
    for (let j = 0; j < i; j += 1) clauses.push({ [mongoField(sort[j].field)]: values[j] });
    const field = mongoField(key.field);
    const value = values[i];
    if (key.direction === 'asc') clauses.push({ [field]: value === null ? { $ne: null } : { $gt: value } });
    else if (value === null) clauses.push({ _id: { $exists: false } });
    else clauses.push({ $or: [{ [field]: { $lt: value } }, { [field]: null }] });
    return { $and: clauses };
  });
  return { $or: branches };
}
