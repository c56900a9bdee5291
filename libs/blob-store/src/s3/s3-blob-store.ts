import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
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
import { Serializer } from '../serializer';
import { S3Bucket } from './s3-bucket';
import { asUnavailable, guard } from './s3-errors';
import { S3Uploads } from './s3-uploads';

export interface S3BlobStoreOptions {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style addressing (`<endpoint>/<bucket>/<key>`): MinIO and most self-hosted servers. */
  forcePathStyle?: boolean;
  /** Part size of multipart transfers, at least 5 MiB (S3's minimum but for the last part). */
  partSize?: number;
  /** Parts in flight at once during put(): memory holds about partSize × (queueSize + 1). */
  queueSize?: number;
  /** Milliseconds to connect and to wait on one request before the store is taken for unavailable. */
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
}

const MIN_PART = 5 * 1024 * 1024;

export const blobKey = (hash: string): string => `blobs/${hash}`;

/**
 * The S3-compatible blob store (ADR 46): blobs at `blobs/<hash>`. put() streams to `tmp/<random>`
 * through lib-storage's multipart Upload while hashing, and once the hash is checked copies the
 * temporary to `blobs/<hash>` (or, when that exists, leaves it) and deletes the temporary.
 * Resumable uploads are S3 multipart uploads (s3-uploads.ts).
 */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3' as const;
  private readonly bucket: S3Bucket;
  private readonly uploads: S3Uploads;
  private readonly partSize: number;
  private readonly queueSize: number;
  private readonly keeping = new Serializer();

  constructor(options: S3BlobStoreOptions) {
    this.partSize = Math.max(options.partSize ?? MIN_PART, MIN_PART);
    this.queueSize = options.queueSize ?? 2;
    const client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle ?? false,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      maxAttempts: 2,
      requestHandler: {
        connectionTimeout: options.connectionTimeoutMs ?? 5_000,
        requestTimeout: options.requestTimeoutMs ?? 120_000,
      },
      // Integrity is ours (SHA-256 of the whole); the SDK's default CRC trailers are not
      // understood by every S3-compatible server.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    this.bucket = new S3Bucket(client, options.bucket);
    this.uploads = new S3Uploads(this.bucket, this.partSize, (key, hash, size) => this.keep(key, hash, size));
  }

  async put(content: BlobSource, options: PutOptions): Promise<BlobInfo> {
    const maxBytes = checkByteCount('maxBytes', options.maxBytes, 0);
    const expected =
      options.expectedHash === undefined ? undefined : checkHash('expectedHash', options.expectedHash);
    const meter = new ByteMeter(maxBytes);
    // The first failure of the source or of the meter: what the caller gets, whatever the SDK
    // then reports about aborting the transfer.
    let failure: unknown;
    const metered = async function* (): AsyncGenerator<Uint8Array> {
      try {
        for await (const chunk of chunksOf(content)) {
          meter.take(chunk);
          yield chunk;
        }
      } catch (error) {
        failure ??= error;
        throw error;
      }
    };
    const temporary = `tmp/${randomUUID()}`;
    const upload = new Upload({
      client: this.bucket.client,
      params: { Bucket: this.bucket.name, Key: temporary, Body: Readable.from(metered()) },
      partSize: this.partSize,
      queueSize: this.queueSize,
    });
    try {
      await upload.done();
    } catch (error) {
      await this.bucket.remove(temporary).catch(() => undefined);
      throw (failure ?? asUnavailable(error)) as Error;
    }
    const hash = meter.digest();
    if (expected !== undefined && hash !== expected) {
      await this.bucket.remove(temporary);
      throw new BlobHashMismatch(expected, hash);
    }
    await this.keep(temporary, hash, meter.size);
    return { hash, size: meter.size };
  }

  async get(hash: string): Promise<Readable | undefined> {
    return isBlobHash(hash) ? this.bucket.read(blobKey(hash)) : undefined;
  }

  async stat(hash: string): Promise<BlobInfo | undefined> {
    if (!isBlobHash(hash)) return undefined;
    const size = await this.bucket.size(blobKey(hash));
    return size === undefined ? undefined : { hash, size };
  }

  async delete(hash: string): Promise<boolean> {
    if (!(await this.stat(hash))) return false;
    await this.bucket.remove(blobKey(hash));
    return true;
  }

  beginUpload(options: BeginUploadOptions): Promise<{ uploadId: string; partSize: number }> {
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

  /** Also removes temporaries of puts a crash interrupted, from before `olderThan`. */
  async purgeUploads(olderThan: number): Promise<number> {
    for await (const object of this.bucket.list('tmp/')) {
      if (object.Key && (object.LastModified?.getTime() ?? 0) < olderThan) {
        await this.bucket.remove(object.Key);
      }
    }
    return this.uploads.purge(olderThan);
  }

  async status(): Promise<BlobStoreStatus> {
    try {
      await guard(() => this.bucket.client.send(new HeadBucketCommand({ Bucket: this.bucket.name })));
      return { kind: this.kind, status: 'up' };
    } catch (error) {
      return { kind: this.kind, status: 'down', detail: (error as Error).message };
    }
  }

  close(): Promise<void> {
    this.bucket.client.destroy();
    return Promise.resolve();
  }

  /**
   * Puts a checked temporary object in place under its hash; the same content already there wins.
   * Keeps of one hash run one at a time here; across instances, a copy that fails while another
   * put of the same content landed it (some servers refuse concurrent writes to one key) is fine.
   */
  private keep(temporary: string, hash: string, size: number): Promise<void> {
    return this.keeping.run(hash, async () => {
      if ((await this.bucket.size(blobKey(hash))) === undefined) {
        try {
          await this.bucket.copy(temporary, blobKey(hash));
        } catch (error) {
          if ((await this.bucket.size(blobKey(hash))) !== size) throw error;
        }
      }
      await this.bucket.remove(temporary);
    });
  }
}
