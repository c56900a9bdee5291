import type { BlobStore } from '../blob-store.port';
import {
  BlobHashMismatch,
  BlobRequestInvalid,
  BlobTooLarge,
  UnknownUpload,
  UploadIncomplete,
  UploadOffsetMismatch,
} from '../errors';
import type { BlobStoreFixture } from './blob-store.contract';
import { chunked, content, interrupted, MiB, readAll, sha256 } from './sources';

/** An append size the adapter keeps whole: a multiple of its part size, about 4 MiB. */
function stepFor(partSize: number): number {
  return Math.ceil((4 * MiB) / partSize) * partSize;
}

/** Sends `bytes` from wherever the upload stands to the end, one step per append. */
async function sendRest(store: BlobStore, uploadId: string, bytes: Buffer): Promise<void> {
  const progress = (await store.uploadStatus(uploadId))!;
  const step = stepFor(progress.partSize);
  let received = progress.received;
  while (received < bytes.byteLength) {
    const part = bytes.subarray(received, Math.min(received + step, bytes.byteLength));
    ({ received } = await store.appendUpload(uploadId, received, chunked(part)));
  }
}

/** Resumable uploads: part of the BlobStore contract (blob-store.contract.ts). */
export function uploadContract(fixture: BlobStoreFixture, current: () => BlobStore): void {
  const nothingPartial = async (): Promise<void> => expect((await fixture.contents()).other).toEqual([]);
  const video = content(11 * MiB + 123);
  const hash = sha256(video);
  const begin = (options: Partial<{ size: number; expectedHash: string; maxBytes: number }> = {}) =>
    current().beginUpload({ size: video.byteLength, expectedHash: hash, maxBytes: 20 * MiB, ...options });

  it('assembles an upload sent in appends, keeps it under its hash, and forgets the upload', async () => {
    const store = current();
    const { uploadId, partSize } = await begin();
    expect(partSize).toBeGreaterThanOrEqual(1);
    expect(await store.uploadStatus(uploadId)).toEqual({
      received: 0,
      size: video.byteLength,
      partSize,
      label: {},
    });
    await sendRest(store, uploadId, video);
    expect(await store.uploadStatus(uploadId)).toMatchObject({ received: video.byteLength });
    expect(await store.completeUpload(uploadId)).toEqual({ hash, size: video.byteLength });
    expect(await store.uploadStatus(uploadId)).toBeUndefined();
    expect((await readAll((await store.get(hash))!)).equals(video)).toBe(true);
    expect((await fixture.contents()).blobs).toEqual([hash]);
    await nothingPartial();
  });

  it('resumes an interrupted append from what the upload says it received', async () => {
    const store = current();
    const { uploadId, partSize } = await begin();
    const cut = new Error('network dropped');
    const sent = Math.floor(1.5 * stepFor(partSize));
    await expect(store.appendUpload(uploadId, 0, interrupted(video, sent, cut))).rejects.toBe(cut);
    const { received } = (await store.uploadStatus(uploadId))!;
    expect(received).toBeLessThanOrEqual(sent);
    expect(received % partSize).toBe(0);
    expect(received).toBeGreaterThanOrEqual(sent - partSize);
    await sendRest(store, uploadId, video);
    expect(await store.completeUpload(uploadId)).toEqual({ hash, size: video.byteLength });
    expect((await readAll((await store.get(hash))!)).equals(video)).toBe(true);
    await nothingPartial();
  });

  it('refuses an append that does not start where the upload stands, and keeps nothing of it', async () => {
    const store = current();
    const { uploadId, partSize } = await begin();
    const step = stepFor(partSize);
    await store.appendUpload(uploadId, 0, chunked(video.subarray(0, step)));
    for (const offset of [0, step + 1, step - 1]) {
      const refusal = store.appendUpload(uploadId, offset, chunked(video.subarray(offset, offset + 10)));
      await expect(refusal).rejects.toBeInstanceOf(UploadOffsetMismatch);
      await expect(refusal).rejects.toMatchObject({ offset, received: step });
    }
    expect(await store.uploadStatus(uploadId)).toMatchObject({ received: step });
    await store.abortUpload(uploadId);
  });

  it('takes one of two appends sent at once at the same offset, and refuses the other', async () => {
    const store = current();
    const { uploadId, partSize } = await begin();
    const step = stepFor(partSize);
    const results = await Promise.allSettled(
      [0, 1].map(() => store.appendUpload(uploadId, 0, chunked(video.subarray(0, step)))),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(UploadOffsetMismatch);
    expect(await store.uploadStatus(uploadId)).toMatchObject({ received: step });
    await sendRest(store, uploadId, video);
    expect(await store.completeUpload(uploadId)).toEqual({ hash, size: video.byteLength });
  });

  it('refuses bytes past the announced size, keeping nothing of that append', async () => {
    const store = current();
    const { uploadId, partSize } = await begin();
    const step = stepFor(partSize);
    await store.appendUpload(uploadId, 0, chunked(video.subarray(0, step)));
    const tooMuch = Buffer.concat([video.subarray(step), Buffer.from('one byte more')]);
    await expect(store.appendUpload(uploadId, step, chunked(tooMuch))).rejects.toBeInstanceOf(BlobTooLarge);
    expect(await store.uploadStatus(uploadId)).toMatchObject({ received: step });
    await sendRest(store, uploadId, video);
    expect(await store.completeUpload(uploadId)).toEqual({ hash, size: video.byteLength });
  });

  it('refuses an announced size over the limit, or a malformed hash or size', async () => {
    await expect(begin({ maxBytes: video.byteLength - 1 })).rejects.toBeInstanceOf(BlobTooLarge);
    await expect(begin({ expectedHash: 'not-a-hash' })).rejects.toBeInstanceOf(BlobRequestInvalid);
    await expect(begin({ size: 0 })).rejects.toBeInstanceOf(BlobRequestInvalid);
    await expect(begin({ size: 1.5 })).rejects.toBeInstanceOf(BlobRequestInvalid);
    await nothingPartial();
  });

  it('keeps an upload’s label with it, from the storage, for whoever resumes it', async () => {
    const store = current();
    const label = { actorId: 'inspector-1', contentType: 'video/mp4' };
    const { uploadId } = await current().beginUpload({
      size: video.byteLength,
      expectedHash: hash,
      maxBytes: 20 * MiB,
      label,
    });
    expect((await store.uploadStatus(uploadId))?.label).toEqual(label);
    await store.abortUpload(uploadId);
  });

  it('refuses a label that is not a few short strings', async () => {
    const store = current();
    const refused = [
      { tooMany: 'x', a: '1', b: '2', c: '3', d: '4', e: '5', f: '6', g: '7', h: '8' },
      { long: 'x'.repeat(257) },
      { notText: 5 },
    ];
    for (const label of refused) {
      await expect(
        store.beginUpload({
          size: video.byteLength,
          expectedHash: hash,
          maxBytes: 20 * MiB,
          label: label as unknown as Record<string, string>,
        }),
      ).rejects.toBeInstanceOf(BlobRequestInvalid);
    }
    await nothingPartial();
  });

  it('refuses to complete before every byte has arrived', async () => {
    const store = current();
    const { uploadId, partSize } = await begin();
    await store.appendUpload(uploadId, 0, chunked(video.subarray(0, stepFor(partSize))));
    await expect(store.completeUpload(uploadId)).rejects.toBeInstanceOf(UploadIncomplete);
    await store.abortUpload(uploadId);
    await nothingPartial();
  });

  it('refuses content that does not match the announced hash, and removes the upload', async () => {
    const store = current();
    const { uploadId } = await begin({ expectedHash: sha256(Buffer.from('something else')) });
    await sendRest(store, uploadId, video);
    await expect(store.completeUpload(uploadId)).rejects.toBeInstanceOf(BlobHashMismatch);
    expect(await store.uploadStatus(uploadId)).toBeUndefined();
    expect(await fixture.contents()).toEqual({ blobs: [], other: [] });
  });

  it('completes an upload of content already kept into the one blob', async () => {
    const store = current();
    await store.put(chunked(video), { maxBytes: 20 * MiB });
    const { uploadId } = await begin();
    await sendRest(store, uploadId, video);
    expect(await store.completeUpload(uploadId)).toEqual({ hash, size: video.byteLength });
    expect(await fixture.contents()).toEqual({ blobs: [hash], other: [] });
  });

  it('knows no upload it did not begin, and forgets an aborted one', async () => {
    const store = current();
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const uploadId of [unknown, '../tmp', '']) {
      expect(await store.uploadStatus(uploadId)).toBeUndefined();
      await expect(store.appendUpload(uploadId, 0, chunked(video.subarray(0, 1)))).rejects.toBeInstanceOf(
        UnknownUpload,
      );
      await expect(store.completeUpload(uploadId)).rejects.toBeInstanceOf(UnknownUpload);
      await store.abortUpload(uploadId);
    }
    const { uploadId, partSize } = await begin();
    await store.appendUpload(uploadId, 0, chunked(video.subarray(0, stepFor(partSize))));
    await store.abortUpload(uploadId);
    expect(await store.uploadStatus(uploadId)).toBeUndefined();
    await expect(store.completeUpload(uploadId)).rejects.toBeInstanceOf(UnknownUpload);
    await nothingPartial();
  });

  it('purges uploads begun before the given time, and only those', async () => {
    const store = current();
    const { uploadId } = await begin();
    await store.appendUpload(uploadId, 0, chunked(video.subarray(0, 1000)));
    const beganBy = Date.now() + 1;
    expect(await store.purgeUploads(beganBy - 3_600_000)).toBe(0);
    expect(await store.uploadStatus(uploadId)).toBeDefined();
    expect(await store.purgeUploads(beganBy)).toBe(1);
    expect(await store.uploadStatus(uploadId)).toBeUndefined();
    await nothingPartial();
  });
}
