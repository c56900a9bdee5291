import { createHash } from 'node:crypto';

/**
 * A printed form as a list of blocks, independent of the PDF library: built from the task's state
 * by pure code (form-contents), drawn by pdf-form.ts. Every form carries what makes a scan of its
 * signed paper recognisable: its number, the task, the entity and the department.
 */
export type FormKind = 'notice' | 'inspection' | 'result-notice';
/** What pdf-form.ts prints: a task's forms, and an entity's case-file summary (ADR 49). */
export type PrintedKind = FormKind | 'case-file';

export type FormBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Label–value pairs, two to a row. */
  | { kind: 'fields'; fields: { label: string; value: string }[] }
  /** Columns with relative widths; `height` gives rows room to write in by hand. */
  | { kind: 'table'; columns: { title: string; weight: number }[]; rows: string[][]; rowHeight?: number }
  /** Lines to sign on, each with its label and a date. */
  | { kind: 'signatures'; lines: string[] };

export interface FormDocument {
  kind: PrintedKind;
  title: string;
  number: string;
  taskId: string;
  entityId: string;
  departmentId?: string;
  /** Who the form is addressed to or about, printed under the title. */
  subtitle: string;
  blocks: FormBlock[];
  /** The task's public page, for the QR code. */
  publicUrl: string;
  /** The request's time, as printed in the footer (Beijing time). */
  generatedAt: string;
}

const NUMBER_PREFIX: Record<PrintedKind, string> = {
  notice: 'GZ',
  inspection: 'JC',
  'result-notice': 'JG',
  'case-file': 'DA',
};

/**
 * The form's number: its kind and a digest of what it is about, so printing it again gives the
 * same number and a scan of the signed paper is matched to its task, entity and department.
 */
export function formNumber(kind: PrintedKind, taskId: string, entityId: string, departmentId = ''): string {
  const digest = createHash('sha256')
    .update(`${kind}\n${taskId}\n${entityId}\n${departmentId}`)
    .digest('hex');
  return `${NUMBER_PREFIX[kind]}-${digest.slice(0, 12).toUpperCase()}`;
}

/** 2026-12-07 → 2026年12月7日. */
export function chineseDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : day;
}

/** An instant in Beijing time, to the minute: 2026-12-07 10:05. */
export function beijingMinute(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The footer's two lines on page `page` of `pages`. */
export function footerLines(form: FormDocument, page: number, pages: number): [string, string] {
  const department = form.departmentId ? `\u3000部门 ${form.departmentId}` : '';
  const task = form.kind === 'case-file' ? '' : `\u3000任务 ${form.taskId}`;
  return [
    `文书编号 ${form.number}${task}\u3000对象 ${form.entityId}${department}`,
    `生成时间 ${form.generatedAt}（北京时间）\u3000第 ${page} 页 / 共 ${pages} 页`,
  ];
}

/** Column widths in points: `total` shared by weight, rounded down, the last taking the rest. */
export function columnWidths(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0) return [];
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1] = total - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
}

/** The task's public page in the console (its draw and results, anyone may open). */
export function publicTaskUrl(base: string, taskId: string): string {
  return `${base.replace(/\/+$/, '')}/public/verify/${encodeURIComponent(taskId)}`;
}

/** The file name the form is downloaded as. */
export function formFileName(form: Pick<FormDocument, 'title' | 'number'>): string {
  return `${form.number}.pdf`;
}
