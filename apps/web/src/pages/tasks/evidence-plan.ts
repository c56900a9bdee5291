/**
 * How a file chosen on site goes to the api (docs/api.md, Evidence): a file up to HASH_AT_ONCE is
 * hashed at once (crypto.subtle.digest) and sent whole, streamed from the File, with
 * X-Content-SHA256; a larger one (a long video) is hashed a chunk at a time and sent by the
 * resumable upload, chunk after chunk, resuming from what the server kept after a drop.
 */
const MiB = 1024 * 1024;

/** Up to this size a file is hashed in one call and sent in one request. */
export const HASH_AT_ONCE = 64 * MiB;
/** The size of each PATCH of a resumable upload when the server names none. */
export const DEFAULT_PART = 8 * MiB;
/** The most files one result entry keeps (the api's limit per record is 50). */
export const MAX_FILES = 20;

/** What the file input offers: what the api keeps (docs/api.md: photo, audio, video, PDF). */
export const EVIDENCE_ACCEPT = 'image/*,video/*,audio/*,application/pdf';

export type UploadWay = 'whole' | 'resumable';

export function uploadWay(size: number): UploadWay {
  return size <= HASH_AT_ONCE ? 'whole' : 'resumable';
}

/** The next bytes to send of a resumable upload, from the server's offset: [start, end), or none. */
export function nextPart(
  offset: number,
  size: number,
  partSize = DEFAULT_PART,
): { start: number; end: number } | undefined {
  if (offset >= size) return undefined;
  const part = Number.isSafeInteger(partSize) && partSize > 0 ? partSize : DEFAULT_PART;
  return { start: offset, end: Math.min(size, offset + part) };
}

/** The kind of evidence a file is, by its type (the api checks it against the content). */
export type EvidenceKind = 'photo' | 'audio' | 'video' | 'document' | 'scanned-form';

export function evidenceKindOf(type: string, scannedForm: boolean): EvidenceKind {
  if (scannedForm) return 'scanned-form';
  if (type.startsWith('image/')) return 'photo';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  return 'document';
}

/**
 * The Content-Type to send: the file's own when the api takes it as a declaration, else
 * octet-stream (the api reads the type from the content either way).
 */
export function declaredType(type: string): string {
  return /^(image|audio|video)\/[\w.+-]+$/.test(type) || type === 'application/pdf'
    ? type
    : 'application/octet-stream';
}

/** A size said for people: 980 B, 12.3 KB, 4.5 MB, 1.2 GB. */
export function sizeWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
