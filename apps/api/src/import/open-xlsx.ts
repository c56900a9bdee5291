import type { Row } from 'exceljs';
import type { ByteSource } from './byte-source';
import { cellText } from './cell-text';
import { type HeaderMapping, mapHeaders, rowValues } from './header-mapping';
import { ImportFileError } from './import-file.error';
import { IMPORT_LIMITS } from './import-limits';
import { ImportTooLargeError } from './import-too-large.error';
import type { ImportColumn, ImportRow, OpenedImport } from './import.types';
import { countedSharedStrings } from './shared-string-count';
import { WorkbookParts } from './workbook-parts';
import { type InflateBudget, openZipEntry } from './zip-entry';
import { type ZipEntry, notAWorkbook, readZipDirectory } from './zip-directory';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/**
 * Reads the first worksheet of an .xlsx upload; row numbers are the sheet's own. The zip is read from
 * its directory, so the parts are read in the order they are needed whatever order the file has them
 * in, and only those parts are inflated, each within IMPORT_LIMITS and never to disk. Shared strings
 * (the sheet's distinct texts) are held in memory, as the format requires.
 */
export async function openXlsx(source: ByteSource, columns: readonly ImportColumn[]): Promise<OpenedImport> {
  let rows: AsyncIterator<Row> | undefined;
  try {
    const entries = new Map<string, ZipEntry>();
    for (const entry of await readZipDirectory(source)) entries.set(entry.name, entry);
    const budget: InflateBudget = { remaining: IMPORT_LIMITS.inflatedBytes };
    const part = (name: string, limit: number = IMPORT_LIMITS.inflatedBytes) => {
      const entry = entries.get(name);
      return entry === undefined ? undefined : openZipEntry(source, entry, budget, limit);
    };
    const workbook = await part(WORKBOOK);
    const rels = await part(WORKBOOK_RELS);
    if (workbook === undefined || rels === undefined) throw notAWorkbook('it has no workbook part');
    const parts = new WorkbookParts();
    await parts.readWorkbook(workbook, rels);
    const sheetPath = parts.firstSheetPath();
    const sheet = sheetPath === undefined ? undefined : await part(sheetPath);
    if (sheetPath === undefined || sheet === undefined)
      throw new ImportFileError('The workbook has no worksheet');
    const styles = await part(STYLES);
    if (styles !== undefined) await parts.readStyles(styles);
    const sharedStrings = await part(SHARED_STRINGS, IMPORT_LIMITS.sharedStringsBytes);
    if (sharedStrings !== undefined)
      await parts.readSharedStrings(countedSharedStrings(sharedStrings, SHARED_STRINGS));

    rows = parts.rows(sheet, sheetPath);
    for (;;) {
      const next = await rows.next();
      if (next.done === true) throw new ImportFileError('The first worksheet is empty: it has no header row');
      const cells = rowCells(next.value);
      if (cells.some((cell) => cell.trim() !== '')) {
        const mapping = mapHeaders(cells, columns);
        return {
          headers: mapping.headers,
          unknownHeaders: mapping.unknownHeaders,
          rows: dataRows(rows, mapping),
        };
      }
    }
  } catch (error) {
    rows?.return?.().catch(() => undefined);
    throw fileError(error);
  }
}

function rowCells(row: Row): string[] {
  const cells: string[] = [];
  row.eachCell((cell, column) => {
    cells[column - 1] = cellText(cell.value);
  });
  return Array.from(cells, (cell) => cell ?? '');
}

async function* dataRows(
  rows: AsyncIterator<Row>,
  mapping: HeaderMapping,
): AsyncGenerator<ImportRow, void, undefined> {
  let finished = false;
  try {
    for (;;) {
      let next: IteratorResult<Row>;
      try {
        next = await rows.next();
      } catch (error) {
        throw fileError(error);
      }
      if (next.done === true) {
        finished = true;
        return;
      }
      const row = next.value;
      const values = rowValues(mapping, (index) => cellText(row.findCell(index + 1)?.value));
      if (values !== undefined) yield { row: row.number, values };
    }
  } finally {
    // Stops the inflating and the file reads under it when the consumer breaks out early.
    if (!finished) await rows.return?.().catch(() => undefined);
  }
}

/** Our own refusals pass; anything a parser or zlib throws becomes a plain reason (kept as the cause). */
function fileError(error: unknown): unknown {
  if (error instanceof ImportFileError || error instanceof ImportTooLargeError) return error;
  return notAWorkbook('it is damaged or not a workbook', error);
}
