import type { CaseFileEntry } from '@app/contract';
import { ApiError } from '../common/api-error';

/** One export's bounds (ADR 49): past them 413 CASE_FILE_TOO_LARGE, nothing recorded nor sent. */
export interface CaseFileLimits {
  maxEntries: number;
  maxFiles: number;
  maxBytes: number;
}

export const CASE_FILE_LIMITS: CaseFileLimits = {
  maxEntries: 10_000,
  maxFiles: 2_000,
  maxBytes: 20 * 1024 ** 3,
};

/** A file of the export as manifest.json lists it. */
export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
  contentType?: string;
  kind?: string;
  name?: string;
  taskId?: string;
  attachedAt?: string;
  attachedBy?: string;
}

/**
 * The files an export holds, or 413 when the case file is past a bound: `entries` undefined (more
 * than `maxEntries`), more files or more bytes than allowed.
 */
export function exportable(
  listed: CaseFileEntry[] | undefined,
  limits: CaseFileLimits,
): { entries: CaseFileEntry[]; files: ManifestFile[] } {
  if (!listed) throw tooLarge(limits);
  const files = evidenceFiles(listed);
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  if (files.length > limits.maxFiles || bytes > limits.maxBytes) throw tooLarge(limits);
  return { entries: listed, files };
}

/** The files of the entries the reader sees, once each (the same photo may be attached twice). */
export function evidenceFiles(entries: readonly CaseFileEntry[]): ManifestFile[] {
  const files = new Map<string, ManifestFile>();
  for (const e of entries) {
    const hash = e.detail.hash;
    if (e.kind !== 'evidence' || e.withheld || typeof hash !== 'string' || files.has(hash)) continue;
    const text = (key: string) => (typeof e.detail[key] === 'string' ? e.detail[key] : undefined);
    files.set(hash, {
      path: `evidence/${hash}`,
      sha256: hash,
      size: Number(e.detail.size),
      contentType: text('contentType'),
      kind: text('kind'),
      name: text('name'),
      taskId: e.taskId,
      attachedAt: e.at,
      attachedBy: e.by,
    });
  }
  return [...files.values()];
}

function tooLarge(limits: CaseFileLimits): ApiError {
  return new ApiError(413, 'CASE_FILE_TOO_LARGE', 'This case file is too large for one export', {
    maxEntries: limits.maxEntries,
    maxFiles: limits.maxFiles,
    maxBytes: limits.maxBytes,
  });
}
