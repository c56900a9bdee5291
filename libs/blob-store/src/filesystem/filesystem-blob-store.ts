import { randomUUID } from 'node:crypto';
import { access, constants, mkdir, open, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { ByteMeter, checkByteCount, checkHash, chunksOf, isBlobHash } from '../blob-hash';
import type {
  BeginUploadOptions,
  BlobInfo,
  BlobSource,
  BlobStore,
  BlobStoreStatus,
  PutOptions,
  UploadProgress,
} from '../blob-store.port';
import { BlobHashMismatch } from '../errors';
import {
  asUnavailable,
  BatchedWriter,
  errorCode,
  guard,
  moveIntoPlace,
  removeQuietly,
  syncDirectory,
} from './filesystem-io';
import { FilesystemUploads } from './filesystem-uploads';

/**
 * The embedded blob store (ADR 46): `<root>/<first 2 hex>/<hash>`, where root is DATA_DIR/blobs.
 * Content is written to `<root>/tmp/<random>.part`, fsync'd, and renamed into place only once its
 * hash is checked, so a blob under its hash is always whole. Resumable uploads live in
 * `<root>/uploads/<id>/`. Paths are built only from a validated hash or a generated id.
 */
export class FilesystemBlobStore implements BlobStore {
  readonly kind = 'filesystem' as const;
  private readonly uploads: FilesystemUploads;
  private ready: Promise<void> | undefined;

  constructor(readonly root: string) {
    this.uploads = new FilesystemUploads(join(root, 'uploads'), (file, hash) => this.keep(file, hash));
  }

  async put(content: BlobSource, options: PutOptions): Promise<BlobInfo> {
    const maxBytes = checkByteCount('maxBytes', options.maxBytes, 0);
    const expected =
      options.expectedHash === undefined ? undefined : checkHash('expectedHash', options.expectedHash);
    await this.prepare();
    const temp = this.temporaryName();
    const file = await guard(() => open(temp, 'wx'));
    let kept = false;
    try {
      const meter = new ByteMeter(maxBytes);
      try {
        const writer = new BatchedWriter(file);
        for await (const chunk of chunksOf(content)) {
          meter.take(chunk);
          await writer.write(chunk);
        }
        await writer.flush();
        await guard(() => file.sync());
      } finally {
        await file.close();
      }
      const hash = meter.digest();
      if (expected !== undefined && hash !== expected) throw new BlobHashMismatch(expected, hash);
      await this.keep(temp, hash);
      kept = true;
      return { hash, size: meter.size };
    } finally {
      if (!kept) await removeQuietly(temp);
    }
  }

  async get(hash: string): Promise<Readable | undefined> {
    if (!isBlobHash(hash)) return undefined;
    try {
      const file = await open(this.pathOf(hash), 'r');
      return file.createReadStream();
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw asUnavailable(error);
    }
  }

  async stat(hash: string): Promise<BlobInfo | undefined> {
    if (!isBlobHash(hash)) return undefined;
    const info = await guard(() => stat(this.pathOf(hash))).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw error;
    });
    return info && { hash, size: info.size };
  }

  async delete(hash: string): Promise<boolean> {
    if (!(await this.stat(hash))) return false;
    await guard(() => rm(this.pathOf(hash), { force: true }));
    return true;
  }

  async beginUpload(options: BeginUploadOptions): Promise<{ uploadId: string; partSize: number }> {
    await this.prepare();
    return this.uploads.begin(options);
  }

  appendUpload(uploadId: string, offset: number, content: BlobSource): Promise<{ received: number }> {
    return this.uploads.append(uploadId, offset, content);
  }

  uploadStatus(uploadId: string): Promise<UploadProgress | undefined> {
    return this.uploads.status(uploadId);
  }

  completeUpload(uploadId: string): Promise<BlobInfo> {
    return this.uploads.complete(uploadId);
  }

  abortUpload(uploadId: string): Promise<void> {
    return this.uploads.abort(uploadId);
  }

  /** Also removes temporary files a crash left behind, from before `olderThan`. */
  async purgeUploads(olderThan: number): Promise<number> {
    await this.prepare();
    const tmp = join(this.root, 'tmp');
    for (const name of await guard(() => readdir(tmp))) {
      const info = await stat(join(tmp, name)).catch(() => undefined);
      if (info && info.mtimeMs < olderThan) await removeQuietly(join(tmp, name));
    }
    return this.uploads.purge(olderThan);
  }

  async status(): Promise<BlobStoreStatus> {
    try {
      this.ready = undefined;
      await this.prepare();
      const probe = this.temporaryName();
      await guard(() => writeFile(probe, ''));
      await removeQuietly(probe);
      await guard(() => access(this.root, constants.R_OK | constants.W_OK));
      return { kind: this.kind, status: 'up' };
    } catch (error) {
      return { kind: this.kind, status: 'down', detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {}

  private async keep(file: string, hash: string): Promise<void> {
    const dir = join(this.root, hash.slice(0, 2));
    await guard(() => mkdir(dir, { recursive: true }));
    // The same content is already kept (an earlier or a concurrent put): keep that one untouched.
    if (await this.stat(hash)) return removeQuietly(file);
    await moveIntoPlace(file, join(dir, hash));
    await syncDirectory(dir);
  }

  private pathOf(hash: string): string {
    return join(this.root, hash.slice(0, 2), hash);
  }

  private temporaryName(): string {
    return join(this.root, 'tmp', `${randomUUID()}.part`);
  }

  private prepare(): Promise<void> {
    this.ready ??= guard(async () => {
      await mkdir(join(this.root, 'tmp'), { recursive: true });
      await mkdir(join(this.root, 'uploads'), { recursive: true });
    }).catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }
}
