import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a poppler-utils tool, failing with what to install when it is missing. */
function poppler(tool: 'pdftotext' | 'pdftoppm', args: string[]): Buffer {
  try {
    return execFileSync(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${tool} is missing: install poppler-utils (apt-get install poppler-utils) to test PDFs`,
      );
    }
    throw error;
  }
}

function withFile<T>(pdf: Buffer, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-pdf-'));
  try {
    const file = join(dir, 'form.pdf');
    writeFileSync(file, pdf);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text as pdftotext -layout reads it (pages separated by form feeds). */
export function pdfText(pdf: Buffer): string {
  return withFile(pdf, (file) =>
    poppler('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).toString('utf8'),
  );
}

/** A page in grey levels (0 black – 255 white), one pixel per point at the default 72 dpi. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Renders one page with pdftoppm as a PGM (a header and raw bytes: no PNG decoder needed). */
export function renderPage(pdf: Buffer, page = 1, dpi = 72): GreyImage {
  return withFile(pdf, (file, dir) => {
    const p = String(page);
    poppler('pdftoppm', ['-gray', '-r', String(dpi), '-f', p, '-l', p, file, join(dir, 'page')]);
    const out = readdirSync(dir).find((name) => name.endsWith('.pgm'));
    if (!out) throw new Error(`pdftoppm rendered no page ${page}`);
    return readPgm(readFileSync(join(dir, out)));
  });
}

export function readPgm(bytes: Buffer): GreyImage {
  // P5 <width> <height> <max>\n<raw>
  let fields: string[] = [];
  let offset = 0;
  while (fields.length < 4) {
    const end = bytes.indexOf(0x0a, offset);
    const line = bytes.subarray(offset, end).toString('latin1');
    offset = end + 1;
    if (!line.startsWith('#')) fields = fields.concat(line.trim().split(/\s+/).filter(Boolean));
  }
  if (fields[0] !== 'P5') throw new Error(`not a binary PGM: ${fields[0]}`);
  const [width, height] = [Number(fields[1]), Number(fields[2])];
  return { width, height, pixels: new Uint8Array(bytes.subarray(offset, offset + width * height)) };
}

/** The part of the image within the rectangle. */
export function crop(image: GreyImage, x: number, y: number, width: number, height: number): GreyImage {
  const pixels = new Uint8Array(width * height);
  for (let row = 0; row < height; row += 1) {
    const from = (y + row) * image.width + x;
    pixels.set(image.pixels.subarray(from, from + width), row * width);
  }
  return { width, height, pixels };
}

/** How many pixels are darker than mid-grey. */
export const darkPixels = (image: GreyImage): number => image.pixels.filter((p) => p < 128).length;

/** How many pixels differ by more than a little between two images of one size. */
export function differingPixels(a: GreyImage, b: GreyImage): number {
  let n = 0;
  for (let i = 0; i < a.pixels.length; i += 1) if (Math.abs(a.pixels[i] - b.pixels[i]) > 40) n += 1;
  return n;
}

/** Saves the page as a PNG (pdftoppm -png), e.g. a form's screenshot for the docs. */
export function savePagePng(pdf: Buffer, file: string, page = 1, dpi = 80): void {
  withFile(pdf, (input, dir) => {
    const p = String(page);
    poppler('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      p,
      '-l',
      p,
      '-singlefile',
      input,
      join(dir, 'page'),
    ]);
    writeFileSync(file, readFileSync(join(dir, 'page.png')));
  });
}
