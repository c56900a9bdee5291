/** Stream names in the order readStreamsByPrefix hands them out: by their UTF-8 bytes. */
export function byStreamName(names: Iterable<string>): string[] {
  return [...names]
    .map((name) => ({ name, bytes: Buffer.from(name) }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map((entry) => entry.name);
}
