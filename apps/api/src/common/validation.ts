import type { FieldProblem } from '@app/contract';
import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ApiError } from './api-error';
import { fieldProblems } from './field-problems';
import { cutPastListLimits } from './list-limits';
import { checkTexts } from './text-rules';
import { ValidatedQueries } from './validated-queries';

export { fieldProblems };

/**
 * Paths of the null fields of a body, in nested objects too (`window.from`); null array elements
 * are left to the elements' rules. Iterative: no nesting can overflow the stack.
 */
export function nullFields(root: object): string[] {
  const out: string[] = [];
  type Field = { value: unknown; path: string; inArray: boolean };
  const fieldsOf = (node: object, prefix: string): Field[] =>
    Object.entries(node as Record<string, unknown>)
      .map(([key, value]) => ({
        value,
        path: prefix ? `${prefix}.${key}` : key,
        inArray: Array.isArray(node),
      }))
      .reverse();
  // Depth first, in key order, as a recursive walk would list them.
  const stack = fieldsOf(root, '');
  for (let field = stack.pop(); field !== undefined; field = stack.pop()) {
    if (field.value === null) {
      if (!field.inArray) out.push(field.path);
    } else if (typeof field.value === 'object') {
      for (const inner of fieldsOf(field.value, field.path)) stack.push(inner);
    }
  }
  return out;
}

/**
 * class-validator's @IsOptional lets null through as well as a missing field, so `{ "name": null }`
 * would pass an update and blank a required field. No field of the API takes null: a body field
 * that is null, at any depth, is refused (leave a field out to leave it as it is).
 */
class ApiValidationPipe extends ValidationPipe {
  private readonly queries = new ValidatedQueries();

  override async transform(raw: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Bodies met the text rules in the JSON parser; the query and the path meet them here.
    const value = metadata.type === 'query' || metadata.type === 'param' ? textChecked(raw, metadata) : raw;
    const known = this.queries.recall(value, metadata);
    if (known) return known;
    const nulls =
      metadata.type === 'body' && typeof value === 'object' && value !== null && !Array.isArray(value)
        ? nullFields(value)
        : [];
    let errors: readonly ValidationError[] = [];
    try {
      const checked = metadata.type === 'body' ? cutPastListLimits(value, metadata.metatype) : value;
      let transformed: unknown = await super.transform(checked, metadata);
      // A cut list breaks its ArrayMaxSize; should a body pass all the same, it is checked whole.
      if (checked !== value) transformed = await super.transform(value, metadata);
      if (nulls.length === 0) {
        this.queries.keep(value, metadata, transformed);
        return transformed;
      }
    } catch (error) {
      if (!(error instanceof RefusedFields)) throw error;
      errors = error.errors;
    }
    const problems = fieldProblems(errors);
    const reported = new Set(problems.listed.map((p) => p.field));
    for (const field of nulls) {
      if (!reported.has(field))
        problems.add({ field, reason: `${field} must not be null; leave it out instead`, rule: 'notNull' });
    }
    throw ApiError.invalid(problems.listed, problems.unlisted);
  }
}

/** What the pipe's validation refused, before it is told as a 400 (with the null fields added). */
class RefusedFields extends Error {
  constructor(readonly errors: readonly ValidationError[]) {
    super('validation failed');
  }
}

/**
 * A query parameter is given once: no query of the api takes a list, so `?entityId=1&entityId=2`
 * (which the query string parser turns into an array) is refused rather than met by code that
 * expects text.
 */
function repeatedQueryParameters(raw: unknown, metadata: ArgumentMetadata): FieldProblem[] {
  if (metadata.type !== 'query') return [];
  const reason = 'is given more than once; give it once';
  const rule = 'givenOnce';
  if (metadata.data) return Array.isArray(raw) ? [{ field: metadata.data, reason, rule }] : [];
  if (typeof raw !== 'object' || raw === null) return [];
  return Object.entries(raw)
    .filter(([, value]) => Array.isArray(value))
    .map(([field]) => ({ field, reason, rule }));
}

/** The value with its text normalised (NFC), or a 400 naming each field that breaks the text rules. */
function textChecked(raw: unknown, metadata: ArgumentMetadata): unknown {
  const repeated = repeatedQueryParameters(raw, metadata);
  if (repeated.length > 0) throw ApiError.invalid(repeated);
  const { value, problems } = checkTexts(raw, metadata.data ?? '');
  if (!problems.empty) throw ApiError.invalid(problems.listed, problems.unlisted);
  return value;
}

/** DTOs are validated strictly: unknown fields and nulls refused, types converted only as declared. */
export function apiValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    // The target is read for the rules' limits (field-problems.ts); it never leaves the api.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new RefusedFields(errors),
  });
}
