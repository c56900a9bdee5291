import { Logger } from '@nestjs/common';

const logger = new Logger('Security');

/**
 * A security event for administrators: one line in the log, `{"securityEvent": NAME, ...}`, at
 * level warn under the context `Security` (docs/operations.md). Never put personal data in `fields`.
 */
export function reportSecurityEvent(event: string, fields: Record<string, unknown>): void {
  logger.warn(JSON.stringify({ securityEvent: event, ...fields }));
}
