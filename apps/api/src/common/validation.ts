import { ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** DTOs are validated strictly: unknown fields refused, types converted only as declared. */
export function apiValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => ApiError.invalid(fieldProblems(errors)),
  });
}
