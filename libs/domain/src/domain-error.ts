/**
 * A broken domain rule. `code` is stable UPPER_SNAKE (the API returns it with HTTP 409);
 * `rule` cites where the rule comes from (docs and ../shared/domain.md), for people reading it.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
