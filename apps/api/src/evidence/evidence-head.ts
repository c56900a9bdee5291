import { SNIFF_LENGTH } from '@app/blob-store';

/**
 * The first bytes of a stream, for sniffing, and the whole stream again (those bytes, then the
 * rest) for the store: nothing is gathered beyond the head.
 */
export async function peekHead(
  source: AsyncIterable<Uint8Array>,
  want = SNIFF_LENGTH,
): Promise<{ head: Uint8Array; content: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < want) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    taken.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(taken);
  async function* content(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head: head.subarray(0, want), content: content() };
}
