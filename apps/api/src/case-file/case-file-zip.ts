import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { BlobStore } from '@app/blob-store';
import type { CaseFileEntry } from '@app/contract';
import { ZipFile } from 'yazl';
import type { ManifestFile } from './case-file-bounds';
import type { CaseFileFrame } from './case-file-reads';

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** What the export's manifest.json says: every entry, the summary's and every file's hash and size. */
export function caseFileManifest(parts: {
  frame: CaseFileFrame;
  entries: readonly CaseFileEntry[];
  files: readonly ManifestFile[];
  missing: readonly string[];
  summary: { pdf: Buffer; number: string };
  exportedAt: Date;
  exportedBy: string;
  departmentId: string;
}): Buffer {
  const { frame, summary } = parts;
  const manifest = {
    format: 'shuangsuiji-case-file/1',
    entity: frame.entity,
    scope: frame.reader.scope,
    exportedAt: parts.exportedAt.toISOString(),
    exportedBy: parts.exportedBy,
    departmentId: parts.departmentId,
    summary: {
      path: 'summary.pdf',
      sha256: sha256(summary.pdf),
      size: summary.pdf.length,
      number: summary.number,
    },
    files: parts.files,
    missing: parts.missing,
    tasks: frame.tasks,
    yearlyChecks: frame.yearlyChecks,
    entries: parts.entries,
  };
  return Buffer.from(JSON.stringify(manifest, null, 2));
}

/**
 * The ZIP, streamed: manifest.json, summary.pdf, then each file from the store, opened only when
 * yazl reaches it (one open at a time) and stored uncompressed (photos and videos are compressed
 * already). A file that fails mid-way fails the stream: the download breaks rather than lie.
 */
export function caseFileZip(parts: {
  manifest: Buffer;
  summary: Buffer;
  files: readonly ManifestFile[];
  store: Pick<BlobStore, 'get'>;
  at: Date;
}): Readable {
  const zip = new ZipFile();
  const mtime = parts.at;
  zip.addBuffer(parts.manifest, 'manifest.json', { mtime });
  zip.addBuffer(parts.summary, 'summary.pdf', { mtime });
  for (const file of parts.files) {
    zip.addReadStreamLazy(file.path, { mtime, compress: false, size: file.size }, (callback) => {
      parts.store.get(file.sha256).then(
        (stream) => callback(stream ? null : new Error(`${file.sha256} left the store`), stream as Readable),
        (error: Error) => callback(error, undefined as unknown as Readable),
      );
    });
  }
  zip.end();
  return zip.outputStream as Readable;
}
