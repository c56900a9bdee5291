import type { BlobSource } from './blob-store.port';
import { chunksOf } from './blob-hash';
import { SNIFF_LENGTH, sniffContentType, type EvidenceContentType } from './content-type';

/**
 * Reads a stream's first SNIFF_LENGTH bytes (no more is held) to tell its type, and gives back a
 * source that replays them followed by the rest: the type, and so the size limit, are known before
 * the file goes to the store.
 */
export async function sniffSource(source: BlobSource): Promise<{
  contentType: EvidenceContentType | undefined;
  content: AsyncIterable<Uint8Array>;
}> {
  const iterator = chunksOf(source)[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_LENGTH) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.byteLength;
  }
  const contentType = sniffContentType(Buffer.concat(head));
  async function* replay(): AsyncGenerator<Uint8Array> {
    try {
      yield* head;
      if (ended) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      // A consumer that stops early (a refusal) releases the source too.
      if (!ended) await iterator.return?.(undefined);
    }
  }
  return { contentType, content: replay() };
}
