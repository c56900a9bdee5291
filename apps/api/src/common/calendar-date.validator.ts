import type { FieldProblem } from '@app/contract';
import { calendarDateFault, momentFault } from '@app/domain';
import { type ValidationArguments, type ValidationOptions, registerDecorator } from 'class-validator';

/**
 * The api's one rule for dates that are entered (the range is the domain's, in calendar-date.ts):
 * a real day YYYY-MM-DD from EARLIEST_DATE to LATEST_DATE. Outside it, 400 with the reason.
 */
export function IsCalendarDate(options?: ValidationOptions) {
  return (target: object, property: string): void =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: property,
      options: { message: (args: ValidationArguments) => faultOf(args.value, calendarDateFault), ...options },
      validator: { validate: (value: unknown) => calendarDateFault(value) === undefined },
    });
}

/** An ISO 8601 date or time whose day in China is in the same range. */
export function IsMomentInRange(options?: ValidationOptions) {
  return (target: object, property: string): void =>
    registerDecorator({
      name: 'isMomentInRange',
      target: target.constructor,
      propertyName: property,
      options: { message: (args: ValidationArguments) => faultOf(args.value, textMomentFault), ...options },
      validator: { validate: (value: unknown) => textMomentFault(value) === undefined },
    });
}

/** The same rule for query parameters read one by one: the problems of those given. */
export function calendarDateProblems(fields: Record<string, string | undefined>): FieldProblem[] {
  return Object.entries(fields).flatMap(([field, value]) => {
    const reason = value === undefined ? undefined : calendarDateFault(value);
    return reason ? [{ field, reason, rule: 'isCalendarDate' as const }] : [];
  });
}

/** The same rule for a moment read on its own (history's `at`). */
export function momentProblem(field: string, value: string): FieldProblem[] {
  const reason = momentFault(value);
  return reason ? [{ field, reason, rule: 'isMomentInRange' }] : [];
}

function textMomentFault(value: unknown): string | undefined {
  return typeof value === 'string' ? momentFault(value) : 'must be an ISO 8601 time';
}

/** The reason of a value, or of the first faulty element of an array (`each`). */
function faultOf(value: unknown, fault: (value: unknown) => string | undefined): string {
  if (!Array.isArray(value)) return fault(value) ?? 'is out of range';
  const wrong: unknown = (value as unknown[]).find((item) => fault(item) !== undefined);
  return `each ${fault(wrong) ?? 'is out of range'} (${String(wrong)})`;
}
