import type { TargetCriteria } from './plan';

const LIST_FIELDS = ['kinds', 'regionCodes', 'industryCodes', 'tags', 'scales'] as const;

/**
 * The criteria fields that are not lists of text. The api refuses such criteria, but tasks stored
 * before it did may hold a string where a list belongs (`regionCodes: "320102"`); a draw over them
 * would match by substring or fail, so they are named and refused instead.
 */
export function malformedCriteria(criteria: TargetCriteria | undefined): string[] {
  if (typeof criteria !== 'object' || criteria === null || Array.isArray(criteria)) return ['criteria'];
  const fields = criteria as Record<string, unknown>;
  return LIST_FIELDS.filter((field) => {
    const value = fields[field];
    return value !== undefined && (!Array.isArray(value) || !value.every((v) => typeof v === 'string'));
  });
}
