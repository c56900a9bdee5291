import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobStoreUnavailable } from '../errors';
import { blobStoreContract } from '../testing/blob-store.contract';
import { S3RVER_CREDENTIALS, startS3Server, type S3TestServer } from '../testing/s3rver-server';
import { chunked } from '../testing/sources';
import { S3BlobStore, type S3BlobStoreOptions } from './s3-blob-store';

describe('S3BlobStore against s3rver', () => {
  let dir: string;
  let server: S3TestServer;
  let options: S3BlobStoreOptions;
  let prefix = 0;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-s3-'));
    server = await startS3Server(dir);
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    // A fresh bucket per test keeps the listing of each test its own.
    prefix += 1;
    const bucket = `evidence-${prefix}`;
    const { S3Client: Client, CreateBucketCommand } = await import('@aws-sdk/client-s3');
    const admin = new Client({ ...clientOptions(server), credentials: S3RVER_CREDENTIALS });
    await admin.send(new CreateBucketCommand({ Bucket: bucket }));
    admin.destroy();
    options = {
      endpoint: server.endpoint,
      region: 'us-east-1',
      bucket,
      forcePathStyle: true,
      ...S3RVER_CREDENTIALS,
    };
  });

  describe('contract', () => {
    blobStoreContract({
      open: () => Promise.resolve(new S3BlobStore(options)),
      contents: async () => {
        const client = new S3Client({ ...clientOptions(server), credentials: S3RVER_CREDENTIALS });
        const listed = await client.send(new ListObjectsV2Command({ Bucket: options.bucket }));
        client.destroy();
        const keys = (listed.Contents ?? []).map((object) => object.Key!).sort();
        const blob = /^blobs\/([0-9a-f]{64})$/;
        return {
          blobs: keys.flatMap((key) => blob.exec(key)?.[1] ?? []),
          other: keys.filter((key) => !blob.test(key)),
        };
      },
    });
  });

  it('is down, and refuses with BlobStoreUnavailable, when its bucket does not exist', async () => {
    const store = new S3BlobStore({ ...options, bucket: 'no-such-bucket' });
    expect(await store.status()).toMatchObject({ kind: 's3', status: 'down' });
    await expect(store.put(chunked(Buffer.from('x')), { maxBytes: 10 })).rejects.toBeInstanceOf(
      BlobStoreUnavailable,
    );
    await store.close();
  });

  it('is down, and refuses with BlobStoreUnavailable, when the server does not answer', async () => {
    const gone = await startS3Server(join(dir, 'gone'));
    await gone.stop();
    const store = new S3BlobStore({ ...options, endpoint: gone.endpoint, connectionTimeoutMs: 1000 });
    expect(await store.status()).toMatchObject({ kind: 's3', status: 'down' });
    await expect(store.put(chunked(Buffer.from('x')), { maxBytes: 10 })).rejects.toBeInstanceOf(
      BlobStoreUnavailable,
    );
    await expect(store.stat('0'.repeat(64))).rejects.toBeInstanceOf(BlobStoreUnavailable);
    await expect(
      store.beginUpload({ size: 1, maxBytes: 1, expectedHash: '0'.repeat(64) }),
    ).rejects.toBeInstanceOf(BlobStoreUnavailable);
    await store.close();
  });
});

function clientOptions(server: S3TestServer) {
  return { endpoint: server.endpoint, region: 'us-east-1', forcePathStyle: true };
}
