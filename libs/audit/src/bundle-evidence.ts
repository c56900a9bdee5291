import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { RecordedEvent } from '@app/event-store';

/** A file the task's record names: its SHA-256 and size, as EvidenceAttached recorded them. */
export interface AttachedFile {
  hash: string;
  size: number;
}

export interface EvidenceFilesVerification {
  /** Files the task's events attach (each hash once). */
  attached: number;
  /** Hashes with no file in the directory. */
  missing: string[];
  /** Hashes whose file's bytes hash to something else, or are of another size. */
  altered: string[];
}

const HASH = /^[0-9a-f]{64}$/;

/** The files the task's stream attaches, each once, in the order first attached. */
export function attachedFiles(events: readonly RecordedEvent[], taskStream: string): AttachedFile[] {
  const files = new Map<string, AttachedFile>();
  for (const event of events) {
    if (event.stream !== taskStream || event.type !== 'EvidenceAttached') continue;
    const evidence = (event.data as { evidence?: { hash?: unknown; size?: unknown } }).evidence;
    const hash = evidence?.hash;
    // A hash not of the expected shape is never used as a path: it is reported as missing.
    if (typeof hash === 'string' && !files.has(hash))
      files.set(hash, { hash, size: typeof evidence?.size === 'number' ? evidence.size : -1 });
  }
  return [...files.values()];
}

/** The bundle's evidence directory holds each file as `<hash>`; streamed, never read whole. */
async function digestOf(path: string): Promise<{ hash: string; size: number } | undefined> {
  const hasher = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      hasher.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
  } catch {
    return undefined;
  }
  return { hash: hasher.digest('hex'), size };
}

/** Checks every attached file against the directory the export wrote (`export --with-evidence`). */
export async function verifyEvidenceFiles(
  files: readonly AttachedFile[],
  dir: string,
): Promise<EvidenceFilesVerification> {
  const missing: string[] = [];
  const altered: string[] = [];
  for (const file of files) {
    const found = HASH.test(file.hash) ? await digestOf(join(dir, file.hash)) : undefined;
    if (!found) missing.push(file.hash);
    else if (found.hash !== file.hash || found.size !== file.size) altered.push(file.hash);
  }
  return { attached: files.length, missing, altered };
}
