import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { checkByteCount, checkHash, checkLabel, chunksOf, hashOf } from '../blob-hash';
import type { BeginUploadOptions, BlobInfo, BlobSource, UploadProgress } from '../blob-store.port';
import {
  BlobHashMismatch,
  BlobTooLarge,
  UnknownUpload,
  UploadIncomplete,
  UploadOffsetMismatch,
} from '../errors';
import { Serializer } from '../serializer';
import type { S3Bucket } from './s3-bucket';
import { guard } from './s3-errors';

interface Part {
  number: number;
  etag: string;
  size: number;
}

interface UploadMeta {
  size: number;
  expectedHash: string;
  maxBytes: number;
  createdAt: number;
  multipartId: string;
  parts: Part[];
  label?: Record<string, string>;
  /** The multipart upload is completed into `uploads/<id>` (a completeUpload cut short after it). */
  assembled?: boolean;
}

const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const dataKey = (uploadId: string): string => `uploads/${uploadId}`;
const metaKey = (uploadId: string): string => `uploads/${uploadId}.json`;
const receivedOf = (meta: UploadMeta): number => meta.parts.reduce((sum, part) => sum + part.size, 0);

/**
 * Resumable uploads as S3 multipart uploads of `uploads/<id>`, described by `uploads/<id>.json`
 * (announced size and hash, the parts kept so far). An append buffers at most one part in memory
 * and sends each whole part as it fills; the last bytes of the file go as a shorter last part.
 * Bytes past the last whole part of an append that is not the file's end are not kept: the
 * upload's `received` (what uploadStatus says) is where the client resumes, at part granularity.
 */
export class S3Uploads {
  private readonly serializer = new Serializer();

  constructor(
    private readonly bucket: S3Bucket,
    private readonly partSize: number,
    private readonly keep: (key: string, hash: string, size: number) => Promise<void>,
  ) {}

  async begin(options: BeginUploadOptions): Promise<{ uploadId: string; partSize: number }> {
    const maxBytes = checkByteCount('maxBytes', options.maxBytes, 1);
    const size = checkByteCount('size', options.size, 1);
    const expectedHash = checkHash('expectedHash', options.expectedHash);
    const label = checkLabel(options.label);
    if (size > maxBytes) throw new BlobTooLarge(maxBytes);
    const uploadId = randomUUID();
    const created = await guard(() =>
      this.bucket.client.send(
        new CreateMultipartUploadCommand({ Bucket: this.bucket.name, Key: dataKey(uploadId) }),
      ),
    );
    const meta: UploadMeta = {
      size,
      expectedHash,
      maxBytes,
      createdAt: Date.now(),
      multipartId: created.UploadId!,
      parts: [],
      label,
    };
    await this.bucket.writeJson(metaKey(uploadId), meta);
    return { uploadId, partSize: this.partSize };
  }

  append(uploadId: string, offset: number, content: BlobSource): Promise<{ received: number }> {
    return this.serializer.run(uploadId, async () => {
      const meta = await this.require(uploadId);
      const received = receivedOf(meta);
      if (offset !== received) throw new UploadOffsetMismatch(offset, received);
      const kept = [...meta.parts];
      let pending: Uint8Array[] = [];
      let pendingBytes = 0;
      let total = received;
      const send = async (bytes: Buffer): Promise<void> => {
        const number = meta.parts.length + 1;
        const answer = await guard(() =>
          this.bucket.client.send(
            new UploadPartCommand({
              Bucket: this.bucket.name,
              Key: dataKey(uploadId),
              UploadId: meta.multipartId,
              PartNumber: number,
              Body: bytes,
              ContentLength: bytes.byteLength,
            }),
          ),
        );
        meta.parts.push({ number, etag: answer.ETag!, size: bytes.byteLength });
        await this.bucket.writeJson(metaKey(uploadId), meta);
      };
      try {
        for await (const chunk of chunksOf(content)) {
          total += chunk.byteLength;
          if (total > meta.size) throw new BlobTooLarge(meta.size);
          pending.push(chunk);
          pendingBytes += chunk.byteLength;
          if (pendingBytes >= this.partSize) {
            const joined = Buffer.concat(pending, pendingBytes);
            await send(joined.subarray(0, this.partSize));
            pending = [joined.subarray(this.partSize)];
            pendingBytes -= this.partSize;
          }
        }
      } catch (error) {
        // Past the announced size nothing of this append is kept: the parts it sent are dropped
        // from the description (and overwritten by the next append's parts of the same number).
        if (error instanceof BlobTooLarge) {
          meta.parts = kept;
          await this.bucket.writeJson(metaKey(uploadId), meta);
        }
        throw error;
      }
      if (pendingBytes > 0 && total === meta.size) await send(Buffer.concat(pending, pendingBytes));
      return { received: receivedOf(meta) };
    });
  }

  async status(uploadId: string): Promise<UploadProgress | undefined> {
    const meta = await this.find(uploadId);
    return (
      meta && {
        received: receivedOf(meta),
        size: meta.size,
        partSize: this.partSize,
        label: meta.label ?? {},
      }
    );
  }

  complete(uploadId: string): Promise<BlobInfo> {
    return this.serializer.run(uploadId, async () => {
      const meta = await this.require(uploadId);
      const received = receivedOf(meta);
      if (received < meta.size) throw new UploadIncomplete(received, meta.size);
      if (!meta.assembled) {
        await guard(() =>
          this.bucket.client.send(
            new CompleteMultipartUploadCommand({
              Bucket: this.bucket.name,
              Key: dataKey(uploadId),
              UploadId: meta.multipartId,
              MultipartUpload: {
                Parts: meta.parts.map((part) => ({ PartNumber: part.number, ETag: part.etag })),
              },
            }),
          ),
        );
        meta.assembled = true;
        await this.bucket.writeJson(metaKey(uploadId), meta);
      }
      // Each part passed through here in its own call; the hash over the whole is taken by
      // reading the assembled object back once (a sequential read inside the store's network).
      const assembled = await this.bucket.read(dataKey(uploadId));
      const { hash, size } = await guard(() => hashOf(assembled!));
      if (hash !== meta.expectedHash) {
        await this.remove(uploadId, meta);
        throw new BlobHashMismatch(meta.expectedHash, hash);
      }
      await this.keep(dataKey(uploadId), hash, size);
      await this.bucket.remove(metaKey(uploadId));
      return { hash, size };
    });
  }

  async abort(uploadId: string): Promise<void> {
    if (typeof uploadId !== 'string' || !UPLOAD_ID.test(uploadId)) return;
    await this.serializer.run(uploadId, async () => {
      const meta = await this.find(uploadId);
      if (meta) await this.remove(uploadId, meta);
    });
  }

  async purge(olderThan: number): Promise<number> {
    let purged = 0;
    for await (const object of this.bucket.list('uploads/')) {
      const uploadId = /^uploads\/(.+)\.json$/.exec(object.Key ?? '')?.[1];
      if (uploadId === undefined || !UPLOAD_ID.test(uploadId)) continue;
      const meta = await this.find(uploadId);
      if (meta && meta.createdAt < olderThan) {
        await this.abort(uploadId);
        purged += 1;
      }
    }
    return purged;
  }

  private async remove(uploadId: string, meta: UploadMeta): Promise<void> {
    if (meta.assembled) await this.bucket.remove(dataKey(uploadId));
    else await this.abortMultipart(uploadId, meta);
    await this.bucket.remove(metaKey(uploadId));
  }

  /**
   * A server without AbortMultipartUpload (s3rver answers MethodNotAllowed) keeps the parts until
   * the bucket's AbortIncompleteMultipartUpload lifecycle rule clears them (docs/operations.md).
   */
  private async abortMultipart(uploadId: string, meta: UploadMeta): Promise<void> {
    try {
      await this.bucket.client.send(
        new AbortMultipartUploadCommand({
          Bucket: this.bucket.name,
          Key: dataKey(uploadId),
          UploadId: meta.multipartId,
        }),
      );
    } catch (error) {
      const name = (error as { name?: string }).name ?? '';
      if (!['NoSuchUpload', 'MethodNotAllowed', 'NotImplemented'].includes(name)) {
        await guard(() => Promise.reject(error as Error));
      }
    }
  }

  private async require(uploadId: string): Promise<UploadMeta> {
    const meta = await this.find(uploadId);
    if (!meta) throw new UnknownUpload(uploadId);
    return meta;
  }

  private async find(uploadId: string): Promise<UploadMeta | undefined> {
    if (typeof uploadId !== 'string' || !UPLOAD_ID.test(uploadId)) return undefined;
    return this.bucket.readJson<UploadMeta>(metaKey(uploadId));
  }
}
