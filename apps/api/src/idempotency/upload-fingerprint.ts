import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { type Readable, Transform, pipeline } from 'node:stream';

/** The fingerprint of an upload: its name, type and bytes (not the multipart framing, which varies). */
function uploadHash(part: MultipartFile) {
  return createHash('sha256').update(`${part.filename}\u0000${part.mimetype}\u0000`);
}

/** An upload read by its route, hashed as it passes; the idempotency interceptor asks for the result. */
class TappedUpload {
  private readonly tap: Transform;
  private readonly result: Promise<string | undefined>;

  constructor(part: MultipartFile) {
    const hash = uploadHash(part);
    this.tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    this.result = new Promise((resolve) => {
      // An upload that fails (too large, aborted) has no fingerprint: its answer is not kept.
      pipeline(part.file, this.tap, (error) =>
        resolve(error || part.file.truncated ? undefined : hash.digest('hex')),
      );
    });
  }

  get stream(): Readable {
    return this.tap;
  }

  /** Reads whatever the route left unread (a reader may stop before the end) and gives the hash. */
  finish(): Promise<string | undefined> {
    if (!this.tap.destroyed) {
      this.tap.unpipe();
      this.tap.resume();
    }
    return this.result;
  }
}

const tapped = new WeakMap<FastifyRequest, TappedUpload>();

/**
 * The stream a route reads an upload from, hashed as it passes so that an `Idempotency-Key`
 * replay can be told apart from another file: streamed, never held whole.
 */
export function readUpload(request: FastifyRequest, part: MultipartFile): Readable {
  const upload = new TappedUpload(part);
  tapped.set(request, upload);
  return upload.stream;
}

/**
 * The fingerprint of the upload the route read (readUpload), once all of it has passed; undefined
 * when the route read none, or the upload failed.
 */
export function fingerprintOfReadUpload(request: FastifyRequest): Promise<string | undefined> {
  return tapped.get(request)?.finish() ?? Promise.resolve(undefined);
}

/** Reads a request's upload only to fingerprint it (a retry compared with the first request). */
export async function fingerprintUpload(request: FastifyRequest): Promise<string | undefined> {
  const part = await request.file();
  if (!part) return undefined;
  const hash = uploadHash(part);
  for await (const chunk of part.file) hash.update(chunk as Buffer);
  // Cut short at the size limit: not the file that was sent.
  if (part.file.truncated) return undefined;
  return hash.digest('hex');
}
