/**
 * Compares two strings by their UTF-8 bytes (not UTF-16 units), as docs/draw.md specifies. UTF-16
 * order differs from code-point (= UTF-8 byte) order only between surrogates (characters above
 * U+FFFF) and U+E000–U+FFFF, so the first differing unit decides, with that one correction.
 */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate !== ySurrogate && (x >= 0xe000 || y >= 0xe000)) return xSurrogate ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
