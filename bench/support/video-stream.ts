import { createCipheriv } from 'node:crypto';

const CHUNK = 64 * 1024;

/**
 * `size` bytes of an AES-CTR keystream, from `from` to `to`: as incompressible as compressed video,
 * the same on every call, never held whole. With `mp4`, it begins with an MP4 'ftyp' box, so the
 * api's sniffing takes it for a video.
 */
export async function* videoStream(
  size: number,
  { from = 0, to = size, mp4 = false }: { from?: number; to?: number; mp4?: boolean } = {},
): AsyncGenerator<Uint8Array> {
  const cipher = createCipheriv('aes-128-ctr', Buffer.alloc(16, 7), Buffer.alloc(16, 0));
  const zeros = Buffer.alloc(CHUNK);
  for (let at = 0; at < to; at += CHUNK) {
    const chunk = cipher.update(zeros.subarray(0, Math.min(CHUNK, size - at)));
    if (at === 0 && mp4) Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom')]).copy(chunk);
    if (at + chunk.byteLength > from) yield chunk.subarray(Math.max(0, from - at));
  }
}
