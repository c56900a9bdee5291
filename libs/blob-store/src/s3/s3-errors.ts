import { BlobStoreError, BlobStoreUnavailable } from '../errors';

interface SdkError {
  name?: string;
  code?: string;
  errors?: SdkError[];
  cause?: SdkError;
  $metadata?: { httpStatusCode?: number };
}

/** Answers that mean the bucket cannot serve us now or as configured: the store is unavailable. */
const UNAVAILABLE_NAMES = new Set([
  'NoSuchBucket',
  'AccessDenied',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeTooSkewed',
  'SlowDown',
  'ServiceUnavailable',
  'InternalError',
  'QuotaExceeded',
]);

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

function isUnavailable(error: SdkError): boolean {
  const status = error.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500) return true;
  // The SDK tried (it counted attempts) and no HTTP answer came: connection refused, reset, timeout.
  if (error.$metadata !== undefined && status === undefined) return true;
  if (error.name !== undefined && UNAVAILABLE_NAMES.has(error.name)) return true;
  if (error.code !== undefined && NETWORK_CODES.has(error.code)) return true;
  return [...(error.errors ?? []), ...(error.cause ? [error.cause] : [])].some(isUnavailable);
}

/** Connection failures, timeouts, 5xx and a missing or forbidden bucket → BlobStoreUnavailable. */
export function asUnavailable(error: unknown): unknown {
  if (error instanceof BlobStoreError || typeof error !== 'object' || error === null) return error;
  const sdk = error as SdkError;
  return isUnavailable(sdk)
    ? new BlobStoreUnavailable(`s3 ${sdk.name ?? sdk.code ?? 'error'}`, { cause: error })
    : error;
}

export function isNotFound(error: unknown): boolean {
  const sdk = error as SdkError;
  return (
    ['NoSuchKey', 'NotFound', 'NoSuchUpload'].includes(sdk.name ?? '') ||
    sdk.$metadata?.httpStatusCode === 404
  );
}

export async function guard<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw asUnavailable(error);
  }
}

/** The object, or undefined when the bucket has none under that key. */
export async function unlessNotFound<T>(step: () => Promise<T>): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    if (isNotFound(error) && (error as SdkError).name !== 'NoSuchBucket') return undefined;
    throw asUnavailable(error);
  }
}
