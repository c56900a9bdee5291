import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** Raw deflate data (method 8). */
  deflated: Buffer;
  /** What the zip directory declares; a bomb may declare less than it holds. */
  size: number;
  crc32: number;
}

/** A part deflated whole, declared honestly. */
export function zipPart(name: string, content: string | Buffer): ZipPart {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, deflated: deflateRawSync(bytes), size: bytes.length, crc32: crc32(bytes) };
}

/**
 * A part of `head`, then `body` `times` over, then `tail`, deflated without ever being held whole:
 * each piece ends on a full flush, so the pieces' deflate data can be repeated as they are. A few
 * MiB of it inflate to GiB. It declares `declaredSize` (default: the truth; the CRC is not computed).
 */
export function repeatedPart(
  name: string,
  pieces: { head: string; body: string; times: number; tail: string },
  declaredSize?: number,
): ZipPart {
  const flush = (text: string) =>
    deflateRawSync(Buffer.from(text, 'utf8'), { finishFlush: constants.Z_FULL_FLUSH });
  const body = flush(pieces.body);
  const deflated = Buffer.concat([
    flush(pieces.head),
    ...Array.from({ length: pieces.times }, () => body),
    deflateRawSync(Buffer.from(pieces.tail, 'utf8')),
  ]);
  const size =
    Buffer.byteLength(pieces.head) +
    Buffer.byteLength(pieces.body) * pieces.times +
    Buffer.byteLength(pieces.tail);
  return { name, deflated, size: declaredSize ?? size, crc32: 0 };
}

/** A zip file of the parts, in the order given. */
export function zipFile(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc32, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc32, 16);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(part.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c></row>';
const SHEET_TAIL = '</sheetData></worksheet>';
const ROW = '<row r="2"><c r="A2" t="inlineStr"><is><t>91320102MA00000000</t></is></c></row>';

/** About `mib` MiB of worksheet rows in a few KiB (per MiB) of deflate data. */
export function bombSheet(name: string, mib: number, declaredSize?: number): ZipPart {
  const body = ROW.repeat(Math.ceil((1024 * 1024) / ROW.length));
  return repeatedPart(name, { head: SHEET_HEAD, body, times: mib, tail: SHEET_TAIL }, declaredSize);
}

/** The workbook parts that name sheet1 as the first worksheet. */
export function workbookParts(): ZipPart[] {
  return [
    zipPart(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    zipPart(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  ];
}
