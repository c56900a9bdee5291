import { ImportFileError } from './import-file.error';
import type { ImportColumn } from './import.types';

/** Unknown headers listed back, and the length each is cut to: a sheet may have 16,384 long ones. */
const LISTED_HEADERS = 100;
const LISTED_HEADER_LENGTH = 200;

function listed(header: string): string {
  return header.length > LISTED_HEADER_LENGTH ? `${header.slice(0, LISTED_HEADER_LENGTH)}…` : header;
}

/** Where each known column sits in the sheet: `index` counts cells from 0. */
export interface HeaderMapping {
  headers: string[];
  unknownHeaders: string[];
  columns: { index: number; field: string }[];
}

/**
 * The form a header is compared in: NFKC (full-width letters, spaces and brackets become ASCII),
 * all whitespace removed, lower case, and a '*' required-marker at either end dropped.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/^\*+|\*+$/gu, '')
    .toLowerCase();
}

/** The header the template writes for a column: "zh（en）". */
export function templateHeader(column: ImportColumn): string {
  return `${column.zh}（${column.en}）`;
}

function headerIndex(columns: readonly ImportColumn[]): Map<string, ImportColumn> {
  const index = new Map<string, ImportColumn>();
  for (const column of columns) {
    const names = [column.zh, column.en, ...(column.aliases ?? []), templateHeader(column)];
    for (const name of names) {
      const key = normalizeHeader(name);
      const taken = index.get(key);
      if (taken !== undefined && taken !== column) {
        throw new Error(`Import columns ${taken.field} and ${column.field} both accept the header "${name}"`);
      }
      index.set(key, column);
    }
  }
  return index;
}

/**
 * A combined header "a(b)" names a column if either part does and the parts do not name different
 * columns, so "企业名称（name）" still works after an official reworded the Chinese part.
 */
function resolve(key: string, index: Map<string, ImportColumn>): ImportColumn | undefined {
  const direct = index.get(key);
  if (direct !== undefined) return direct;
  const combined = /^(.+?)\((.+)\)$/u.exec(key);
  if (combined === null) return undefined;
  const outer = index.get(combined[1]);
  const inner = index.get(combined[2]);
  if (outer !== undefined && inner !== undefined && outer !== inner) return undefined;
  return outer ?? inner;
}

function describe(column: ImportColumn): { field: string; zh: string; en: string } {
  return { field: column.field, zh: column.zh, en: column.en };
}

/** Matches a header row against the columns; throws ImportFileError if the header row does not fit. */
export function mapHeaders(cells: readonly string[], columns: readonly ImportColumn[]): HeaderMapping {
  const index = headerIndex(columns);
  const headers = cells.map((cell) => cell.trim());
  const unknownHeaders: string[] = [];
  const found = new Map<ImportColumn, { index: number; headers: string[] }>();
  headers.forEach((header, position) => {
    const key = normalizeHeader(header);
    if (key === '') return;
    const column = resolve(key, index);
    if (column === undefined) {
      if (unknownHeaders.length < LISTED_HEADERS) unknownHeaders.push(listed(header));
      return;
    }
    const seen = found.get(column);
    if (seen === undefined) found.set(column, { index: position, headers: [listed(header)] });
    else if (seen.headers.length < LISTED_HEADERS) seen.headers.push(listed(header));
  });

  const duplicated = [...found].filter(([, seen]) => seen.headers.length > 1);
  if (duplicated.length > 0) {
    throw new ImportFileError(
      `Columns given more than once: ${duplicated.map(([, seen]) => seen.headers.join(' / ')).join('; ')}`,
      {
        duplicateColumns: duplicated.map(([column, seen]) => ({
          ...describe(column),
          headers: seen.headers,
        })),
      },
    );
  }
  const missing = columns.filter((column) => column.required === true && !found.has(column));
  if (missing.length > 0) {
    throw new ImportFileError(`Missing required columns: ${missing.map(templateHeader).join(', ')}`, {
      missingColumns: missing.map(describe),
    });
  }
  if (found.size === 0) {
    throw new ImportFileError('The header row names none of the expected columns', { unknownHeaders });
  }
  return {
    headers,
    unknownHeaders,
    columns: [...found].map(([column, seen]) => ({ index: seen.index, field: column.field })),
  };
}

/** The row's values by field, or undefined when every known column is empty. */
export function rowValues(
  mapping: HeaderMapping,
  cell: (index: number) => string | undefined,
): Record<string, string> | undefined {
  let values: Record<string, string> | undefined;
  for (const { index, field } of mapping.columns) {
    const text = cell(index)?.trim();
    if (text) (values ??= {})[field] = text;
  }
  return values;
}
