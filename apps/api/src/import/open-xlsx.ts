import { type Row, stream } from 'exceljs';
import type { Readable } from 'node:stream';
import { cellText } from './cell-text';
import { type HeaderMapping, mapHeaders, rowValues } from './header-mapping';
import { ImportFileError } from './import-file.error';
import type { ImportColumn, ImportRow, OpenedImport } from './import.types';
import { InputWatch } from './input-watch';

type SheetReader = stream.xlsx.WorksheetReader;

/**
 * Styles are cached although only values are wanted: exceljs tells a date from a number by the
 * cell's number format, so without styles every date would read as a day count.
 */
const READER_OPTIONS = {
  sharedStrings: 'cache',
  hyperlinks: 'ignore',
  styles: 'cache',
  worksheets: 'emit',
} as const;

/**
 * Reads the first worksheet of an .xlsx upload; row numbers are the sheet's own. Shared strings (the
 * sheet's distinct texts) are held in memory, as the format requires. Excel writes the worksheets
 * before the shared strings, so exceljs then spools each worksheet to a temporary file first.
 */
export async function openXlsx(input: Readable, columns: readonly ImportColumn[]): Promise<OpenedImport> {
  const watch = new InputWatch(input);
  const sheets = new stream.xlsx.WorkbookReader(input, READER_OPTIONS)[Symbol.asyncIterator]();
  let rows: AsyncIterator<Row> | undefined;
  try {
    const sheet = await watch.pull(sheets);
    if (sheet.done === true) throw new ImportFileError('The workbook has no worksheet');
    rows = sheet.value[Symbol.asyncIterator]();
    for (;;) {
      const next = await watch.pull(rows);
      if (next.done === true) throw new ImportFileError('The first worksheet is empty: it has no header row');
      const cells = rowCells(next.value);
      if (cells.some((cell) => cell.trim() !== '')) {
        const mapping = mapHeaders(cells, columns);
        return {
          headers: mapping.headers,
          unknownHeaders: mapping.unknownHeaders,
          rows: dataRows(input, watch, sheets, rows, mapping),
        };
      }
    }
  } catch (error) {
    abandon(input, watch, sheets, rows);
    throw fileError(error, watch);
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
  input: Readable,
  watch: InputWatch,
  sheets: AsyncIterator<SheetReader>,
  rows: AsyncIterator<Row>,
  mapping: HeaderMapping,
): AsyncGenerator<ImportRow, void, undefined> {
  let finished = false;
  try {
    for (;;) {
      const next = await pullRow(watch, rows);
      if (next.done === true) break;
      const row = next.value;
      const values = rowValues(mapping, (index) => cellText(row.findCell(index + 1)?.value));
      if (values !== undefined) yield { row: row.number, values };
    }
    await readToEnd(watch, sheets);
    finished = true;
  } finally {
    if (finished) watch.stop();
    else abandon(input, watch, sheets, rows);
  }
}

async function pullRow(watch: InputWatch, rows: AsyncIterator<Row>): Promise<IteratorResult<Row>> {
  try {
    return await watch.pull(rows);
  } catch (error) {
    throw fileError(error, watch);
  }
}

/**
 * Reads the other worksheets through without using them: that consumes the rest of the upload and
 * lets exceljs close and delete any temporary file it spooled a worksheet to.
 */
async function readToEnd(watch: InputWatch, sheets: AsyncIterator<SheetReader>): Promise<void> {
  try {
    for (let sheet = await watch.pull(sheets); sheet.done !== true; sheet = await watch.pull(sheets)) {
      const rows = sheet.value[Symbol.asyncIterator]();
      for (let row = await watch.pull(rows); row.done !== true; row = await watch.pull(rows)) {
        // Not imported: only the first worksheet is.
      }
    }
  } catch (error) {
    throw fileError(error, watch);
  }
}

/**
 * Stops reading after an error or an early break. The iterators are not awaited: one may be stuck
 * on an input that failed.
 */
function abandon(
  input: Readable,
  watch: InputWatch,
  sheets: AsyncIterator<SheetReader>,
  rows: AsyncIterator<Row> | undefined,
): void {
  watch.stop();
  for (const iterator of [rows, sheets]) iterator?.return?.().catch(() => undefined);
  input.destroy();
}

function fileError(error: unknown, watch: InputWatch): unknown {
  if (error instanceof ImportFileError || watch.isInputError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ImportFileError('The file is not a readable .xlsx workbook', { reason });
}
