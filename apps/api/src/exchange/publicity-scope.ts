import type { FieldProblem } from '@app/contract';
import { daysBetween } from '@app/domain';
import type { Actor, Stores } from '@app/runtime';
import { assertActsFor } from '../auth/department-access';
import { ApiError } from '../common/api-error';
import { calendarDateProblems } from '../common/calendar-date.validator';
import { assertSupervises, supervisionScope } from '../org/supervision-scope';
import type { PublicityPeriod } from './publicity-rows';

/** The longest period one export covers (a year, a leap year's included); longer: ask per year. */
export const MAX_EXPORT_DAYS = 366;

/**
 * Who exports what (as the statistics reads): an administrator or auditor any department or all; a
 * supervisor bound to a region the departments within it; a department's staff their own only
 * (another named: 403 OTHER_DEPARTMENT). Both days are required, `from` ≤ `to`, at most a year.
 */
export async function publicityPeriod(
  stores: Stores,
  actor: Actor,
  query: { from?: string; to?: string; departmentId?: string },
): Promise<PublicityPeriod> {
  const { from, to } = boundedPeriod(query);
  const named = query.departmentId;
  const reads = (ids: Iterable<string> | undefined) => ({
    from,
    to,
    departmentIds: ids === undefined ? undefined : new Set(ids),
  });
  if (actor.roles.includes('admin') || actor.roles.includes('auditor')) {
    return reads(named === undefined ? undefined : [named]);
  }
  if (actor.roles.includes('supervisor')) {
    const scope = await supervisionScope(stores, actor);
    if (named !== undefined) {
      assertSupervises(scope, named);
      return reads([named]);
    }
    return reads(scope?.departmentIds);
  }
  if (named !== undefined) assertActsFor(actor, named);
  return reads([actor.departmentId]);
}

function boundedPeriod(query: { from?: string; to?: string }): { from: string; to: string } {
  const problems: FieldProblem[] = [
    ...(['from', 'to'] as const).flatMap((field) =>
      query[field] === undefined
        ? [{ field, reason: 'is required (YYYY-MM-DD)', rule: 'required' as const }]
        : [],
    ),
    ...calendarDateProblems({ from: query.from, to: query.to }),
  ];
  if (problems.length > 0) throw ApiError.invalid(problems);
  const from = query.from!;
  const to = query.to!;
  if (from > to || daysBetween(from, to) + 1 > MAX_EXPORT_DAYS) {
    throw ApiError.invalid([
      {
        field: 'to',
        reason: `must not be before from; the period spans at most ${MAX_EXPORT_DAYS} days`,
        rule: 'periodSpan',
        params: { max: MAX_EXPORT_DAYS },
      },
    ]);
  }
  return { from, to };
}
