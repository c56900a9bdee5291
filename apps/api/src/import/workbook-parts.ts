import type * as ExcelJS from 'exceljs';
import type { Row } from 'exceljs';
import { Readable } from 'node:stream';

/**
 * exceljs's streaming WorkbookReader, fed part by part instead of with the whole zip: given the zip,
 * it copies to temporary files every worksheet it meets before the shared strings (as Excel orders
 * them), with no size limit. These are its own part parsers (exceljs 4.x), which take any stream.
 */
interface ReaderParts {
  model?: { sheets?: { rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseWorkbook(part: Readable): Promise<void>;
  _parseRels(part: Readable): Promise<void>;
  _parseStyles(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncIterable<unknown>;
  _parseWorksheet(part: Readable, sheetNo: string): Iterable<{ value: AsyncIterable<Row> }>;
}

// Required on first use (docs/operations.md, "Start-up"): most processes never read a workbook.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exceljs = (): typeof ExcelJS => require('exceljs') as typeof ExcelJS;

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

export class WorkbookParts {
  private readonly reader = new (exceljs().stream.xlsx.WorkbookReader)(
    Readable.from([]),
    READER_OPTIONS,
  ) as unknown as ReaderParts;

  async readWorkbook(workbook: Readable, rels: Readable): Promise<void> {
    await this.reader._parseWorkbook(workbook);
    await this.reader._parseRels(rels);
  }

  /** The zip path of the first worksheet in the workbook's own order, if it names one. */
  firstSheetPath(): string | undefined {
    const first = this.reader.model?.sheets?.[0];
    const target = this.reader.workbookRels?.find((rel) => rel.Id === first?.rId)?.Target;
    if (target === undefined) return undefined;
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }

  readStyles(part: Readable): Promise<void> {
    return this.reader._parseStyles(part);
  }

  async readSharedStrings(part: Readable): Promise<void> {
    for await (const _ of this.reader._parseSharedStrings(part)) {
      // cached by the reader; nothing is emitted
    }
  }

  rows(sheet: Readable, path: string): AsyncIterator<Row> {
    const sheetNo = /(\d+)\.xml$/.exec(path)?.[1] ?? '1';
    for (const { value } of this.reader._parseWorksheet(sheet, sheetNo)) return value[Symbol.asyncIterator]();
    throw new Error('exceljs emitted no worksheet reader');
  }
}
