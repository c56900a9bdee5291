import type { FieldRule } from '@app/domain';

/** A refused row of a bulk import. */
export interface RowProblem {
  row: number;
  /** The column as the sheet names it (its Chinese header); absent for a rule about the whole row. */
  column?: string;
  field?: string;
  /** In English, for api users; clients word it from `rule` and `params`, or `code` and `details`. */
  reason: string;
  /** The field rule the cell breaks (libs/domain/src/refusals/field-rules.ts) and its limits. */
  rule?: FieldRule;
  params?: Record<string, unknown>;
  /** The refusal of a valid row (a domain rule's code, as the api answers it) and its details. */
  code?: string;
  details?: unknown;
}

/** The answer to a bulk import (docs/api.md, "Bulk import"). */
export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  unknownColumns: string[];
  errors: RowProblem[];
  /** More rows were refused than `errors` lists (the first 10,000 are listed). */
  errorsTruncated: boolean;
}
