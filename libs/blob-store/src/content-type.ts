/**
 * Evidence types, recognised by their content (magic numbers), never by a file's name or the
 * type a client declares (ADR 46: why a small table of our own rather than a library).
 */
export const EVIDENCE_CONTENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/heic',
  'image/webp',
  'audio/mpeg',
  'audio/mp4',
  'audio/wav',
  'audio/amr',
  'audio/amr-wb',
  'video/mp4',
  'video/quicktime',
  'video/webm',
  'application/pdf',
] as const;

export type EvidenceContentType = (typeof EVIDENCE_CONTENT_TYPES)[number];

export type EvidenceKind = 'image' | 'audio' | 'video' | 'document';

export function kindOf(type: EvidenceContentType): EvidenceKind {
  if (type === 'application/pdf') return 'document';
  return type.slice(0, type.indexOf('/')) as EvidenceKind;
}

/** How many leading bytes sniffContentType needs at most. */
export const SNIFF_LENGTH = 512;

const ascii = (bytes: Uint8Array, from: number, length: number): string =>
  Buffer.from(bytes.subarray(from, from + length)).toString('latin1');

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);

const MP4_BRANDS = new Set([
  'isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'iso7', 'iso8', 'iso9',
  'mp41', 'mp42', 'avc1', 'dash', 'mmp4', 'M4V ', 'M4VP', 'MSNV', 'f4v ',
]); // prettier-ignore
const M4A_BRANDS = new Set(['M4A ', 'M4B ']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);
/** QuickTime files from before 'ftyp' start straight with one of these atoms. */
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

/** ISO base media files (MP4, M4A, MOV, HEIC): by the major brand of the leading 'ftyp' box. */
function isoMedia(bytes: Uint8Array): EvidenceContentType | undefined {
  if (bytes.length < 12) return undefined;
  const box = ascii(bytes, 4, 4);
  if (QUICKTIME_ATOMS.has(box)) return 'video/quicktime';
  if (box !== 'ftyp') return undefined;
  const boxSize = Buffer.from(bytes).readUInt32BE(0);
  const major = ascii(bytes, 8, 4);
  const compatible: string[] = [];
  for (let at = 16; at + 4 <= Math.min(boxSize, bytes.length); at += 4) {
    compatible.push(ascii(bytes, at, 4));
  }
  if (major === 'qt  ') return 'video/quicktime';
  if (M4A_BRANDS.has(major)) return 'audio/mp4';
  if (HEIC_BRANDS.has(major)) return 'image/heic';
  // 'mif1' is HEIF in general (AVIF too): only HEIC-coded images are accepted.
  if (major === 'mif1' || major === 'msf1') {
    return compatible.some((brand) => HEIC_BRANDS.has(brand)) ? 'image/heic' : undefined;
  }
  if (MP4_BRANDS.has(major)) return 'video/mp4';
  return undefined;
}

/** MPEG-1/2 audio (MP3): an ID3 tag, or a frame header (sync bits, a real layer and bitrate). */
function mpegAudio(bytes: Uint8Array): boolean {
  if (ascii(bytes, 0, 3) === 'ID3' && bytes.length >= 10) return true;
  if (bytes.length < 3 || bytes[0] !== 0xff || (bytes[1] & 0xe0) !== 0xe0) return false;
  const version = (bytes[1] >> 3) & 0b11;
  const layer = (bytes[1] >> 1) & 0b11;
  const bitrate = bytes[2] >> 4;
  // layer 0 is AAC in ADTS, not MP3; version 1 and bitrate 15 are reserved.
  return version !== 1 && layer !== 0 && bitrate !== 0b1111;
}

/** WebM: an EBML header whose DocType is "webm" (plain Matroska is refused). */
function webm(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return false;
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64)));
  const at = head.indexOf(Buffer.from([0x42, 0x82]));
  return at >= 0 && head.subarray(at + 3, at + 7).toString('latin1') === 'webm';
}

/**
 * The evidence type of a file from its first bytes (up to SNIFF_LENGTH), or undefined when the
 * content is none of the accepted types.
 */
export function sniffContentType(firstBytes: Uint8Array): EvidenceContentType | undefined {
  const bytes = firstBytes.subarray(0, SNIFF_LENGTH);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (ascii(bytes, 0, 4) === 'RIFF' && bytes.length >= 12) {
    const form = ascii(bytes, 8, 4);
    if (form === 'WEBP') return 'image/webp';
    if (form === 'WAVE') return 'audio/wav';
    return undefined;
  }
  if (ascii(bytes, 0, 6) === '#!AMR\n') return 'audio/amr';
  if (ascii(bytes, 0, 9) === '#!AMR-WB\n') return 'audio/amr-wb';
  if (webm(bytes)) return 'video/webm';
  const iso = isoMedia(bytes);
  if (iso) return iso;
  if (mpegAudio(bytes)) return 'audio/mpeg';
  return undefined;
}
