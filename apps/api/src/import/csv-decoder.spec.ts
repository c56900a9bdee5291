import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { CsvDecoder, SNIFF_BYTES, incompleteUtf8Tail } from './csv-decoder';
import { ImportFileError } from './import-file.error';
import { bytesInput, gbkBytes } from './testing/import-fixtures';

async function decode(input: Readable): Promise<{ text: string; decoder: CsvDecoder }> {
  const decoder = new CsvDecoder();
  return { text: await text(input.pipe(decoder)), decoder };
}

describe('incompleteUtf8Tail', () => {
  it('finds a multi-byte character cut at the end', () => {
    const bytes = Buffer.from('a名', 'utf8'); // 61 e5 90 8d
    expect(incompleteUtf8Tail(bytes)).toBe(0);
    expect(incompleteUtf8Tail(bytes.subarray(0, 3))).toBe(2);
    expect(incompleteUtf8Tail(bytes.subarray(0, 2))).toBe(1);
    expect(incompleteUtf8Tail(bytes.subarray(0, 1))).toBe(0);
    expect(incompleteUtf8Tail(Buffer.from('😀', 'utf8').subarray(0, 3))).toBe(3);
  });
});

describe('CsvDecoder', () => {
  it('passes UTF-8 through, even split inside characters', async () => {
    const source = '名称,地址\n南京公司,玄武区\n';
    const { text: decoded, decoder } = await decode(bytesInput(source, 1));
    expect(decoded).toBe(source);
    expect(decoder.detected).toBe('utf-8');
  });

  it('decodes GB18030, even split inside characters', async () => {
    const { text: decoded, decoder } = await decode(
      bytesInput(gbkBytes('名称', ',', '地址', '\r\n', '南京', '公司'), 1),
    );
    expect(decoded).toBe('名称,地址\r\n南京公司');
    expect(decoder.detected).toBe('gb18030');
  });

  it('still recognises GB18030 after more ASCII than the sniffing window', async () => {
    const ascii = 'x,1\n'.repeat(SNIFF_BYTES / 2);
    const { text: decoded, decoder } = await decode(bytesInput(gbkBytes(ascii, '南京', '\n'), 4096));
    expect(decoded).toBe(`${ascii}南京\n`);
    expect(decoder.detected).toBe('gb18030');
  });

  it('leaves a pure ASCII file undecided and unchanged', async () => {
    const { text: decoded, decoder } = await decode(bytesInput('code,name\n1,a\n'));
    expect(decoded).toBe('code,name\n1,a\n');
    expect(decoder.detected).toBeUndefined();
  });

  it('fails on bytes that are not UTF-8 after the file was recognised as UTF-8', async () => {
    const utf8 = Buffer.from(`名称\n${'南京\n'.repeat(Math.ceil(SNIFF_BYTES / 7) + 1)}`, 'utf8');
    const input = bytesInput(Buffer.concat([utf8, gbkBytes('南京')]), 1024);
    await expect(decode(input)).rejects.toBeInstanceOf(ImportFileError);
  });

  it('refuses Excel workbooks handed in as CSV', async () => {
    await expect(decode(bytesInput(Buffer.from('PK\x03\x04rest', 'latin1')))).rejects.toThrow('.xlsx');
    await expect(decode(bytesInput(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1])))).rejects.toThrow('.xls');
  });
});
