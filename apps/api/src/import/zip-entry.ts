import { Readable, Transform, type TransformCallback, pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw, crc32 } from 'node:zlib';
import type { ByteSource } from './byte-source';
import { IMPORT_LIMITS } from './import-limits';
import { ImportTooLargeError } from './import-too-large.error';
import { type ZipEntry, notAWorkbook, readBytes } from './zip-directory';

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_LENGTH = 30;
const LT = 0x3c;
const BANG = 0x21;
const QUESTION = 0x3f;

/** What may still be inflated from one workbook, shared by the parts read from it. */
export interface InflateBudget {
  remaining: number;
}

/**
 * One XML part of a workbook, inflated as it is read, as text (exceljs decodes each chunk on its own,
 * which garbles a character split between two chunks). Refused as soon as it passes `limit`, the
 * budget, the declared size or the ratio of IMPORT_LIMITS: nothing is ever written out.
 */
export async function openZipEntry(
  source: ByteSource,
  entry: ZipEntry,
  budget: InflateBudget,
  limit: number,
): Promise<Readable> {
  const allowed = Math.min(limit, budget.remaining);
  if (entry.uncompressedSize > allowed) {
    throw ImportTooLargeError.inflated(entry.name, `would inflate past ${allowed} bytes`, allowed);
  }
  const header = await readBytes(source, entry.localHeaderOffset, entry.localHeaderOffset + LOCAL_LENGTH);
  if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw notAWorkbook('its zip entries are damaged');
  const start = entry.localHeaderOffset + LOCAL_LENGTH + header.readUInt16LE(26) + header.readUInt16LE(28);
  const end = start + entry.compressedSize;
  if (end > source.size) throw notAWorkbook('it ends early');
  if (entry.method !== 0 && entry.method !== 8) throw notAWorkbook('it uses an unknown compression method');
  return Readable.from(inflated(source, entry, start, end, budget, allowed), { objectMode: true });
}

/** Started only when first read, so that no error is raised before anyone listens. */
async function* inflated(
  source: ByteSource,
  entry: ZipEntry,
  start: number,
  end: number,
  budget: InflateBudget,
  allowed: number,
): AsyncGenerator<string, void, undefined> {
  const read = { compressedBytes: 0 };
  const guard = new InflateGuard(entry, budget, allowed, read);
  const raw = source.read(start, end);
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      read.compressedBytes += chunk.length;
      callback(null, chunk);
    },
  });
  const streams = entry.method === 8 ? [raw, counted, createInflateRaw(), guard] : [raw, counted, guard];
  pipeline(streams, () => undefined);
  yield* guard as AsyncIterable<string>;
}

/**
 * Counts, checks and decodes an entry's inflated bytes; also refuses XML with unbounded tokens. The
 * ratio is judged against the compressed bytes read so far, so a bomb is stopped within its first MiBs.
 */
class InflateGuard extends Transform {
  private inflatedBytes = 0;
  private crc = 0;
  private sinceLt = 0;
  private ltAtEnd = false;
  private readonly decoder = new StringDecoder('utf8');

  constructor(
    private readonly entry: ZipEntry,
    private readonly budget: InflateBudget,
    private readonly allowed: number,
    private readonly progress: { compressedBytes: number },
  ) {
    super({ readableObjectMode: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const problem = this.count(chunk) ?? this.scanXml(chunk);
    if (problem !== undefined) return callback(problem);
    this.crc = crc32(chunk, this.crc);
    const text = this.decoder.write(chunk);
    if (text.length > 0) this.push(text);
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (this.inflatedBytes !== this.entry.uncompressedSize || this.crc !== this.entry.crc32) {
      return callback(notAWorkbook('it is damaged (a part fails its checksum)'));
    }
    const text = this.decoder.end();
    if (text.length > 0) this.push(text);
    callback();
  }

  private count(chunk: Buffer): Error | undefined {
    const { name, uncompressedSize } = this.entry;
    this.inflatedBytes += chunk.length;
    this.budget.remaining -= chunk.length;
    if (this.inflatedBytes > this.allowed) {
      return ImportTooLargeError.inflated(name, `inflates past ${this.allowed} bytes`, this.allowed);
    }
    if (this.inflatedBytes > uncompressedSize) {
      return ImportTooLargeError.inflated(
        name,
        'inflates past the size its zip directory declares',
        uncompressedSize,
      );
    }
    const ratio = IMPORT_LIMITS.inflateRatio;
    if (
      this.inflatedBytes > IMPORT_LIMITS.ratioFloorBytes &&
      this.inflatedBytes > ratio * this.progress.compressedBytes
    ) {
      return ImportTooLargeError.inflated(name, `inflates more than ${ratio} times`, ratio);
    }
    return undefined;
  }

  /**
   * Every stretch between two '<' (one tag and the text after it) is bounded, and there are no
   * comments, CDATA or DTDs (Excel writes none; they could hold a text of any length).
   */
  private scanXml(chunk: Buffer): Error | undefined {
    const offset = this.inflatedBytes - chunk.length;
    let from = 0;
    for (;;) {
      if (this.ltAtEnd && chunk.length > from) {
        this.ltAtEnd = false;
        const problem = this.markup(chunk[from], offset - 1);
        if (problem !== undefined) return problem;
      }
      const at = chunk.indexOf(LT, from);
      const run = this.sinceLt + (at < 0 ? chunk.length : at) - from;
      if (run > IMPORT_LIMITS.xmlRunBytes) {
        return ImportTooLargeError.inflated(
          this.entry.name,
          'holds a tag or text of more than 1 MiB',
          IMPORT_LIMITS.xmlRunBytes,
        );
      }
      if (at < 0) {
        this.sinceLt = run;
        return undefined;
      }
      this.sinceLt = 0;
      from = at + 1;
      if (from < chunk.length) {
        const problem = this.markup(chunk[from], offset + at);
        if (problem !== undefined) return problem;
      } else {
        this.ltAtEnd = true;
      }
    }
  }

  /** `ltOffset`: where the '<' is; only the XML declaration, at the start, may be `<?`. */
  private markup(afterLt: number, ltOffset: number): Error | undefined {
    if (afterLt !== BANG && (afterLt !== QUESTION || ltOffset <= 3)) return undefined;
    return notAWorkbook('its XML holds comments, CDATA, a DTD or processing instructions');
  }
}
