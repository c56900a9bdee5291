/**
 * Helpers for the shapes the console takes from the server's own types (`import type` only: erased
 * at build, so nothing server-side is bundled).
 */

/** A read-model document's named fields, without ReadDocument's `[field: string]: unknown`. */
export type KnownFields<T> = {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};
