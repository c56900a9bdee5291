import { createHash, type Hash } from 'node:crypto';
import type { BlobSource } from './blob-store.port';
import { BlobRequestInvalid, BlobTooLarge } from './errors';

const HASH = /^[0-9a-f]{64}$/;

/** Whether `hash` is a lowercase hex SHA-256: the only thing a blob's path or key is built from. */
export function isBlobHash(hash: unknown): hash is string {
  return typeof hash === 'string' && HASH.test(hash);
}

export function checkHash(field: string, hash: unknown): string {
  if (!isBlobHash(hash)) throw new BlobRequestInvalid(field, 'not a lowercase hex SHA-256');
  return hash;
}

/** An upload's label: a few short strings (BlobRequestInvalid otherwise). */
export function checkLabel(label: unknown): Record<string, string> {
  if (label === undefined) return {};
  if (typeof label !== 'object' || label === null || Array.isArray(label))
    throw new BlobRequestInvalid('label', 'not an object of strings');
  const entries = Object.entries(label as Record<string, unknown>);
  if (entries.length > 8) throw new BlobRequestInvalid('label', 'more than 8 keys');
  for (const [key, value] of entries) {
    if (key.length > 64 || typeof value !== 'string' || value.length > 256)
      throw new BlobRequestInvalid('label', `${key.slice(0, 64)}: not a string of at most 256 characters`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

export function checkByteCount(field: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new BlobRequestInvalid(field, `not an integer of at least ${min}`);
  }
  return value;
}

/** Counts and hashes bytes as they pass; refuses the first byte past `maxBytes`. */
export class ByteMeter {
  private readonly hash: Hash = createHash('sha256');
  size = 0;

  constructor(private readonly maxBytes: number) {}

  take(chunk: Uint8Array): void {
    this.size += chunk.byteLength;
    if (this.size > this.maxBytes) throw new BlobTooLarge(this.maxBytes);
    this.hash.update(chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** The source's chunks as bytes (a Readable may yield strings). */
export async function* chunksOf(source: BlobSource): AsyncGenerator<Uint8Array> {
  for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
    yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  }
}

/** The SHA-256 and size of a whole stream (completeUpload re-reads the assembled upload). */
export async function hashOf(source: BlobSource): Promise<{ hash: string; size: number }> {
  const meter = new ByteMeter(Number.MAX_SAFE_INTEGER);
  for await (const chunk of chunksOf(source)) meter.take(chunk);
  return { hash: meter.digest(), size: meter.size };
}
