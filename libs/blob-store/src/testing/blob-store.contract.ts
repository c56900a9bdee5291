import { Readable } from 'node:stream';
import type { BlobStore } from '../blob-store.port';
import { BlobHashMismatch, BlobRequestInvalid, BlobTooLarge } from '../errors';
import { chunked, content, interrupted, MiB, readAll, sha256 } from './sources';
import { uploadContract } from './upload.contract';

export interface BlobStoreFixture {
  /** A store on empty storage. */
  open(): Promise<BlobStore>;
  /** What the storage holds: kept blobs by hash, and anything else (temporaries, uploads). */
  contents(): Promise<{ blobs: string[]; other: string[] }>;
}

const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * The contract every BlobStore adapter passes (ADR 46): content addressing, checked keeping, no
 * partial blob after any refusal or interruption, and resumable uploads (upload.contract.ts).
 */
export function blobStoreContract(fixture: BlobStoreFixture): void {
  let store: BlobStore;
  beforeEach(async () => {
    store = await fixture.open();
  });
  afterEach(() => store.close());

  const nothingPartial = async (): Promise<void> => expect((await fixture.contents()).other).toEqual([]);

  it('keeps content under the SHA-256 of its bytes and gives the same bytes back', async () => {
    const bytes = content(3 * MiB + 17);
    const kept = await store.put(chunked(bytes), { maxBytes: 10 * MiB });
    expect(kept).toEqual({ hash: sha256(bytes), size: bytes.byteLength });
    expect(await store.stat(kept.hash)).toEqual(kept);
    expect((await readAll((await store.get(kept.hash))!)).equals(bytes)).toBe(true);
    expect((await fixture.contents()).blobs).toEqual([kept.hash]);
    await nothingPartial();
  });

  it('takes a Readable as well as an async iterable, and empty content', async () => {
    const bytes = content(200_000);
    expect(await store.put(Readable.from(chunked(bytes)), { maxBytes: MiB })).toEqual({
      hash: sha256(bytes),
      size: bytes.byteLength,
    });
    expect(await store.put(chunked(Buffer.alloc(0)), { maxBytes: 0 })).toEqual({
      hash: EMPTY,
      size: 0,
    });
  });

  it('knows nothing of a hash it does not hold, nor of a malformed one', async () => {
    const unknown = sha256(Buffer.from('never stored'));
    expect(await store.get(unknown)).toBeUndefined();
    expect(await store.stat(unknown)).toBeUndefined();
    for (const bad of ['../../etc/passwd', unknown.toUpperCase(), `${unknown}0`, '']) {
      expect(await store.get(bad)).toBeUndefined();
      expect(await store.stat(bad)).toBeUndefined();
      expect(await store.delete(bad)).toBe(false);
    }
  });

  it('keeps the same content once, however often it is put', async () => {
    const bytes = content(100_000);
    const first = await store.put(chunked(bytes), { maxBytes: MiB });
    const second = await store.put(chunked(bytes, 1000), { maxBytes: MiB });
    expect(second).toEqual(first);
    expect((await fixture.contents()).blobs).toEqual([first.hash]);
  });

  it('keeps one whole blob when the same content is put by many callers at once', async () => {
    const bytes = content(2 * MiB + 5);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => store.put(chunked(bytes), { maxBytes: 4 * MiB })),
    );
    for (const result of results) expect(result).toEqual({ hash: sha256(bytes), size: bytes.byteLength });
    expect((await fixture.contents()).blobs).toEqual([sha256(bytes)]);
    expect((await readAll((await store.get(sha256(bytes)))!)).equals(bytes)).toBe(true);
    await nothingPartial();
  });

  it('refuses content over maxBytes and keeps nothing of it; exactly maxBytes passes', async () => {
    // Over 5 MiB: an S3 adapter has sent whole parts before the limit is passed.
    const bytes = content(6 * MiB + 1);
    const refusal = store.put(chunked(bytes), { maxBytes: 6 * MiB });
    await expect(refusal).rejects.toBeInstanceOf(BlobTooLarge);
    await expect(refusal).rejects.toMatchObject({ maxBytes: 6 * MiB });
    expect((await fixture.contents()).blobs).toEqual([]);
    await nothingPartial();
    expect(await store.put(chunked(bytes), { maxBytes: 6 * MiB + 1 })).toEqual({
      hash: sha256(bytes),
      size: 6 * MiB + 1,
    });
  });

  it('checks an announced hash: the right one passes, any other is refused and nothing kept', async () => {
    const bytes = content(300_000);
    const hash = sha256(bytes);
    expect(await store.put(chunked(bytes), { maxBytes: MiB, expectedHash: hash })).toEqual({
      hash,
      size: bytes.byteLength,
    });
    const other = content(300_000);
    const refusal = store.put(chunked(other), { maxBytes: MiB, expectedHash: sha256(bytes.subarray(1)) });
    await expect(refusal).rejects.toBeInstanceOf(BlobHashMismatch);
    await expect(refusal).rejects.toMatchObject({ actualHash: sha256(other) });
    expect((await fixture.contents()).blobs).toEqual([hash]);
    await nothingPartial();
  });

  it('refuses a malformed announced hash or limit', async () => {
    const source = () => chunked(Buffer.from('x'));
    await expect(store.put(source(), { maxBytes: 10, expectedHash: 'ABC' })).rejects.toBeInstanceOf(
      BlobRequestInvalid,
    );
    await expect(store.put(source(), { maxBytes: -1 })).rejects.toBeInstanceOf(BlobRequestInvalid);
  });

  it('passes on the error of a source that fails halfway, and keeps nothing', async () => {
    const bytes = content(12 * MiB);
    const cut = new Error('connection reset by the phone network');
    for (const failAfter of [2 * MiB, 11 * MiB]) {
      const source = interrupted(bytes, failAfter, cut);
      await expect(store.put(source, { maxBytes: 20 * MiB })).rejects.toBe(cut);
    }
    const aborted = new Error('request aborted');
    let pushed = false;
    const destroyed = new Readable({
      read() {
        if (pushed) return this.destroy(aborted);
        pushed = true;
        this.push(bytes.subarray(0, MiB));
      },
    });
    await expect(store.put(destroyed, { maxBytes: 10 * MiB })).rejects.toBe(aborted);
    expect((await fixture.contents()).blobs).toEqual([]);
    await nothingPartial();
  });

  it('deletes a blob (retention) and says whether there was one', async () => {
    const kept = await store.put(chunked(Buffer.from('evidence')), { maxBytes: 100 });
    expect(await store.delete(kept.hash)).toBe(true);
    expect(await store.delete(kept.hash)).toBe(false);
    expect(await store.get(kept.hash)).toBeUndefined();
    expect((await fixture.contents()).blobs).toEqual([]);
  });

  it('says it is up', async () => {
    expect(await store.status()).toEqual({ kind: store.kind, status: 'up' });
  });

  uploadContract(fixture, () => store);
}
