import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, readdir, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkByteCount, checkHash, checkLabel, chunksOf, hashOf } from '../blob-hash';
import type { BeginUploadOptions, BlobInfo, BlobSource, UploadProgress } from '../blob-store.port';
import {
  BlobHashMismatch,
  BlobTooLarge,
  UnknownUpload,
  UploadIncomplete,
  UploadOffsetMismatch,
} from '../errors';
import { asUnavailable, BatchedWriter, errorCode, guard, removeQuietly } from './filesystem-io';
import { Serializer } from '../serializer';

interface UploadMeta {
  size: number;
  expectedHash: string;
  maxBytes: number;
  createdAt: number;
  label?: Record<string, string>;
}

const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Resumable uploads on the filesystem: `<dir>/<id>/meta.json` (announced size and hash) and
 * `<dir>/<id>/data`, appended to and fsync'd after every append, so `received` is the data file's
 * size to the byte. Appends to one upload run one at a time within this process.
 */
export class FilesystemUploads {
  private readonly serializer = new Serializer();

  constructor(
    private readonly dir: string,
    private readonly keep: (file: string, hash: string) => Promise<void>,
  ) {}

  async begin(options: BeginUploadOptions): Promise<{ uploadId: string; partSize: number }> {
    const meta: UploadMeta = {
      maxBytes: checkByteCount('maxBytes', options.maxBytes, 1),
      size: checkByteCount('size', options.size, 1),
      expectedHash: checkHash('expectedHash', options.expectedHash),
      createdAt: Date.now(),
      label: checkLabel(options.label),
    };
    if (meta.size > meta.maxBytes) throw new BlobTooLarge(meta.maxBytes);
    const uploadId = randomUUID();
    await guard(async () => {
      await mkdir(join(this.dir, uploadId));
      await writeFile(this.dataOf(uploadId), '', { flag: 'wx' });
      await writeFile(join(this.dir, uploadId, 'meta.json'), JSON.stringify(meta), { flush: true });
    });
    return { uploadId, partSize: 1 };
  }

  append(uploadId: string, offset: number, content: BlobSource): Promise<{ received: number }> {
    return this.serializer.run(uploadId, async () => {
      const { meta, received } = await this.require(uploadId);
      if (offset !== received) throw new UploadOffsetMismatch(offset, received);
      const file = await guard(() => open(this.dataOf(uploadId), 'a'));
      const writer = new BatchedWriter(file);
      let total = received;
      let failure: unknown;
      try {
        for await (const chunk of chunksOf(content)) {
          total += chunk.byteLength;
          if (total > meta.size) throw new BlobTooLarge(meta.size);
          await writer.write(chunk);
        }
        await writer.flush();
      } catch (error) {
        failure = error;
        // An interrupted source keeps what arrived, so the client resumes from there.
        if (!(error instanceof BlobTooLarge)) await writer.flush().catch(() => undefined);
      } finally {
        await file.sync().catch(() => undefined);
        await file.close();
      }
      // Past the announced size, nothing of this append is kept.
      if (failure instanceof BlobTooLarge) await guard(() => truncate(this.dataOf(uploadId), received));
      if (failure !== undefined) throw failure as Error;
      return { received: total };
    });
  }

  async status(uploadId: string): Promise<UploadProgress | undefined> {
    const found = await this.find(uploadId);
    return (
      found && { received: found.received, size: found.meta.size, partSize: 1, label: found.meta.label ?? {} }
    );
  }

  complete(uploadId: string): Promise<BlobInfo> {
    return this.serializer.run(uploadId, async () => {
      const { meta, received } = await this.require(uploadId);
      if (received < meta.size) throw new UploadIncomplete(received, meta.size);
      const data = this.dataOf(uploadId);
      // The parts were hashed as they came in separate calls; hashing the assembled file once more
      // (a sequential read) is what proves the whole matches the announced hash.
      const { hash, size } = await guard(() => hashOf(createReadStream(data)));
      if (hash !== meta.expectedHash) {
        await removeQuietly(join(this.dir, uploadId));
        throw new BlobHashMismatch(meta.expectedHash, hash);
      }
      await this.keep(data, hash);
      await removeQuietly(join(this.dir, uploadId));
      return { hash, size };
    });
  }

  async abort(uploadId: string): Promise<void> {
    if (!UPLOAD_ID.test(uploadId)) return;
    await this.serializer.run(uploadId, () => removeQuietly(join(this.dir, uploadId)));
  }

  async purge(olderThan: number): Promise<number> {
    let purged = 0;
    for (const uploadId of await guard(() => readdir(this.dir))) {
      if (!UPLOAD_ID.test(uploadId)) continue;
      const meta = await this.readMeta(uploadId);
      // No readable meta: a begin that crashed halfway; judged by the directory's age.
      const createdAt =
        meta?.createdAt ?? (await stat(join(this.dir, uploadId)).catch(() => undefined))?.mtimeMs;
      if (createdAt !== undefined && createdAt < olderThan) {
        await this.abort(uploadId);
        purged += 1;
      }
    }
    return purged;
  }

  private async require(uploadId: string): Promise<{ meta: UploadMeta; received: number }> {
    const found = await this.find(uploadId);
    if (!found) throw new UnknownUpload(uploadId);
    return found;
  }

  private async find(uploadId: string): Promise<{ meta: UploadMeta; received: number } | undefined> {
    if (typeof uploadId !== 'string' || !UPLOAD_ID.test(uploadId)) return undefined;
    const meta = await this.readMeta(uploadId);
    if (!meta) return undefined;
    const info = await guard(() => stat(this.dataOf(uploadId))).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw error;
    });
    return info && { meta, received: info.size };
  }

  private async readMeta(uploadId: string): Promise<UploadMeta | undefined> {
    try {
      return JSON.parse(await readFile(join(this.dir, uploadId, 'meta.json'), 'utf8')) as UploadMeta;
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || error instanceof SyntaxError) return undefined;
      throw asUnavailable(error);
    }
  }

  private dataOf(uploadId: string): string {
    return join(this.dir, uploadId, 'data');
  }
}
