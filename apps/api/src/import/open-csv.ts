import { CsvError, parse } from 'csv-parse';
import { pipeline, type Readable } from 'node:stream';
import { CsvDecoder } from './csv-decoder';
import { type HeaderMapping, mapHeaders, rowValues } from './header-mapping';
import { ImportFileError } from './import-file.error';
import type { ImportColumn, ImportRow, OpenedImport } from './import.types';

/** A longer record is an error (most likely an unclosed quote) instead of a buffer that keeps growing. */
export const MAX_CSV_RECORD_BYTES = 1024 * 1024;

/**
 * Reads a CSV upload. Row numbers count every record, blank ones included, with the header as row 1 of
 * the file: a record with a newline inside quotes is one row, as in Excel, so the numbers match what
 * an official sees after opening the file in Excel. Blank records are counted but not returned.
 */
export async function openCsv(input: Readable, columns: readonly ImportColumn[]): Promise<OpenedImport> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: MAX_CSV_RECORD_BYTES,
  });
  // The pipeline destroys every stream with the first error, so errors reach the consumer through
  // the parser's iterator.
  pipeline(input, new CsvDecoder(), parser, () => undefined);
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  let row = 0;
  try {
    for (;;) {
      const next = await records.next();
      if (next.done === true) throw new ImportFileError('The file is empty: it has no header row');
      row += 1;
      if (next.value.some((cell) => cell.trim() !== '')) {
        const mapping = mapHeaders(next.value, columns);
        return {
          headers: mapping.headers,
          unknownHeaders: mapping.unknownHeaders,
          rows: dataRows(input, records, mapping, row),
        };
      }
    }
  } catch (error) {
    input.destroy();
    parser.destroy();
    throw fileError(error);
  }
}

async function* dataRows(
  input: Readable,
  records: AsyncIterator<string[]>,
  mapping: HeaderMapping,
  headerRow: number,
): AsyncGenerator<ImportRow, void, undefined> {
  let row = headerRow;
  let finished = false;
  try {
    for (;;) {
      let next: IteratorResult<string[]>;
      try {
        next = await records.next();
      } catch (error) {
        throw fileError(error);
      }
      if (next.done === true) {
        finished = true;
        return;
      }
      row += 1;
      const record = next.value;
      const values = rowValues(mapping, (index) => record[index]);
      if (values !== undefined) yield { row, values };
    }
  } finally {
    if (!finished) {
      // The consumer stopped early or the file failed; the pipeline would also get there, a tick later.
      input.destroy();
      await records.return?.();
    }
  }
}

/** csv-parse's refusals, in words for the official (its own message names its options). */
const CSV_REASONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted value is not closed (a " is missing)',
  CSV_MAX_RECORD_SIZE: `a row is longer than ${MAX_CSV_RECORD_BYTES / 1024 / 1024} MiB`,
  CSV_INVALID_CLOSING_QUOTE: 'a quoted value is followed by other characters',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a quoted value is followed by other characters',
};

function fileError(error: unknown): unknown {
  if (!(error instanceof CsvError)) return error;
  const reason = CSV_REASONS[error.code] ?? 'the file cannot be read as CSV';
  const line = Number(error.lines);
  return new ImportFileError(`Malformed CSV at line ${line}: ${reason}`, { line, reason }, { cause: error });
}
