import { randomUUID } from 'node:crypto';
import { type FileHandle, mkdir, open, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ByteSource } from './byte-source';
import { ImportTooLargeError } from './import-too-large.error';

const READ_CHUNK = 64 * 1024;

/**
 * Holds uploads while they are imported: an .xlsx is a zip, read from its end, and every file is read
 * whole once before any row is applied. Each upload is a file in `dir` (under the data directory,
 * never the system's temporary directory) that is unlinked as soon as it is opened, so it takes no
 * name and its space returns when it is closed or the process dies; `clean` at start-up removes
 * any left between the open and the unlink.
 */
export class UploadSpool {
  constructor(readonly dir: string) {}

  async clean(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  /** Writes `input` to a spooled file; refuses (413) past `limit` bytes, keeping nothing. */
  async receive(input: AsyncIterable<Buffer>, limit: number): Promise<SpooledFile> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const path = join(this.dir, `${randomUUID()}.upload`);
    const handle = await open(path, 'wx+', 0o600);
    let size = 0;
    try {
      await unlink(path);
      for await (const chunk of input) {
        size += chunk.length;
        if (size > limit) throw ImportTooLargeError.file();
        await handle.write(chunk, 0, chunk.length, size - chunk.length);
      }
    } catch (error) {
      await handle.close();
      throw error;
    }
    return new SpooledFile(handle, size);
  }
}

export class SpooledFile implements ByteSource {
  private closed = false;

  constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  read(start: number, end: number): Readable {
    const { handle } = this;
    let position = start;
    return new Readable({
      read() {
        const length = Math.min(READ_CHUNK, end - position);
        if (length <= 0) {
          this.push(null);
          return;
        }
        handle.read(Buffer.allocUnsafe(length), 0, length, position).then(
          ({ bytesRead, buffer }) => {
            if (bytesRead === 0) return this.destroy(new Error('The spooled upload ended early'));
            position += bytesRead;
            this.push(buffer.subarray(0, bytesRead));
          },
          (error: Error) => this.destroy(error),
        );
      },
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
  }
}
