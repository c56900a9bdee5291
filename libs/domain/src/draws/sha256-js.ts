/**
 * SHA-256 (FIPS 180-4) in plain TypeScript. A draw hashes one short message per candidate, millions
 * of times; for messages that short a native call costs more than the hashing, and this is about
 * three times faster than node:crypto's one-shot hash (docs/benchmarks.md). Checked against
 * node:crypto over random inputs (sha256-js.spec.ts).
 */
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const IV = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

const encoder = new TextEncoder();

/** An incremental SHA-256: `update` any number of times, then `digest` once. */
export class Sha256Hasher {
  private readonly state = Int32Array.from(IV);
  private readonly w = new Int32Array(64);
  private readonly block = new Uint8Array(64);
  private filled = 0;
  private length = 0;

  update(part: Uint8Array | string): this {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    this.length += bytes.length;
    let offset = 0;
    if (this.filled > 0) {
      const take = Math.min(64 - this.filled, bytes.length);
      this.block.set(bytes.subarray(0, take), this.filled);
      this.filled += take;
      offset = take;
      if (this.filled < 64) return this;
      compress(this.state, this.w, this.block, 0);
      this.filled = 0;
    }
    for (; offset + 64 <= bytes.length; offset += 64) compress(this.state, this.w, bytes, offset);
    this.block.set(bytes.subarray(offset), 0);
    this.filled = bytes.length - offset;
    return this;
  }

  digest(): Uint8Array {
    const bits = this.length * 8;
    const tail = this.filled < 56 ? 64 : 128;
    const padded = new Uint8Array(tail);
    padded.set(this.block.subarray(0, this.filled));
    padded[this.filled] = 0x80;
    writeLength(padded, tail, bits);
    compress(this.state, this.w, padded, 0);
    if (tail === 128) compress(this.state, this.w, padded, 64);
    return wordsToBytes(this.state);
  }
}

/** SHA-256 over the concatenation of parts (strings as UTF-8). */
export function sha256(parts: readonly (Uint8Array | string)[]): Uint8Array {
  const hasher = new Sha256Hasher();
  for (const part of parts) hasher.update(part);
  return hasher.digest();
}

/**
 * Hashes many short messages that share a prefix without allocating: the message is
 * prefix ‖ middle ‖ 0x00 ‖ suffix, and the first 96 bits of its hash come back as two 48-bit
 * numbers (what a draw compares first; docs/draw.md §3). A 32-byte prefix (a draw key) fills the
 * first eight words of the first block, so the state after its first eight rounds is computed once.
 */
export class PrefixedKeyHasher {
  private readonly state = new Int32Array(8);
  private readonly w = new Int32Array(64);
  private buffer = new Uint8Array(256);
  /** With a 32-byte prefix: its words, and the state after the first block's first eight rounds. */
  private readonly prefixWords?: Int32Array;
  private readonly afterPrefix?: Int32Array;
  /** Bytes 0–5 and 6–11 of the last hash, big-endian. */
  hi = 0;
  lo = 0;

  constructor(private readonly prefix: Uint8Array) {
    this.buffer.set(prefix);
    if (prefix.length === 32) {
      this.prefixWords = new Int32Array(8);
      for (let i = 0; i < 8; i += 1) this.prefixWords[i] = wordAt(prefix, i * 4);
      this.afterPrefix = Int32Array.from(IV);
      rounds(this.afterPrefix, this.prefixWords, 0, 8);
    }
  }

  hash(middle: string, suffix: string): void {
    let n = this.prefix.length;
    n = this.write(middle, n);
    this.buffer[n++] = 0;
    n = this.write(suffix, n);
    const tail = n % 64 < 56 ? 64 - (n % 64) : 128 - (n % 64);
    if (n + tail > this.buffer.length) this.grow(n + tail);
    const end = n + tail;
    this.buffer[n] = 0x80;
    this.buffer.fill(0, n + 1, end);
    writeLength(this.buffer, end, n * 8);
    const { state, w, buffer } = this;
    let offset = 0;
    if (this.afterPrefix) {
      // The first block from its ninth round on: its first eight words are the prefix's.
      w.set(this.prefixWords!);
      for (let i = 8; i < 16; i += 1) w[i] = wordAt(buffer, i * 4);
      expand(w);
      state.set(this.afterPrefix);
      rounds(state, w, 8, 64);
      for (let i = 0; i < 8; i += 1) state[i] = (state[i] + IV[i]) | 0;
      offset = 64;
    } else {
      state.set(IV);
    }
    for (; offset < end; offset += 64) compress(state, w, buffer, offset);
    this.hi = (state[0] >>> 0) * 0x10000 + (state[1] >>> 16);
    this.lo = (state[1] & 0xffff) * 0x100000000 + (state[2] >>> 0);
  }

  private write(text: string, at: number): number {
    if (at + text.length * 3 + 72 > this.buffer.length) this.grow(at + text.length * 3 + 72);
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) return at + this.writeUtf8(text, at);
      this.buffer[at + i] = code;
    }
    return at + text.length;
  }

  private writeUtf8(text: string, at: number): number {
    return encoder.encodeInto(text, this.buffer.subarray(at)).written;
  }

  private grow(size: number): void {
    const bigger = new Uint8Array(Math.max(size, this.buffer.length * 2));
    bigger.set(this.buffer);
    this.buffer = bigger;
  }
}

function writeLength(block: Uint8Array, end: number, bits: number): void {
  const high = Math.floor(bits / 0x100000000);
  block[end - 8] = high >>> 24;
  block[end - 7] = high >>> 16;
  block[end - 6] = high >>> 8;
  block[end - 5] = high;
  block[end - 4] = bits >>> 24;
  block[end - 3] = bits >>> 16;
  block[end - 2] = bits >>> 8;
  block[end - 1] = bits;
}

function wordsToBytes(state: Int32Array): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i += 1) {
    out[i * 4] = state[i] >>> 24;
    out[i * 4 + 1] = state[i] >>> 16;
    out[i * 4 + 2] = state[i] >>> 8;
    out[i * 4 + 3] = state[i];
  }
  return out;
}

function wordAt(bytes: Uint8Array, j: number): number {
  return (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
}

function compress(h: Int32Array, w: Int32Array, bytes: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i += 1) w[i] = wordAt(bytes, offset + i * 4);
  expand(w);
  const a = h[0];
  const b = h[1];
  const c = h[2];
  const d = h[3];
  const e = h[4];
  const f = h[5];
  const g = h[6];
  const hh = h[7];
  rounds(h, w, 0, 64);
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
  h[5] = (h[5] + f) | 0;
  h[6] = (h[6] + g) | 0;
  h[7] = (h[7] + hh) | 0;
}

/** The message schedule: words 16–63 from the block's 16. */
function expand(w: Int32Array): void {
  for (let i = 16; i < 64; i += 1) {
    const w15 = w[i - 15];
    const w2 = w[i - 2];
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
  }
}

/** Rounds `from` to `to` (exclusive) applied to the working state `h` in place (no final addition). */
function rounds(h: Int32Array, w: Int32Array, from: number, to: number): void {
  let a = h[0];
  let b = h[1];
  let c = h[2];
  let d = h[3];
  let e = h[4];
  let f = h[5];
  let g = h[6];
  let hh = h[7];
  for (let i = from; i < to; i += 1) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (hh + s1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = a;
  h[1] = b;
  h[2] = c;
  h[3] = d;
  h[4] = e;
  h[5] = f;
  h[6] = g;
  h[7] = hh;
}
