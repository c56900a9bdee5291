import { Workbook, type Worksheet } from 'exceljs';
import { Readable } from 'node:stream';
import type { ByteSource } from '../byte-source';
import type { ImportColumn, ImportRow } from '../import.types';

export const ENTITY_COLUMNS: readonly ImportColumn[] = [
  {
    field: 'code',
    zh: '统一社会信用代码',
    en: 'code',
    required: true,
    example: '91320102MA1XYZ1234',
    aliases: ['信用代码', 'Credit Code'],
  },
  {
    field: 'name',
    zh: '名称',
    en: 'name',
    required: true,
    example: '南京示例商贸有限公司',
    aliases: ['企业名称'],
  },
  { field: 'type', zh: '类型', en: 'type', example: 'enterprise', note: 'enterprise / individual' },
  { field: 'address', zh: '地址', en: 'address', example: '南京市玄武区中山路 1 号' },
  { field: 'legalRepresentative', zh: '法定代表人', en: 'legal representative', aliases: ['负责人'] },
];

/** A stream of `content` in chunks of `chunkSize` bytes (all at once by default). */
export function bytesInput(content: string | Buffer, chunkSize?: number): Readable {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const size = chunkSize ?? Math.max(bytes.length, 1);
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return Readable.from(chunks, { objectMode: false });
}

/** A file held in memory as a ByteSource, read in chunks of `chunkSize`; it remembers its streams. */
export function bytesSource(
  content: string | Buffer,
  chunkSize?: number,
): ByteSource & { reads: Readable[] } {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const reads: Readable[] = [];
  return {
    size: bytes.length,
    reads,
    read(start, end) {
      const stream = bytesInput(bytes.subarray(start, end), chunkSize);
      reads.push(stream);
      return stream;
    },
  };
}

export async function collect(rows: AsyncIterable<ImportRow>): Promise<ImportRow[]> {
  const all: ImportRow[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

/** An .xlsx file whose first worksheet `fill` writes. */
export async function xlsxFile(fill: (sheet: Worksheet, workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  fill(workbook.addWorksheet('Sheet1'), workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** GB18030 (GBK) bytes of a few words, as Chinese Excel saves them. */
export const GBK: Record<string, number[]> = {
  名称: [0xc3, 0xfb, 0xb3, 0xc6],
  地址: [0xb5, 0xd8, 0xd6, 0xb7],
  南京: [0xc4, 0xcf, 0xbe, 0xa9],
  公司: [0xb9, 0xab, 0xcb, 0xbe],
};

/** Bytes for text made of ASCII and the words in GBK. */
export function gbkBytes(...parts: string[]): Buffer {
  return Buffer.concat(
    parts.map((part) => (part in GBK ? Buffer.from(GBK[part]) : Buffer.from(part, 'ascii'))),
  );
}
