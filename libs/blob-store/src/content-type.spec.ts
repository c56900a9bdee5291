import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { Readable } from 'node:stream';
import { EVIDENCE_CONTENT_TYPES, kindOf, sniffContentType, type EvidenceContentType } from './content-type';
import { DEFAULT_SIZE_LIMITS, largestSizeLimit, sizeLimitFor, sizeLimits } from './size-limits';
import { sniffSource } from './sniff-stream';
import { readAll } from './testing/sources';

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))),
  );
const u32 = (value: number): number[] => [
  value >>> 24,
  (value >>> 16) & 255,
  (value >>> 8) & 255,
  value & 255,
];
const le32 = (value: number): number[] => u32(value).reverse();

/** An ISO base media 'ftyp' box with a major brand and compatible brands, then an empty 'mdat'. */
function ftyp(major: string, ...compatible: string[]): Buffer {
  const size = 16 + 4 * compatible.length;
  return bytes(u32(size), 'ftyp', major, u32(0), ...compatible, u32(8), 'mdat');
}

/** A RIFF file of the given form with one chunk. */
function riff(form: string, chunk: string, body: number[]): Buffer {
  return bytes('RIFF', le32(4 + 8 + body.length), form, chunk, le32(body.length), body);
}

async function pdf(): Promise<Buffer> {
  const document = new PDFDocument();
  document.text('检查告知书');
  document.end();
  return readAll(document);
}

/** One minimal sample of each accepted type, as a camera, recorder or printer writes it. */
const SAMPLES: Record<EvidenceContentType, () => Promise<Buffer> | Buffer> = {
  'image/jpeg': () => bytes([0xff, 0xd8, 0xff, 0xe0], u32(0x0010_4a46), 'IF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0], [0xff, 0xd9]),
  'image/png': () => QRCode.toBuffer('https://example.org/tasks/1'),
  'image/heic': () => ftyp('heic', 'mif1', 'heic'),
  'image/webp': () => riff('WEBP', 'VP8 ', [0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, 1, 0, 1, 0]),
  'audio/mpeg': () => bytes('ID3', [3, 0, 0, 0, 0, 0, 0], [0xff, 0xfb, 0x90, 0x64], Array(413).fill(0)),
  'audio/mp4': () => ftyp('M4A ', 'M4A ', 'mp42', 'isom'),
  'audio/wav': () => riff('WAVE', 'fmt ', [1, 0, 1, 0, ...le32(8000), ...le32(16000), 2, 0, 16, 0]),
  'audio/amr': () => bytes('#!AMR\n', [0x3c], Array(31).fill(0)),
  'audio/amr-wb': () => bytes('#!AMR-WB\n', [0x04], Array(17).fill(0)),
  'video/mp4': () => ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'),
  'video/quicktime': () => ftyp('qt  ', 'qt  '),
  'video/webm': () =>
    bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04], [0x42, 0xf3, 0x81, 0x08, 0x42, 0x82, 0x84], 'webm', [0x42, 0x87, 0x81, 0x04]),
  'application/pdf': pdf,
}; // prettier-ignore

describe('sniffContentType', () => {
  it.each(EVIDENCE_CONTENT_TYPES.map((type) => [type]))('recognises %s by its content', async (type) => {
    expect(sniffContentType(await SAMPLES[type]())).toBe(type);
  });

  it('recognises an MP3 without a tag by its frame header, and a QuickTime file without ftyp', () => {
    expect(sniffContentType(bytes([0xff, 0xfb, 0x90, 0x64], Array(100).fill(0)))).toBe('audio/mpeg');
    expect(sniffContentType(bytes(u32(8), 'wide', u32(100), 'mdat'))).toBe('video/quicktime');
    expect(sniffContentType(ftyp('mif1', 'mif1', 'heic'))).toBe('image/heic');
  });

  it.each([
    ['text', bytes('Lorem ipsum dolor sit amet')],
    ['a ZIP (or an .docx named .pdf)', bytes('PK', [3, 4, 20, 0, 0, 0, 8, 0])],
    ['a Windows program', bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0])],
    ['plain Matroska', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x93, 0x42, 0x82, 0x88], 'matroska')],
    ['AVIF', ftyp('avif', 'avif', 'mif1', 'miaf')],
    ['3GPP', ftyp('3gp4', '3gp4', 'isom')],
    ['AAC in ADTS', bytes([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc])],
    ['an AVI (RIFF but not WAVE or WEBP)', riff('AVI ', 'LIST', [0, 0, 0, 0])],
    ['a truncated header', bytes([0x89, 0x50, 0x4e])],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_name, sample) => {
    expect(sniffContentType(sample)).toBeUndefined();
  });
});

describe('size limits', () => {
  it('has a limit per kind, overridable by positive integers only', () => {
    expect(sizeLimitFor('image/heic')).toBe(20 * 1024 * 1024);
    expect(sizeLimitFor('audio/amr')).toBe(200 * 1024 * 1024);
    expect(sizeLimitFor('video/quicktime')).toBe(2 * 1024 ** 3);
    expect(sizeLimitFor('application/pdf')).toBe(50 * 1024 * 1024);
    expect(kindOf('application/pdf')).toBe('document');
    const limits = sizeLimits({ video: 500, image: -1, audio: 1.5 });
    expect(limits).toEqual({ ...DEFAULT_SIZE_LIMITS, video: 500 });
    expect(sizeLimitFor('video/mp4', limits)).toBe(500);
    expect(largestSizeLimit()).toBe(DEFAULT_SIZE_LIMITS.video);
  });
});

describe('sniffSource', () => {
  it('tells the type from the first bytes and gives back every byte', async () => {
    const file = Buffer.concat([await pdf(), Buffer.alloc(100_000, 7)]);
    const source = Readable.from([file.subarray(0, 3), file.subarray(3, 700), file.subarray(700)]);
    const { contentType, content } = await sniffSource(source);
    expect(contentType).toBe('application/pdf');
    expect((await readAll(Readable.from(content))).equals(file)).toBe(true);
  });

  it('handles a file shorter than the sniffed length, and an unknown type', async () => {
    const { contentType, content } = await sniffSource(Readable.from([Buffer.from('hello')]));
    expect(contentType).toBeUndefined();
    expect((await readAll(Readable.from(content))).toString()).toBe('hello');
  });
});
