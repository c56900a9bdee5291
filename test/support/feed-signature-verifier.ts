import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A receiver's check of a delivery, written from docs/exchange.md ("Push") alone: HMAC-SHA256 keyed
 * with the secret over `<X-SSJ-Timestamp>.<raw body>`, as `sha256=<hex>`, compared in constant
 * time, and a timestamp within 5 minutes of the receiver's clock.
 */
export function verifyFeedDelivery(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  rawBody: Buffer,
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  const timestamp = headers['x-ssj-timestamp'];
  const signature = headers['x-ssj-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || !/^\d+$/.test(timestamp))
    return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > 300) return false;
  const mac = createHmac('sha256', Buffer.from(secret, 'utf8'));
  mac.update(Buffer.from(`${timestamp}.`, 'utf8'));
  mac.update(rawBody);
  const expected = Buffer.from(`sha256=${mac.digest('hex')}`, 'utf8');
  const given = Buffer.from(signature, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
