import { Readable } from 'node:stream';
import { IMPORT_LIMITS } from './import-limits';
import { ImportTooLargeError } from './import-too-large.error';

/** The opening tag of one shared string: `<si>`, `<si …>` or `<si/>` (not `<sz>` or `<sid>`). */
const SHARED_STRING_TAG = /<si[\s/>]/g;
const TAG_LENGTH = 4;

/**
 * The shared strings part, passed on as it is read and refused as soon as it holds more than
 * IMPORT_LIMITS.sharedStrings strings: each becomes a string of its own on the heap, so short ones
 * would cost far more memory than their bytes say. Counted from the XML before exceljs parses it.
 */
export function countedSharedStrings(part: Readable, name: string): Readable {
  return Readable.from(counted(part, name), { objectMode: true });
}

async function* counted(part: AsyncIterable<string>, name: string): AsyncGenerator<string> {
  const limit = IMPORT_LIMITS.sharedStrings;
  let count = 0;
  let tail = '';
  for await (const chunk of part) {
    // A tag split between two chunks is found in the tail of one joined to the next.
    const text = tail + chunk;
    count += text.match(SHARED_STRING_TAG)?.length ?? 0;
    if (count > limit)
      throw ImportTooLargeError.inflated(name, `holds more than ${limit} shared strings`, limit);
    tail = text.slice(-(TAG_LENGTH - 1));
    yield chunk;
  }
}
