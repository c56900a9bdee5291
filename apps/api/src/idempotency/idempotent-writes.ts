import { RequestMethod, type Type } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { IdempotencyInterceptor } from './idempotency.interceptor';

const WRITES: ReadonlySet<RequestMethod> = new Set([
  RequestMethod.POST,
  RequestMethod.PUT,
  RequestMethod.PATCH,
  RequestMethod.DELETE,
]);

/**
 * Puts the idempotency interceptor on every write route of these controllers and on no read:
 * an interceptor in a route's chain costs every request that passes it (Nest binds an async
 * resource per interceptor), about a tenth of a dashboard read. Runs before Nest scans the module.
 */
export function withIdempotentWrites<T extends Type>(controllers: readonly T[]): T[] {
  for (const controller of controllers) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = name === 'constructor' ? undefined : prototype[name];
      if (typeof handler !== 'function') continue;
      if (!WRITES.has(Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod)) continue;
      const interceptors =
        (Reflect.getMetadata(INTERCEPTORS_METADATA, handler) as unknown[] | undefined) ?? [];
      if (interceptors.includes(IdempotencyInterceptor)) continue;
      Reflect.defineMetadata(INTERCEPTORS_METADATA, [...interceptors, IdempotencyInterceptor], handler);
    }
  }
  return [...controllers];
}
