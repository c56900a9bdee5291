import { attachedFiles } from '@app/audit';
import type { RecordedEvent } from '@app/event-store';
import { registerStreams } from '@app/domain';
import { loadConfig, openEvidenceStore } from '@app/runtime';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/**
 * Copies every file the task attaches from the blob store to `dir/<hash>`, streamed (each written
 * under a temporary name, then renamed). Files the store lacks are listed, not invented.
 */
export async function writeEvidenceFiles(
  events: readonly RecordedEvent[],
  taskId: string,
  dir: string,
): Promise<{ written: number; missing: string[] }> {
  const store = openEvidenceStore(loadConfig(process.env).evidence.blobStore);
  await mkdir(dir, { recursive: true });
  const missing: string[] = [];
  let written = 0;
  try {
    for (const { hash } of attachedFiles(events, registerStreams.inspectionTask(taskId))) {
      const source = /^[0-9a-f]{64}$/.test(hash) ? await store.get(hash) : undefined;
      if (!source) {
        missing.push(hash);
        continue;
      }
      const temporary = join(dir, `.${hash}.part`);
      try {
        await pipeline(source, createWriteStream(temporary));
        await rename(temporary, join(dir, hash));
        written += 1;
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    }
  } finally {
    await store.close();
  }
  return { written, missing };
}
