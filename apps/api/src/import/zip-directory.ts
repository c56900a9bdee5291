import { once } from 'node:events';
import type { ByteSource } from './byte-source';
import { ImportFileError } from './import-file.error';
import { IMPORT_LIMITS } from './import-limits';
import { ImportTooLargeError } from './import-too-large.error';

/** One file in a zip, as its central directory declares it (the sizes are checked as it inflates). */
export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const END_LENGTH = 22;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_LENGTH = 46;
const ZIP64_MARK = 0xffffffff;
const MAX_COMMENT = 0xffff;

export function notAWorkbook(reason: string, cause?: unknown): ImportFileError {
  return new ImportFileError('The file is not a readable .xlsx workbook', { reason }, { cause });
}

/**
 * The entries of a zip, from its central directory at the end of the file. Zip64 is refused: a
 * workbook within the upload limit never needs it.
 */
export async function readZipDirectory(source: ByteSource): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, source.size - END_LENGTH - MAX_COMMENT);
  const tail = await readBytes(source, tailStart, source.size);
  let end = -1;
  for (let at = tail.length - END_LENGTH; at >= 0 && end < 0; at -= 1) {
    if (tail.readUInt32LE(at) === END_SIGNATURE) end = at;
  }
  if (end < 0) throw notAWorkbook('it is not a zip file (no central directory)');
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (count > IMPORT_LIMITS.zipEntries) {
    throw new ImportTooLargeError(
      'IMPORT_DECOMPRESSION_LIMIT',
      `The workbook holds more than ${IMPORT_LIMITS.zipEntries} parts`,
      { entries: count, limit: IMPORT_LIMITS.zipEntries },
    );
  }
  if (directoryOffset === ZIP64_MARK || directoryOffset + directorySize > tailStart + end) {
    throw notAWorkbook('its zip directory is damaged');
  }
  const directory = await readBytes(source, directoryOffset, directoryOffset + directorySize);
  const entries: ZipEntry[] = [];
  for (let at = 0, n = 0; n < count; n += 1) {
    if (at + CENTRAL_LENGTH > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw notAWorkbook('its zip directory is damaged');
    }
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const skip = nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: directory.toString('utf8', at + CENTRAL_LENGTH, at + CENTRAL_LENGTH + nameLength),
      method: directory.readUInt16LE(at + 10),
      crc32: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      uncompressedSize: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    };
    if ((flags & 0x1) !== 0) throw notAWorkbook('it is encrypted (save it without a password)');
    if (entry.compressedSize === ZIP64_MARK || entry.localHeaderOffset === ZIP64_MARK) {
      throw notAWorkbook('it is a zip64 file');
    }
    entries.push(entry);
    at += CENTRAL_LENGTH + skip;
  }
  return entries;
}

export async function readBytes(source: ByteSource, start: number, end: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = source.read(start, end);
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  await once(stream, 'end');
  const bytes = Buffer.concat(chunks);
  if (bytes.length !== end - start) throw notAWorkbook('it ends early');
  return bytes;
}
