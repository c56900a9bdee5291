import { PublicDrawCheck, type PublicDrawVerdict } from '@app/domain/draws/public-draw-check';

/** What the check tells its page while it reads: lines read so far. */
export type Progress = (lines: number) => void;

/**
 * Checks a public draw bundle as it streams in (docs/draw.md §7), line by line, so that a file of
 * a million entities never has to be held whole. No server is trusted here beyond the bytes read.
 */
export async function checkBundleStream(
  stream: ReadableStream<Uint8Array>,
  onProgress?: Progress,
): Promise<PublicDrawVerdict> {
  const check = new PublicDrawCheck();
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  let rest = '';
  let lines = 0;
  let told = 0;
  for (;;) {
    const { done, value } = await reader.read();
    const text = rest + (done ? decoder.decode() : decoder.decode(value, { stream: true }));
    const parts = text.split('\n');
    rest = done ? '' : parts.pop()!;
    for (const line of parts) check.add(line);
    lines += parts.length;
    if (onProgress && (done || lines - told >= 20_000)) {
      told = lines;
      onProgress(lines);
    }
    if (done) break;
  }
  return check.finish();
}

/** A chosen file's bytes, gunzipped when it is a gzip file (a bundle saved compressed). */
export async function fileStream(file: Blob): Promise<ReadableStream<Uint8Array>> {
  const magic = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const stream = file.stream();
  return magic[0] === 0x1f && magic[1] === 0x8b
    ? stream.pipeThrough(new DecompressionStream('gzip'))
    : stream;
}

/** What the page asks the worker: a bundle by its address, or a file the user chose. */
export type VerifyRequest = { url: string } | { file: Blob };

export type VerifyMessage =
  | { kind: 'progress'; lines: number }
  | { kind: 'done'; verdict: PublicDrawVerdict }
  | { kind: 'failed'; message: string };

/** The source's bytes: fetched from the portal (same origin), or read from the chosen file. */
export async function requestStream(request: VerifyRequest): Promise<ReadableStream<Uint8Array>> {
  if ('file' in request) return fileStream(request.file);
  const response = await fetch(request.url);
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  return response.body;
}

/** The whole check of one request, its progress and outcome told as messages. */
export async function runVerification(
  request: VerifyRequest,
  tell: (message: VerifyMessage) => void,
): Promise<void> {
  try {
    const verdict = await checkBundleStream(await requestStream(request), (lines) =>
      tell({ kind: 'progress', lines }),
    );
    tell({ kind: 'done', verdict });
  } catch (error) {
    tell({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
