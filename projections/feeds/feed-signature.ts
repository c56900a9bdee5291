import { createHmac } from 'node:crypto';

/**
 * The signature of one delivery (docs/exchange.md, "Signature"): HMAC-SHA256 with the
 * subscriber's secret over the timestamp header's value, a full stop, and the body's bytes, in hex.
 */
export function feedSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}
