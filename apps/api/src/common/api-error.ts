import type { FieldProblem } from '@app/contract';
import { MAX_LISTED_PROBLEMS } from './problem-list';

/** How many problems the message of a 400 names (all listed ones are in `details`). */
const SUMMARISED_PROBLEMS = 10;
/** The field of the last entry of a 400's `details` when more problems were found than listed. */
export const MORE_PROBLEMS_FIELD = '(more)';

/**
 * An error the API answers with `{ statusCode, code, message, details }` (docs/api.md). `code`
 * is stable UPPER_SNAKE; clients branch on it, people read `message`.
 */
export class ApiError extends Error {
  override readonly name: string = 'ApiError';

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: unknown = undefined,
    /** Sent as the Retry-After header: when to try again (a 503 of a busy resource). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  /**
   * A 400 naming each refused field: `details` lists at most MAX_LISTED_PROBLEMS of them and, when
   * there were more, ends with one `{ field: '(more)' }` entry saying how many; the message names
   * the first few. `unlisted`: problems already left out by whoever gathered them (ProblemList).
   */
  static invalid(problems: readonly FieldProblem[], unlisted = 0): ApiError {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
    const more = unlisted + problems.length - listed.length;
    const summary = listed
      .slice(0, SUMMARISED_PROBLEMS)
      .map((p) => `${p.field}: ${p.reason}`)
      .join('; ');
    const untold = more + listed.length - Math.min(listed.length, SUMMARISED_PROBLEMS);
    const message = `Invalid input: ${summary}${untold > 0 ? ` (and ${untold} more)` : ''}`;
    const details: FieldProblem[] =
      more > 0
        ? [
            ...listed,
            {
              field: MORE_PROBLEMS_FIELD,
              reason: `${more} more problems are not listed`,
              rule: 'moreProblems',
              params: { count: more },
            },
          ]
        : listed;
    return new ApiError(400, 'VALIDATION_FAILED', message, details);
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
