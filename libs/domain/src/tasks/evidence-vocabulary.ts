/** What a file of evidence shows (the console asks; the content type must fit it). */
export const EVIDENCE_KINDS = ['photo', 'audio', 'video', 'document', 'scanned-form'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** At most this many files per result, objection, follow-up or correction. */
export const MAX_EVIDENCE_PER_TARGET = 50;
/** A file's name as the inspector gave it, after normalising: at most this many characters. */
export const MAX_EVIDENCE_NAME_LENGTH = 200;

/**
 * A file attached to the record: its content's SHA-256 (hex, the blob store's address), the type
 * its first bytes show, its size. No content and no path: the log and its hash chain cover the
 * file through its hash alone.
 */
export interface EvidenceReference {
  hash: string;
  contentType: string;
  size: number;
  kind: EvidenceKind;
  name?: string;
}

/** What the file belongs to: a department's result for an entity, or an act recorded in the task. */
export type EvidenceTarget =
  | { kind: 'result'; entityId: string; departmentId: string }
  | { kind: 'objection'; objectionId: string }
  /** A follow-up (FollowUpRecorded) or a 整改 rectification result (RectificationResultEntered). */
  | { kind: 'followUp'; followUpId: string }
  | { kind: 'correction'; requestId: string };

export const EVIDENCE_TARGET_KINDS = ['result', 'objection', 'followUp', 'correction'] as const;

export const isEvidenceHash = (value: string): boolean => /^[0-9a-f]{64}$/.test(value);

/** One key per target, for the per-target count and the duplicate check. */
export function evidenceTargetKey(to: EvidenceTarget): string {
  switch (to.kind) {
    case 'result':
      return `result:${to.entityId}|${to.departmentId}`;
    case 'objection':
      return `objection:${to.objectionId}`;
    case 'followUp':
      return `followUp:${to.followUpId}`;
    case 'correction':
      return `correction:${to.requestId}`;
  }
}

const AUDIO_CONTAINERS = ['video/mp4', 'video/3gpp', 'video/webm'];

/** Which content types each kind may have (types as sniffed from the file's first bytes). */
export function contentTypeFitsKind(kind: EvidenceKind, contentType: string): boolean {
  switch (kind) {
    case 'photo':
      return contentType.startsWith('image/');
    case 'audio':
      // An M4A, 3GP or WebM recording cannot be told from a video by its first bytes.
      return contentType.startsWith('audio/') || AUDIO_CONTAINERS.includes(contentType);
    case 'video':
      return contentType.startsWith('video/');
    case 'document':
    case 'scanned-form':
      return contentType === 'application/pdf' || contentType.startsWith('image/');
  }
}

/**
 * A file name as it is kept: Unicode NFC, no control characters, no path separators, spaces
 * collapsed and trimmed. Undefined when nothing is left.
 */
export function normaliseEvidenceName(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const name = raw
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[/\\]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return name === '' ? undefined : name;
}
