const MiB = 1024 * 1024;

/**
 * The types of file kept as evidence, each with its size limit. The type is what the file's first
 * bytes show (sniffEvidenceType), never its name or the type the client declares.
 */
export const EVIDENCE_TYPE_LIMITS: Readonly<Record<string, number>> = {
  'image/jpeg': 30 * MiB,
  'image/png': 30 * MiB,
  'image/webp': 30 * MiB,
  'image/heic': 30 * MiB,
  'image/tiff': 100 * MiB,
  'application/pdf': 100 * MiB,
  'audio/mpeg': 500 * MiB,
  'audio/wav': 500 * MiB,
  'audio/ogg': 500 * MiB,
  'audio/amr': 500 * MiB,
  'audio/aac': 500 * MiB,
  'video/mp4': 4096 * MiB,
  'video/quicktime': 4096 * MiB,
  'video/webm': 4096 * MiB,
  'video/3gpp': 4096 * MiB,
};

/** The largest file any type allows: a body announced bigger is refused before it is read. */
export const MAX_EVIDENCE_BYTES = Math.max(...Object.values(EVIDENCE_TYPE_LIMITS));

/** Bytes read before sniffing: every signature below lies within them. */
export const SNIFF_BYTES = 64;

const ascii = (head: Uint8Array, from: number, text: string): boolean =>
  head.length >= from + text.length && [...text].every((char, i) => head[from + i] === char.charCodeAt(0));

const bytes = (head: Uint8Array, from: number, signature: number[]): boolean =>
  head.length >= from + signature.length && signature.every((b, i) => head[from + i] === b);

/** The ISO base media brand (ftyp box): MP4, QuickTime, 3GP, HEIC. */
function isoMediaType(head: Uint8Array): string | undefined {
  if (!ascii(head, 4, 'ftyp')) return undefined;
  const brand = String.fromCharCode(...head.subarray(8, 12));
  if (['heic', 'heix', 'mif1', 'msf1', 'heim', 'heis'].includes(brand)) return 'image/heic';
  if (brand === 'qt  ') return 'video/quicktime';
  if (brand.startsWith('3g')) return 'video/3gpp';
  // M4A audio, MP4 video and their relatives share the container; the kind tells them apart.
  return 'video/mp4';
}

/** The type the first bytes show, or undefined when it is none the platform keeps. */
export function sniffEvidenceType(head: Uint8Array): string | undefined {
  if (bytes(head, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (bytes(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return 'image/webp';
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE')) return 'audio/wav';
  if (bytes(head, 0, [0x49, 0x49, 0x2a, 0x00]) || bytes(head, 0, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'image/tiff';
  if (ascii(head, 0, '%PDF-')) return 'application/pdf';
  if (ascii(head, 0, 'ID3') || bytes(head, 0, [0xff, 0xfb]) || bytes(head, 0, [0xff, 0xf3]))
    return 'audio/mpeg';
  if (bytes(head, 0, [0xff, 0xf1]) || bytes(head, 0, [0xff, 0xf9])) return 'audio/aac';
  if (ascii(head, 0, 'OggS')) return 'audio/ogg';
  if (ascii(head, 0, '#!AMR')) return 'audio/amr';
  if (bytes(head, 0, [0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm';
  return isoMediaType(head);
}

/** Types a client may declare for the same content (browsers name a few differently). */
const ALIASES: Readonly<Record<string, string>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/heif': 'image/heic',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/mp3': 'audio/mpeg',
  'audio/mp4': 'video/mp4',
  'audio/x-m4a': 'video/mp4',
  'audio/m4a': 'video/mp4',
  'audio/3gpp': 'video/3gpp',
  'audio/webm': 'video/webm',
};

/** A declared Content-Type as the sniffed type would name it; undefined for "no type declared". */
export function declaredEvidenceType(header: string | undefined): string | undefined {
  const type = header?.split(';')[0].trim().toLowerCase();
  if (!type || type === 'application/octet-stream' || type === 'application/offset+octet-stream')
    return undefined;
  return ALIASES[type] ?? type;
}
