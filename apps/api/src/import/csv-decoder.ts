import { isAscii, isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';
import { ImportFileError } from './import-file.error';

export type CsvEncoding = 'utf-8' | 'gb18030';

/** How many bytes, from the first non-ASCII one, are looked at before choosing the encoding. */
export const SNIFF_BYTES = 64 * 1024;

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Length of an incomplete UTF-8 sequence at the end of `bytes` (it continues in the next chunk). */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue;
    if (byte < 0xc0) return 0;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return length > back ? back : 0;
  }
  return 0;
}

/**
 * Turns CSV bytes into UTF-8 for csv-parse. Excel saves CSV as UTF-8 (with a BOM) or, on Chinese
 * Windows, as GB18030/GBK. ASCII is the same in both, so bytes pass through until the first
 * non-ASCII byte; then up to SNIFF_BYTES are held: valid UTF-8 stays UTF-8 (and must stay valid,
 * since a wrong guess would otherwise corrupt names silently), anything else is decoded as GB18030.
 */
export class CsvDecoder extends Transform {
  detected: CsvEncoding | undefined;
  private held: Buffer[] = [];
  private heldBytes = 0;
  private started = false;
  private sawNonAscii = false;
  private utf8Carry: Buffer = Buffer.alloc(0);
  private offset = 0;
  private gb18030: TextDecoder | undefined;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      if (this.detected === undefined) this.sniff(chunk, false);
      else this.decode(chunk);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      if (this.detected === undefined) this.sniff(Buffer.alloc(0), true);
      if (this.gb18030 !== undefined) this.push(Buffer.from(this.gb18030.decode(), 'utf8'));
      if (this.utf8Carry.length > 0) throw this.notUtf8();
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  private sniff(chunk: Buffer, end: boolean): void {
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    this.sawNonAscii ||= !isAscii(chunk);
    if (!this.started) {
      if (this.heldBytes < ZIP_SIGNATURE.length && !end) return;
      this.started = true;
      this.refuseWorkbooks(this.takeHeld());
      if (startsWith(this.held[0], UTF8_BOM)) return this.choose('utf-8');
    }
    if (!this.sawNonAscii) {
      this.offset += this.heldBytes;
      this.push(this.takeHeld());
      this.held = [];
      this.heldBytes = 0;
      return;
    }
    if (this.heldBytes < SNIFF_BYTES && !end) return;
    const bytes = this.takeHeld();
    const whole = end ? bytes : bytes.subarray(0, bytes.length - incompleteUtf8Tail(bytes));
    this.choose(isUtf8(whole) ? 'utf-8' : 'gb18030');
  }

  /** The held bytes as one buffer, which stays held. */
  private takeHeld(): Buffer {
    if (this.held.length > 1) this.held = [Buffer.concat(this.held)];
    return this.held[0];
  }

  private refuseWorkbooks(head: Buffer): void {
    if (startsWith(head, ZIP_SIGNATURE)) {
      throw new ImportFileError('The file is an Excel workbook (.xlsx), not CSV', { expected: 'csv' });
    }
    if (startsWith(head, OLE_SIGNATURE)) {
      const message = 'Old Excel files (.xls) are not supported: save the sheet as .xlsx or CSV';
      throw new ImportFileError(message, { expected: 'csv' });
    }
  }

  private choose(encoding: CsvEncoding): void {
    this.detected = encoding;
    if (encoding === 'gb18030') this.gb18030 = new TextDecoder('gb18030', { fatal: false });
    const bytes = this.takeHeld();
    this.held = [];
    this.heldBytes = 0;
    this.decode(bytes);
  }

  private decode(chunk: Buffer): void {
    if (this.gb18030 !== undefined) {
      this.push(Buffer.from(this.gb18030.decode(chunk, { stream: true }), 'utf8'));
      return;
    }
    const bytes = this.utf8Carry.length === 0 ? chunk : Buffer.concat([this.utf8Carry, chunk]);
    const complete = bytes.length - incompleteUtf8Tail(bytes);
    if (!isUtf8(bytes.subarray(0, complete))) throw this.notUtf8();
    this.utf8Carry = Buffer.from(bytes.subarray(complete));
    this.offset += complete;
    this.push(bytes.subarray(0, complete));
  }

  private notUtf8(): ImportFileError {
    return new ImportFileError('The file mixes UTF-8 with another text encoding', {
      encoding: 'utf-8',
      afterByte: this.offset,
    });
  }
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}
