import type { Page } from '@app/contract';

/**
 * Read models are documents grouped in collections. A collection declares the fields it is
 * queried by; only those may be filtered and sorted on, and each adapter builds real indexes for
 * them (docs/read-store.md).
 */

/** A document: plain JSON with a string id. */
export interface ReadDocument {
  id: string;
  [field: string]: unknown;
}

/** Fields queried together, in order (a compound index), e.g. ['year', 'departmentId']. */
export type IndexDeclaration = readonly string[];

export interface CollectionDefinition {
  /** Letters, digits and underscores; unique within a projection. */
  name: string;
  indexes: readonly IndexDeclaration[];
  /**
   * Fields a snapshot read may ask for alone (`readSnapshot` with `fields`), holding strings or
   * numbers. Every index of the collection carries them, and so does one more index by id, so
   * such a read is answered from the indexes without reading the documents.
   */
  snapshotFields?: readonly string[];
}

export type FieldValue = string | number | boolean | null;

/** Equality, a range, or membership, on one declared field. */
export type FieldCondition =
  | FieldValue
  | { $gt?: FieldValue; $gte?: FieldValue; $lt?: FieldValue; $lte?: FieldValue }
  | { $in: readonly FieldValue[] };

export type DocumentFilter = Record<string, FieldCondition>;

export interface SortKey {
  field: string;
  direction: 'asc' | 'desc';
}

export interface FindOptions {
  filter?: DocumentFilter;
  /** Ties are always broken by id (in the direction of the last key), so paging is stable. */
  sort?: readonly SortKey[];
  /** Default 100, at most 1000. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  after?: string;
}

/** A page of documents: the api's word (a list route answers one as it is). */
export type { Page };

/** Reading one collection (query handlers). */
export interface ReadCollection<Doc extends ReadDocument = ReadDocument> {
  get(id: string): Promise<Doc | undefined>;
  find(options?: FindOptions): Promise<Page<Doc>>;
  count(filter?: DocumentFilter): Promise<number>;
}

export const MAX_PAGE = 1000;
export const DEFAULT_PAGE = 100;

export class InvalidQuery extends Error {
  override readonly name = 'InvalidQuery';
}
