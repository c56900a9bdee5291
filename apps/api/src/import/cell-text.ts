import type { FieldProblem } from '@app/contract';
import type { CellValue } from 'exceljs';
import { checkTexts } from '../common/text-rules';

/** Excel shows (and computes with) at most 15 significant digits. */
const EXCEL_DIGITS = 15;

/**
 * A number as plain decimal text, never in exponent form. Integers are kept as stored, even beyond
 * 15 digits: an ID number typed into a number cell has already lost its last digits in Excel, and
 * showing them as stored (…000) lets validation reject it. Fractions are rounded to 15 significant
 * digits, as Excel shows them, so 0.1+0.2 reads 0.3.
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const shown = Number.isInteger(value) ? value : Number(value.toPrecision(EXCEL_DIGITS));
  return withoutExponent(String(shown));
}

function withoutExponent(text: string): string {
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign, first, rest = '', exponent] = match;
  const digits = first + rest;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A date as YYYY-MM-DD, with " HH:mm:ss" only when it has a time of day. */
export function dateText(value: Date): string {
  const time = value.getTime();
  if (Number.isNaN(time)) return '';
  // exceljs turns the sheet's day serial into a UTC instant; whole seconds undo its float error.
  const iso = new Date(Math.round(time / 1000) * 1000).toISOString();
  const timeOfDay = iso.slice(11, 19);
  return timeOfDay === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${timeOfDay}`;
}

/** The text of an exceljs cell value: formulas give their result, rich text and links their text. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  // A hyperlink's text may itself be rich text.
  if ('hyperlink' in value) return cellText(value.text);
  return '';
}

/**
 * A row's cells under the text rules of the JSON api, by the same walk (common/text-rules.ts):
 * each normalised to NFC, and each holding a control, an invisible format character or a lone
 * surrogate reported by field.
 */
export function checkCellTexts(values: Record<string, string>): {
  values: Record<string, string>;
  problems: FieldProblem[];
} {
  const checked = { ...values };
  const { problems } = checkTexts(checked);
  return { values: checked, problems: problems.listed };
}
