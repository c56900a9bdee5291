import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
  type _Object,
} from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { guard, unlessNotFound } from './s3-errors';

/** The few object operations the blob store needs, on one bucket, with errors mapped. */
export class S3Bucket {
  constructor(
    readonly client: S3Client,
    readonly name: string,
  ) {}

  async size(key: string): Promise<number | undefined> {
    const head = await unlessNotFound(() =>
      this.client.send(new HeadObjectCommand({ Bucket: this.name, Key: key })),
    );
    return head && (head.ContentLength ?? 0);
  }

  async read(key: string): Promise<Readable | undefined> {
    const object = await unlessNotFound(() =>
      this.client.send(new GetObjectCommand({ Bucket: this.name, Key: key })),
    );
    return object?.Body as Readable | undefined;
  }

  async readJson<T>(key: string): Promise<T | undefined> {
    const object = await unlessNotFound(() =>
      this.client.send(new GetObjectCommand({ Bucket: this.name, Key: key })),
    );
    return object?.Body && (JSON.parse(await object.Body.transformToString()) as T);
  }

  async writeJson(key: string, value: unknown): Promise<void> {
    await guard(() =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.name,
          Key: key,
          Body: JSON.stringify(value),
          ContentType: 'application/json',
        }),
      ),
    );
  }

  async copy(from: string, to: string): Promise<void> {
    await guard(() =>
      this.client.send(
        new CopyObjectCommand({ Bucket: this.name, CopySource: `${this.name}/${from}`, Key: to }),
      ),
    );
  }

  async remove(key: string): Promise<void> {
    await guard(() => this.client.send(new DeleteObjectCommand({ Bucket: this.name, Key: key })));
  }

  async *list(prefix: string): AsyncGenerator<_Object> {
    let token: string | undefined;
    do {
      const page = await guard(() =>
        this.client.send(
          new ListObjectsV2Command({ Bucket: this.name, Prefix: prefix, ContinuationToken: token }),
        ),
      );
      yield* page.Contents ?? [];
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}
