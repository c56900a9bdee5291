/** SHA-256 of the bytes a hex string stands for, in lowercase hex (the seed's commitment; docs/draw.md §1). */
export async function sha256OfHex(hex: string): Promise<string> {
  const bytes = new Uint8Array((hex.match(/../g) ?? []).map((pair) => parseInt(pair, 16)));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
