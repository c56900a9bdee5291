import { toHex } from './sha256';
import { Sha256Hasher, sha256 } from './sha256-js';
import { compareUtf8 } from './utf8-order';

/** SHA-256 over the selected ids, sorted, one per line. */
export function selectedDigest(ids: readonly string[]): string {
  return toHex(
    sha256([
      [...ids]
        .sort(compareUtf8)
        .map((id) => `${id}\n`)
        .join(''),
    ]),
  );
}

/**
 * The pool digest, fed lines in id order: `id TAB stratum LF` written as UTF-8 into a buffer that is
 * hashed whenever it fills (no string per line: a directory has millions).
 */
export class PoolDigest {
  private readonly hasher = new Sha256Hasher();
  private readonly buffer = new Uint8Array(CHUNK + 4096);
  private filled = 0;

  /** With `lines`, a part's digest: its lines' bytes go there, in order, instead of being hashed. */
  constructor(private readonly lines?: (bytes: Uint8Array) => void) {}

  add(entityId: string, stratum: string): void {
    const room = 3 * (entityId.length + stratum.length) + 2;
    if (this.filled + room > this.buffer.length) this.flush();
    if (room > this.buffer.length) {
      // Longer than the buffer (no real id is): hashed as it is, in order.
      this.hash(encoder.encode(`${entityId}\t${stratum}\n`));
      return;
    }
    let n = this.write(entityId, this.filled);
    this.buffer[n++] = 0x09;
    n = this.write(stratum, n);
    this.buffer[n++] = 0x0a;
    this.filled = n;
    if (n >= CHUNK) this.flush();
  }

  /** Another part's lines, the bytes its `lines` received, in order after these. */
  addBytes(bytes: Uint8Array): void {
    this.flush();
    this.hash(bytes);
  }

  finish(): string {
    this.flush();
    return toHex(this.hasher.digest());
  }

  /** Hands out (or hashes) what is buffered. */
  flush(): void {
    if (this.filled === 0) return;
    this.hash(this.lines ? this.buffer.slice(0, this.filled) : this.buffer.subarray(0, this.filled));
    this.filled = 0;
  }

  private hash(bytes: Uint8Array): void {
    if (this.lines) this.lines(bytes);
    else this.hasher.update(bytes);
  }

  /** The text's UTF-8 bytes at `at` (the caller made room for three bytes per unit). */
  private write(text: string, at: number): number {
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) return at + encoder.encodeInto(text, this.buffer.subarray(at)).written;
      this.buffer[at + i] = code;
    }
    return at + text.length;
  }
}

const CHUNK = 65_536;
const encoder = new TextEncoder();
