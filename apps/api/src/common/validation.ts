import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ApiError, type FieldProblem } from './api-error';

/** Each refused field by its path (`participants.0.departmentId`) and each reason. */
export function fieldProblems(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const reason of Object.values(error.constraints ?? {})) out.push({ field, reason });
    if (error.children?.length) out.push(...fieldProblems(error.children, field));
  }
  return out;
}

/** Paths of the null fields of a body, in nested objects too (`window.from`); null array elements are left to the elements' rules. */
function nullFields(value: object, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (field === null) {
      if (!Array.isArray(value)) out.push(path);
    } else if (typeof field === 'object') {
      out.push(...nullFields(field as object, path));
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
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const nulls =
      metadata.type === 'body' && typeof value === 'object' && value !== null && !Array.isArray(value)
        ? nullFields(value)
        : [];
    if (nulls.length === 0) return super.transform(value, metadata);
    let problems: FieldProblem[] = [];
    try {
      await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof ApiError) || !Array.isArray(error.details)) throw error;
      problems = error.details as FieldProblem[];
    }
    const reported = new Set(problems.map((p) => p.field));
    for (const field of nulls) {
      if (!reported.has(field))
        problems.push({ field, reason: `${field} must not be null; leave it out instead` });
    }
    throw ApiError.invalid(problems);
  }
}

/** DTOs are validated strictly: unknown fields and nulls refused, types converted only as declared. */
export function apiValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => ApiError.invalid(fieldProblems(errors)),
  });
}
