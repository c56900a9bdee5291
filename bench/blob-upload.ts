/**
 * Evidence upload throughput and memory (issue 23): a generated video-like stream (incompressible,
 * never held whole) through put() and through a resumable upload, on the embedded filesystem store
 * and on S3 (s3rver in a child process, so only the client's memory is measured), each against a
 * baseline in the same run: a raw file write of the same stream, a raw PutObject. Peak RSS and heap
 * are sampled during each case and given above the process's start: they must stay < 100 MiB.
 * Usage: npm run bench:blobs [-- --mb 200]
 */
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FilesystemBlobStore, type BlobStore } from '@app/blob-store';
import { S3BlobStore } from '@app/blob-store/s3/s3-blob-store';
import { startS3rverChild } from './support/s3rver-child';
import { videoStream } from './support/video-stream';

const MiB = 1024 * 1024;
const index = process.argv.indexOf('--mb');
const SIZE = (index >= 0 ? Number(process.argv[index + 1]) : 200) * MiB;
const STEP = 15 * MiB; // one resumable append: three 5 MiB S3 parts
const start = process.memoryUsage();

const video = (from = 0, to = SIZE) => videoStream(SIZE, { from, to });

interface Result {
  name: string;
  seconds: number;
  rss: number;
  heap: number;
}

async function measure(name: string, run: () => Promise<unknown>): Promise<Result> {
  let rss = 0;
  let heap = 0;
  const sample = (): void => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss - start.rss);
    heap = Math.max(heap, now.heapUsed - start.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const began = performance.now();
  await run();
  const seconds = (performance.now() - began) / 1000;
  clearInterval(timer);
  sample();
  return { name, seconds, rss, heap };
}

async function resumable(store: BlobStore, hash: string): Promise<void> {
  const { uploadId } = await store.beginUpload({ size: SIZE, expectedHash: hash, maxBytes: SIZE });
  for (let received = 0; received < SIZE;) {
    ({ received } = await store.appendUpload(uploadId, received, video(received, received + STEP)));
  }
  await store.completeUpload(uploadId);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-blobs-'));
  const hashing = createHash('sha256');
  for await (const chunk of video()) hashing.update(chunk);
  const hash = hashing.digest('hex');
  const results: Result[] = [];
  const server = await startS3rverChild(join(dir, 's3rver'));
  try {
    const fs = new FilesystemBlobStore(join(dir, 'blobs'));
    results.push(
      await measure('filesystem baseline: raw write + fsync', async () => {
        await pipeline(Readable.from(video()), createWriteStream(join(dir, 'raw')));
        const file = await open(join(dir, 'raw'), 'r+');
        await file.sync();
        await file.close();
      }),
    );
    results.push(await measure('filesystem put()', () => fs.put(video(), { maxBytes: SIZE })));
    await fs.delete(hash);
    results.push(await measure('filesystem resumable upload', () => resumable(fs, hash)));
    const s3Options = {
      endpoint: server.endpoint,
      region: 'us-east-1',
      bucket: 'evidence',
      forcePathStyle: true,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
    };
    const client = new S3Client({ ...s3Options, credentials: s3Options });
    results.push(
      await measure('S3 baseline: raw PutObject', () =>
        client.send(
          new PutObjectCommand({
            Bucket: 'evidence',
            Key: 'raw',
            Body: Readable.from(video()),
            ContentLength: SIZE,
          }),
        ),
      ),
    );
    const s3 = new S3BlobStore(s3Options);
    results.push(await measure('S3 put()', () => s3.put(video(), { maxBytes: SIZE })));
    await s3.delete(hash);
    results.push(await measure('S3 resumable upload', () => resumable(s3, hash)));
    client.destroy();
    await s3.close();
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${SIZE / MiB} MiB video-like stream; memory above the process's start (limit 100 MiB)`);
  for (const [i, result] of results.entries()) {
    const baseline = results[i < 3 ? 0 : 3];
    const mbs = SIZE / MiB / result.seconds;
    console.log(
      `${result.name.padEnd(40)} ${mbs.toFixed(1).padStart(7)} MiB/s  ` +
        `${(baseline.seconds / result.seconds).toFixed(2)}× baseline  ` +
        `peak RSS +${(result.rss / MiB).toFixed(1)} MiB  heap +${(result.heap / MiB).toFixed(1)} MiB`,
    );
  }
}

void main();
