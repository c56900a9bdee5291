/**
 * Printed forms (issue 23, item 2): the time to draw each form as a PDF (pdf-form.ts, from the
 * contents form-contents.ts builds of a locked task with a result), one at a time, against a
 * baseline measured in the same run: an empty pdfkit document with the same font and one
 * character (what any PDF with the embedded font costs). The font is read and parsed once, as the
 * api does (FormFont, font-face.ts); the baseline is also shown with the font given as bytes to
 * each document, what sharing the parsed font saves. Usage: npm run bench:forms [-- --seconds 5].
 */
import { readFileSync } from 'node:fs';
import { histories, taskState } from '@app/domain/tasks/testing/task-fixtures';
import { DEFAULT_FORM_FONT, parseFontSetting } from '@app/runtime';
import PDFDocument from 'pdfkit';
import {
  type FormFacts,
  inspectionForm,
  noticeForm,
  resultNoticeForm,
} from '../apps/api/src/forms/form-contents';
import type { FormDocument } from '../apps/api/src/forms/form-document';
import { type FormFontData, parseFormFont } from '../apps/api/src/forms/font-face';
import { renderForm } from '../apps/api/src/forms/pdf-form';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const SECONDS = argument('seconds', 5);

const task = taskState(histories.published);
const facts: FormFacts = {
  taskId: 'task-1',
  task,
  departmentNames: { scjg: '市场监督管理局', xf: '消防救援大队', ws: '卫生健康局' },
  entity: {
    id: 'e1',
    name: '南京示例餐饮管理有限公司',
    code: '91320102MA00000X16',
    address: '江苏省南京市玄武区示例路5号',
  },
  inspectors: {
    'p-scjg-1': { name: '张明', departmentId: 'scjg', certificateNo: 'ZF32010200001' },
    'p-scjg-2': { name: '李华', departmentId: 'scjg', certificateNo: 'ZF32010200002' },
  },
  items: {
    'i-scjg-1': {
      name: '营业执照（登记事项）情况检查',
      basis: '《市场主体登记管理条例》',
      content: '核对登记事项',
    },
    'i-scjg-2': { name: '食品经营许可情况检查', basis: '《食品安全法》第三十五条', content: '检查许可证件' },
  },
  objectionDays: { review: 20, outcomeNotice: 15 },
  publicUrl: 'https://ssj.example.gov.cn/public/verify/task-1',
  generatedAt: '2026-05-12 09:30',
};

function toBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
}

/** An empty document with the font and one character: from the shared parsed font, or from the bytes. */
async function emptyWithFont(font: FormFontData | Buffer, postscriptName?: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const done = toBuffer(doc);
  if (Buffer.isBuffer(font)) doc.registerFont('cjk', font, postscriptName);
  else doc.registerFont('cjk', font.face as unknown as Buffer);
  doc.font('cjk').text('检');
  doc.end();
  return done;
}

async function measure(label: string, draw: () => Promise<Buffer>, baselineMs?: number): Promise<number> {
  const size = (await draw()).length; // warm: the first run compiles and fills caches
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  let done = 0;
  while (performance.now() < until) {
    await draw();
    done += 1;
  }
  const ms = (performance.now() - started) / done;
  const vs = baselineMs ? `, ${(ms / baselineMs).toFixed(2)}× the baseline` : '';
  console.log(
    `${label}: ${ms.toFixed(1)} ms per form, ${(1000 / ms).toFixed(1)} forms/s, ${(size / 1024).toFixed(0)} KiB${vs}`,
  );
  return ms;
}

async function main(): Promise<void> {
  const { path, postscriptName } = parseFontSetting(DEFAULT_FORM_FONT);
  const bytes = readFileSync(path);
  const font = parseFormFont(bytes, DEFAULT_FORM_FONT, postscriptName);
  if (typeof font === 'string') throw new Error(font);
  const at = new Date('2026-05-12T01:30:00Z');
  console.log(
    `font ${DEFAULT_FORM_FONT} (${(bytes.length / 1048576).toFixed(1)} MiB); ${SECONDS} s each, one at a time`,
  );
  const baseline = await measure('baseline: empty pdfkit document, same font, one character', () =>
    emptyWithFont(font),
  );
  await measure('  the same, the font given as bytes to each document (not shared)', () =>
    emptyWithFont(bytes, postscriptName),
  );
  const forms: [string, () => FormDocument][] = [
    ['检查告知书 (notice)', () => noticeForm(facts)],
    ['检查表 (inspection form, lead department)', () => inspectionForm(facts, 'scjg')],
    ['检查结果告知书 (result notice)', () => resultNoticeForm(facts)],
  ];
  for (const [label, build] of forms) await measure(label, () => renderForm(build(), font, at), baseline);
}

void main();
