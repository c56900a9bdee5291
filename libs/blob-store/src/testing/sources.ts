import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';

export const MiB = 1 << 20;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function content(size: number): Buffer {
  return randomBytes(size);
}

/** The bytes in chunks of `chunkSize`, as a network body arrives. */
export async function* chunked(bytes: Buffer, chunkSize = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += chunkSize) {
    yield bytes.subarray(at, Math.min(at + chunkSize, bytes.byteLength));
  }
}

/** The first `failAfter` bytes, then `error`: an upload cut off by the network. */
export async function* interrupted(
  bytes: Buffer,
  failAfter: number,
  error: Error,
): AsyncGenerator<Uint8Array> {
  yield* chunked(bytes.subarray(0, failAfter));
  throw error;
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
