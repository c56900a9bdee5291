/**
 * Evidence uploads through the api (issue 23): a 200 MiB video-like file POSTed to /api/evidence,
 * streamed by the client, on the embedded store and on S3 (s3rver in a child process), with the
 * api process's peak memory above what it held before the upload (VmHWM − VmRSS, from /proc): the
 * limit is 100 MiB whatever the file's size. Baseline in the same run: the same stream put into the
 * same kind of store by the blob store alone, in this process (the path without HTTP and the api).
 * The api runs from its sources (test/support/swc-register.js), one process per store.
 * Usage: npx tsx bench/evidence-http.ts [-- --mb 200]
 */
import { FilesystemBlobStore, type BlobStore } from '@app/blob-store';
import { S3BlobStore } from '@app/blob-store/s3/s3-blob-store';
import { mintAccessToken } from '@app/runtime';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceProcess } from '../test/support/source-process';
import { freePort } from './support/built-api';
import { startS3rverChild } from './support/s3rver-child';
import { videoStream } from './support/video-stream';

const MiB = 1024 * 1024;
const index = process.argv.indexOf('--mb');
const SIZE = (index >= 0 ? Number(process.argv[index + 1]) : 200) * MiB;
const SECRET = 'bench-evidence-secret-0123456789abcdef0123';
const S3_KEYS = { S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' };

const video = () => videoStream(SIZE, { mp4: true });

/** A figure of the process's memory in /proc/<pid>/status, in bytes. */
function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(line?.split(/\s+/)[1] ?? 0) * 1024;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const began = performance.now();
  await run();
  return (performance.now() - began) / 1000;
}

/** POSTs the video to the api, streamed; the seconds it took and the api's peak memory above its start. */
async function throughApi(
  env: Record<string, string>,
  dataDir: string,
): Promise<{ seconds: number; peak: number }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = await new SourceProcess(
    'apps/api/src/main.ts',
    { ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, AUTH_SECRET: SECRET },
    async () => (await fetch(`${base}/health`)).ok,
  ).start();
  try {
    const token = mintAccessToken(SECRET, {
      sub: 'inspector-1',
      name: '检查员',
      department: 'scjg-320102',
      roles: ['inspector'],
    });
    const pid = api.pid!;
    const before = memoryOf(pid, 'VmRSS');
    // VmHWM is the peak since start: reset it to now, so the figure is the upload's alone.
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      // Without the right to reset it, the peak counts start-up too (an overestimate).
    }
    const seconds = await timed(async () => {
      const upload: RequestInit & { duplex: 'half' } = {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
        body: ReadableStream.from(video()),
        duplex: 'half',
      };
      const answer = await fetch(`${base}/api/evidence`, upload);
      if (answer.status !== 201) throw new Error(`upload answered ${answer.status}: ${await answer.text()}`);
    });
    return { seconds, peak: memoryOf(pid, 'VmHWM') - before };
  } finally {
    await api.stop();
  }
}

function line(name: string, seconds: number, baseline: number, peak?: number): string {
  const rate = `${(SIZE / MiB / seconds).toFixed(1).padStart(7)} MiB/s`;
  const memory = peak === undefined ? '' : `  api peak memory +${(peak / MiB).toFixed(1)} MiB`;
  return `${name.padEnd(36)} ${rate}  ${(baseline / seconds).toFixed(2)}× baseline${memory}`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-evidence-'));
  const s3 = await startS3rverChild(join(dir, 's3rver'));
  const s3Env = {
    BLOB_STORE: 's3',
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: 'evidence',
    S3_FORCE_PATH_STYLE: 'true',
    ...S3_KEYS,
  };
  try {
    const direct: BlobStore = new FilesystemBlobStore(join(dir, 'direct'));
    const fsBaseline = await timed(() => direct.put(video(), { maxBytes: SIZE }));
    const fsApi = await throughApi({}, join(dir, 'api-fs'));
    const bucket = new S3BlobStore({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      bucket: 'evidence',
      accessKeyId: S3_KEYS.S3_ACCESS_KEY_ID,
      secretAccessKey: S3_KEYS.S3_SECRET_ACCESS_KEY,
      forcePathStyle: true,
    });
    let stored = '';
    const s3Baseline = await timed(async () => {
      stored = (await bucket.put(video(), { maxBytes: SIZE })).hash;
    });
    // Kept once by content: removed, so that the api stores the file anew.
    await bucket.delete(stored);
    await bucket.close();
    const s3Api = await throughApi(s3Env, join(dir, 'api-s3'));
    console.log(`${SIZE / MiB} MiB video POSTed to /api/evidence; the api's memory limit is 100 MiB`);
    console.log(line('filesystem: blob store alone', fsBaseline, fsBaseline));
    console.log(line('filesystem: through the api', fsApi.seconds, fsBaseline, fsApi.peak));
    console.log(line('S3: blob store alone', s3Baseline, s3Baseline));
    console.log(line('S3: through the api', s3Api.seconds, s3Baseline, s3Api.peak));
  } finally {
    await s3.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
