import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { BlobStoreUnavailable } from '../errors';

/** What a full, read-only, forbidden or missing volume raises: the store is unavailable, not the request wrong. */
const UNAVAILABLE = new Set([
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EACCES',
  'EPERM',
  'EIO',
  'ENOTDIR',
  'EMFILE',
  'ENFILE',
]);

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Runs a filesystem step, turning a volume-level failure into BlobStoreUnavailable. */
export async function guard<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw asUnavailable(error);
  }
}

export function asUnavailable(error: unknown): unknown {
  const code = errorCode(error);
  return code !== undefined && UNAVAILABLE.has(code)
    ? new BlobStoreUnavailable(`filesystem ${code}`, { cause: error })
    : error;
}

const BATCH = 1 << 20;

/**
 * Writes a file's chunks in batches of about 1 MiB (fewer system calls than one write per network
 * chunk); memory holds at most one batch.
 */
export class BatchedWriter {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  constructor(private readonly file: FileHandle) {}

  async write(chunk: Uint8Array): Promise<void> {
    this.pending.push(chunk);
    this.pendingBytes += chunk.byteLength;
    if (this.pendingBytes >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const buffer = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    let written = 0;
    while (written < buffer.byteLength) {
      const { bytesWritten } = await guard(() =>
        this.file.write(buffer, written, buffer.byteLength - written),
      );
      written += bytesWritten;
    }
  }
}

/** Makes a rename or a new file in `dir` durable (best effort where directories cannot be opened). */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!['EISDIR', 'EINVAL', 'EPERM'].includes(errorCode(error) ?? '')) throw asUnavailable(error);
  } finally {
    await handle?.close();
  }
}

/** Moves a checked file into place under its hash (atomic: same volume). */
export async function moveIntoPlace(from: string, to: string): Promise<void> {
  await guard(() => rename(from, to));
}

export async function removeQuietly(path: string): Promise<void> {
  await rm(path, { force: true, recursive: true }).catch(() => undefined);
}
