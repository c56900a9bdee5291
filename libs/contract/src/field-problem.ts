import type { FieldRule } from '@app/domain';

/**
 * One reason a field was refused (an entry of a 400's `details`): `reason` in English for api
 * users, `rule` (a stable name from libs/domain/src/refusals/field-rules.ts) and `params` (its
 * limits) for clients that say it in their own words.
 */
export interface FieldProblem {
  field: string;
  reason: string;
  rule: FieldRule;
  params?: Record<string, unknown>;
}
