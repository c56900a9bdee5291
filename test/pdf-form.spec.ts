import { readFileSync } from 'node:fs';
import { DEFAULT_FORM_FONT, parseFontSetting } from '@app/runtime';
import type { FormDocument } from '../apps/api/src/forms/form-document';
import { parseFormFont } from '../apps/api/src/forms/font-face';
import { renderForm } from '../apps/api/src/forms/pdf-form';
import { pdfText } from './support/pdf';

/** pdf-form.ts on its own: a long table runs onto more pages, each with its header row and footer. */
describe('drawing a form as a PDF', () => {
  const { path, postscriptName } = parseFontSetting(DEFAULT_FORM_FONT);
  const bytes = readFileSync(path);
  const font = parseFormFont(bytes, 'FORM_FONT', postscriptName);
  if (typeof font === 'string') throw new Error(font);
  const form: FormDocument = {
    kind: 'inspection',
    title: '检查表',
    number: 'JC-0123456789AB',
    taskId: 'task-1',
    entityId: 'e1',
    departmentId: 'scjg',
    subtitle: '市场监督管理局',
    publicUrl: 'https://x.gov.cn/public/verify/task-1',
    generatedAt: '2026-05-12 09:30',
    blocks: [
      {
        kind: 'table',
        columns: [
          { title: '检查事项', weight: 1 },
          { title: '检查情况', weight: 2 },
        ],
        rows: Array.from({ length: 30 }, (_, i) => [`事项${i + 1}`, '']),
        rowHeight: 40,
      },
    ],
  };

  it('repeats the header row and numbers every page, and embeds only the glyphs it uses', async () => {
    const pdf = await renderForm(form, font, new Date('2026-05-12T01:30:00Z'));
    const pages = pdfText(pdf)
      .split('\f')
      .filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain('检查事项');
      expect(page).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`);
      expect(page).toContain('文书编号 JC-0123456789AB');
    });
    expect(pdfText(pdf)).toContain('事项30');
    // The font is subset: the collection is ~20 MB, the form a small fraction of it.
    expect(pdf.length).toBeLessThan(200_000);
  });

  it('names the members of a collection given without one, and refuses a name it lacks or a file that is no font', () => {
    expect(parseFormFont(bytes, 'FORM_FONT=x.ttc')).toMatch(
      /a collection; name one of its fonts after #: .*NotoSansCJKsc-Regular/,
    );
    expect(parseFormFont(bytes, 'FORM_FONT=x.ttc#Nope', 'Nope')).toBe(
      'FORM_FONT=x.ttc#Nope: no font Nope in the file',
    );
    expect(parseFormFont(Buffer.from('not a font'), 'FORM_FONT=x')).toMatch(
      /^FORM_FONT=x: not a usable font/,
    );
  });
});
