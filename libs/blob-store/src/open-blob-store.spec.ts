import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBlobStore } from './open-blob-store';
import { startS3Server, S3RVER_CREDENTIALS } from './testing/s3rver-server';
import { chunked, readAll } from './testing/sources';

describe('openBlobStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-open-blobs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens the filesystem store under DATA_DIR/blobs', async () => {
    const store = openBlobStore({ kind: 'filesystem', dataDir: dir });
    const { hash } = await store.put(chunked(Buffer.from('scan')), { maxBytes: 10 });
    expect((await readAll((await store.get(hash))!)).toString()).toBe('scan');
    expect(await store.status()).toEqual({ kind: 'filesystem', status: 'up' });
    await store.close();
  });

  it('opens the S3 store on the bucket named', async () => {
    const server = await startS3Server(dir);
    const store = openBlobStore({
      kind: 's3',
      endpoint: server.endpoint,
      region: 'us-east-1',
      bucket: server.bucket,
      forcePathStyle: true,
      ...S3RVER_CREDENTIALS,
    });
    expect(await store.status()).toEqual({ kind: 's3', status: 'up' });
    await store.close();
    await server.stop();
  });
});
