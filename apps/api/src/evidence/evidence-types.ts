import {
  EVIDENCE_CONTENT_TYPES,
  type EvidenceContentType,
  largestSizeLimit,
  sizeLimitFor,
  sniffContentType,
} from '@app/blob-store';

/**
 * The types of file kept as evidence and their limits are the blob store's (content-type.ts,
 * size-limits.ts): the type is what the first bytes show, never the name or the declared type.
 */
export const MAX_EVIDENCE_BYTES = largestSizeLimit();

export const sniffEvidenceType = (head: Uint8Array): EvidenceContentType | undefined =>
  sniffContentType(head);

/** The size limit of a type the platform keeps, or undefined for any other type. */
export function evidenceLimitOf(contentType: string): number | undefined {
  return (EVIDENCE_CONTENT_TYPES as readonly string[]).includes(contentType)
    ? sizeLimitFor(contentType as EvidenceContentType)
    : undefined;
}

/** Types a client may declare for the same content (browsers and phones name a few differently). */
const ALIASES: Readonly<Record<string, string>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/heif': 'image/heic',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/mp3': 'audio/mpeg',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'audio/amr-nb': 'audio/amr',
  'audio/webm': 'video/webm',
};

/** A declared Content-Type as the sniffed type would name it; undefined for "no type declared". */
export function declaredEvidenceType(header: string | undefined): string | undefined {
  const type = header?.split(';')[0].trim().toLowerCase();
  if (!type || type === 'application/octet-stream' || type === 'application/offset+octet-stream')
    return undefined;
  return ALIASES[type] ?? type;
}
