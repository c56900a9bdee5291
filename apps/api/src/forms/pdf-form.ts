import type * as QRCodeModule from 'qrcode';
import type { FormFontData } from './font-face';
import { type FormBlock, type FormDocument, columnWidths, footerLines } from './form-document';

const MARGIN = 50;
const FOOTER = 44;
const QR_SIZE = 64;
const BODY = 10.5;

type Doc = PDFKit.PDFDocument;

// Required on first use (docs/operations.md, "Start-up"): most processes never print a form.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PDFDocument = (): typeof import('pdfkit') => require('pdfkit') as typeof import('pdfkit');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const QRCode = (): typeof QRCodeModule => require('qrcode') as typeof QRCodeModule;

/** Draws the form as a PDF (A4, the font subset embedded), `at` its creation date. */
export function renderForm(form: FormDocument, font: FormFontData, at: Date): Promise<Buffer> {
  const doc = new (PDFDocument())({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER },
    bufferPages: true,
    info: { Title: `${form.title} ${form.number}`, Subject: form.taskId, CreationDate: at, ModDate: at },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // pdfkit's types name only files and bytes; its font factory takes a parsed font (anything with layout()).
  doc.registerFont('cjk', font.face as unknown as Buffer);
  doc.font('cjk');
  drawHeader(doc, form);
  for (const block of form.blocks) drawBlock(doc, block);
  drawFooters(doc, form);
  doc.end();
  return done;
}

const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

function drawHeader(doc: Doc, form: FormDocument): void {
  drawQr(doc, form.publicUrl, doc.page.width - MARGIN - QR_SIZE, MARGIN - 20);
  doc.fontSize(9).text('扫码查看本次抽查公开信息', doc.page.width - MARGIN - 120, MARGIN + QR_SIZE - 18, {
    width: 120,
    align: 'right',
  });
  doc
    .fontSize(20)
    .text(form.title, MARGIN, MARGIN + 8, { width: width(doc), align: 'center', characterSpacing: 4 });
  doc.fontSize(9).text(`编号：${form.number}`, MARGIN, MARGIN + 38, { width: width(doc), align: 'center' });
  doc.y = MARGIN + QR_SIZE + 8;
  doc.fontSize(12).text(form.subtitle, MARGIN, doc.y, { width: width(doc) });
  doc.moveDown(0.4);
}

/** The QR code as vector squares: sharp in print whatever the printer's resolution. */
function drawQr(doc: Doc, text: string, x: number, y: number): void {
  const qr = QRCode().create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  const cell = QR_SIZE / size;
  doc.save();
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (data[row * size + col]) doc.rect(x + col * cell, y + row * cell, cell, cell);
    }
  }
  doc.fill('#000').restore();
  // Clickable too, when the PDF is read on a screen.
  doc.link(x, y, QR_SIZE, QR_SIZE, text);
}

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function drawBlock(doc: Doc, block: FormBlock): void {
  const left = doc.page.margins.left;
  switch (block.kind) {
    case 'heading':
      ensureRoom(doc, 40);
      doc
        .moveDown(0.4)
        .fontSize(13)
        .text(block.text, left, doc.y, { width: width(doc) })
        .moveDown(0.2);
      return;
    case 'paragraph':
      doc.fontSize(BODY).text(block.text, left, doc.y, { width: width(doc), lineGap: 3, indent: 21 });
      doc.moveDown(0.4);
      return;
    case 'fields':
      drawTable(
        doc,
        [5, 7, 5, 7].map((weight) => ({ title: '', weight })),
        pairs(block.fields.map((f) => [f.label, f.value])),
        0,
        false,
      );
      return;
    case 'table':
      drawTable(doc, block.columns, block.rows, block.rowHeight ?? 0, true);
      return;
    case 'signatures':
      doc.moveDown(0.8);
      for (const line of block.lines) {
        ensureRoom(doc, 34);
        doc
          .fontSize(BODY)
          .text(
            `${line}：＿＿＿＿＿＿＿＿＿＿\u3000\u3000日期：\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日`,
            left,
            doc.y,
            {
              width: width(doc),
            },
          );
        doc.moveDown(1.2);
      }
      return;
  }
}

function pairs(cells: string[][]): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push([...cells[i], ...(cells[i + 1] ?? ['', ''])]);
  return rows;
}

/** A bordered table; the header row is repeated on each page it runs onto. */
function drawTable(
  doc: Doc,
  columns: { title: string; weight: number }[],
  rows: string[][],
  minHeight: number,
  header: boolean,
): void {
  const left = doc.page.margins.left;
  const widths = columnWidths(
    width(doc),
    columns.map((c) => c.weight),
  );
  const pad = 4;
  const heightOf = (cells: string[], size: number, least = minHeight) =>
    Math.max(
      least,
      ...cells.map((text, i) =>
        doc.fontSize(size).heightOfString(text || ' ', { width: widths[i] - 2 * pad }),
      ),
    ) +
    2 * pad;
  const drawRow = (cells: string[], size: number, fill?: string) => {
    // The header row is only as high as its titles; the others leave room to write in.
    const height = heightOf(cells, size, fill ? 0 : minHeight);
    let x = left;
    const y = doc.y;
    cells.forEach((text, i) => {
      if (fill) doc.rect(x, y, widths[i], height).fill(fill).fillColor('#000');
      doc.rect(x, y, widths[i], height).lineWidth(0.6).stroke('#000');
      doc.fontSize(size).text(text, x + pad, y + pad, { width: widths[i] - 2 * pad });
      x += widths[i];
    });
    doc.x = left;
    doc.y = y + height;
  };
  const titles = columns.map((c) => c.title);
  if (header) {
    ensureRoom(doc, heightOf(titles, 9.5, 0) + 24);
    drawRow(titles, 9.5, '#eeeeee');
  }
  for (const row of rows) {
    if (doc.y + heightOf(row, BODY - 1) > bottom(doc)) {
      doc.addPage();
      if (header) drawRow(titles, 9.5, '#eeeeee');
    }
    drawRow(row, BODY - 1);
  }
  if (header && rows.length === 0)
    drawRow(
      titles.map(() => ''),
      BODY - 1,
    );
  doc.moveDown(0.5);
}

function drawFooters(doc: Doc, form: FormDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const lines = footerLines(form, i - range.start + 1, range.count);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - FOOTER + 18;
    doc
      .moveTo(MARGIN, y - 4)
      .lineTo(doc.page.width - MARGIN, y - 4)
      .lineWidth(0.4)
      .stroke('#666');
    doc
      .fontSize(8)
      .fillColor('#333')
      .text(lines[0], MARGIN, y, { width: width(doc), lineBreak: false });
    doc.text(lines[1], MARGIN, y + 12, { width: width(doc), lineBreak: false }).fillColor('#000');
    doc.page.margins.bottom = saved;
  }
}
