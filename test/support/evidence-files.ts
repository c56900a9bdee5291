import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';

const MiB = 1024 * 1024;
export { MiB };

/** A file of `size` bytes whose first bytes are a type's signature (the rest random). */
export function fileOf(type: 'jpeg' | 'pdf' | 'mp4' | 'text', size: number): Buffer {
  const head = {
    jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
    pdf: Buffer.from('%PDF-1.7\n'),
    mp4: Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom')]),
    text: Buffer.from('just some text, no file type at all\n'),
  }[type];
  const body = type === 'text' ? Buffer.alloc(size, 0x61) : randomBytes(size);
  head.copy(body, 0);
  return body;
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Every file kept under the blob store's root, less its working directories (tmp, uploads). */
export function keptBlobs(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  return names
    .filter((name) => /^[0-9a-f]{2}$/.test(name))
    .flatMap((dir) => readdirSync(join(root, dir)).map((file) => `${dir}/${file}`));
}

/** Files anywhere under `dir` (recursively), for "nothing partial is left". */
export function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Sends `sent` of a body announced as `announced` bytes, then drops the connection, as a phone
 * losing its network would; resolves once the socket is closed.
 */
export function dropMidway(
  url: string,
  method: string,
  headers: Record<string, string>,
  sent: Buffer,
  announced: number,
  /** Waited on before the drop (e.g. until the server is writing what it received). */
  beforeDrop: () => Promise<unknown> = () => Promise.resolve(),
): Promise<void> {
  return new Promise((resolve) => {
    const req = request(url, { method, headers: { ...headers, 'content-length': String(announced) } });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(sent, () => void beforeDrop().finally(() => req.destroy()));
  });
}
