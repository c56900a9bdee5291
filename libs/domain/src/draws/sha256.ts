/**
 * SHA-256 over the concatenation of parts (strings as UTF-8). The domain takes it as a function
 * so that it stays free of I/O and platform modules; the application passes node:crypto's.
 */
export type Sha256 = (parts: readonly (Uint8Array | string)[]) => Uint8Array;

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

export function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i += 1) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
