import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobStoreUnavailable } from '../errors';
import { blobStoreContract } from '../testing/blob-store.contract';
import { chunked } from '../testing/sources';
import { FilesystemBlobStore } from './filesystem-blob-store';
import { asUnavailable } from './filesystem-io';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

describe('FilesystemBlobStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-blobs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('contract', () => {
    blobStoreContract({
      open: () => Promise.resolve(new FilesystemBlobStore(join(dir, 'blobs'))),
      contents: () => {
        const root = join(dir, 'blobs');
        const files = filesUnder(root);
        const blob = /^([0-9a-f]{2})\/(\1[0-9a-f]{62})$/;
        return Promise.resolve({
          blobs: files.flatMap((file) => blob.exec(file)?.[2] ?? []),
          other: files.filter((file) => !blob.test(file)),
        });
      },
    });
  });

  it('keeps a blob at <root>/<first two hex>/<hash>', async () => {
    const store = new FilesystemBlobStore(join(dir, 'blobs'));
    const { hash } = await store.put(chunked(Buffer.from('photo')), { maxBytes: 100 });
    expect(filesUnder(join(dir, 'blobs'))).toEqual([join(hash.slice(0, 2), hash)]);
  });

  it('purges temporary files a crash left behind, once older than the given time', async () => {
    const store = new FilesystemBlobStore(join(dir, 'blobs'));
    await store.status();
    const stale = join(dir, 'blobs', 'tmp', 'crashed.part');
    writeFileSync(stale, 'half a photo');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(stale, hourAgo, hourAgo);
    expect(await store.purgeUploads(hourAgo.getTime() - 1)).toBe(0);
    expect(filesUnder(join(dir, 'blobs'))).toEqual([join('tmp', 'crashed.part')]);
    await store.purgeUploads(hourAgo.getTime() + 1);
    expect(filesUnder(join(dir, 'blobs'))).toEqual([]);
  });

  it('is down, and refuses with BlobStoreUnavailable, when its volume cannot be written', async () => {
    writeFileSync(join(dir, 'not-a-directory'), '');
    const store = new FilesystemBlobStore(join(dir, 'not-a-directory', 'blobs'));
    expect(await store.status()).toMatchObject({ kind: 'filesystem', status: 'down' });
    await expect(store.put(chunked(Buffer.from('x')), { maxBytes: 10 })).rejects.toBeInstanceOf(
      BlobStoreUnavailable,
    );
  });

  it('takes a full disk (ENOSPC, here from /dev/full) for an unavailable store', async () => {
    const full = await open('/dev/full', 'w');
    const error = await full.write(Buffer.alloc(1)).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    await full.close();
    expect(error).toMatchObject({ code: 'ENOSPC' });
    expect(asUnavailable(error)).toBeInstanceOf(BlobStoreUnavailable);
    expect(asUnavailable(new Error('other'))).not.toBeInstanceOf(BlobStoreUnavailable);
  });
});
