import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ImportTooLargeError } from './import-too-large.error';
import { UploadSpool } from './upload-spool';
import { readBytes } from './zip-directory';

describe('UploadSpool', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ssj-spool-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps an upload readable at any offset, with no name in the directory', async () => {
    const spool = new UploadSpool(join(dir, 'spool'));
    const bytes = Buffer.from('0123456789'.repeat(20_000));
    const file = await spool.receive(Readable.from([bytes.subarray(0, 7), bytes.subarray(7)]), 1_000_000);
    expect(readdirSync(spool.dir)).toEqual([]);
    expect(file.size).toBe(bytes.length);
    expect((await readBytes(file, 199_990, 200_000)).toString()).toBe('0123456789');
    expect((await readBytes(file, 0, bytes.length)).equals(bytes)).toBe(true);
    await file.close();
  });

  it('refuses an upload past the limit and keeps nothing', async () => {
    const spool = new UploadSpool(join(dir, 'spool'));
    const receiving = spool.receive(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), 1000);
    await expect(receiving).rejects.toBeInstanceOf(ImportTooLargeError);
    expect(readdirSync(spool.dir)).toEqual([]);
  });

  it('removes at start-up what a crash left', async () => {
    const spool = new UploadSpool(join(dir, 'spool'));
    mkdirSync(spool.dir);
    writeFileSync(join(spool.dir, 'left-by-a-crash.upload'), 'x');
    await spool.clean();
    expect(readdirSync(dir)).toEqual([]);
  });
});
