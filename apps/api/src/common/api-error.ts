import type { FieldRule } from '@app/domain';

/**
 * One reason a field was refused: `reason` in English for api users, `rule` (a stable name from
 * libs/domain/src/refusals/field-rules.ts) and `params` (its limits) for clients that say it in
 * their own words.
 */
export interface FieldProblem {
  field: string;
  reason: string;
  rule: FieldRule;
  params?: Record<string, unknown>;
}

/**
 * An error the API answers with `{ statusCode, code, message, details }` (docs/api.md). `code`
 * is stable UPPER_SNAKE; clients branch on it, people read `message`.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: unknown = undefined,
  ) {
    super(message);
  }

  static invalid(problems: FieldProblem[]): ApiError {
    const summary = problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
    return new ApiError(400, 'VALIDATION_FAILED', `Invalid input: ${summary}`, problems);
  }

  static notFound(code: string, message: string): ApiError {
    return new ApiError(404, code, message);
  }

  static forbidden(code: string, message: string, details?: Record<string, unknown>): ApiError {
    return new ApiError(403, code, message, details);
  }
}

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
}
