/**
 * What one import may cost. A directory of 1,000,000 entities made by the template is a 148 MiB CSV,
 * or a 57 MiB .xlsx whose worksheet and shared strings inflate to about 500 MiB (ratio 8–10):
 * each limit leaves about twice that room (docs/operations.md).
 */
export const IMPORT_LIMITS = {
  /** The uploaded file as sent. */
  fileBytes: 256 * 1024 * 1024,
  /** All that is inflated from one workbook: the worksheet, its shared strings, styles, workbook. */
  inflatedBytes: 1024 * 1024 * 1024,
  /** Shared strings are held in memory while the sheet is read, so they get a smaller share. */
  sharedStringsBytes: 256 * 1024 * 1024,
  /**
   * Shared strings (distinct texts) of one workbook: each is a string on the heap, ~40–50 bytes
   * when short, so 256 MiB of short ones would hold about 0.5 GB. The 1,000,000-entity directory has
   * about 2 million (its codes and names); twice that is about 200 MB at most per import.
   */
  sharedStrings: 4_000_000,
  /** Inflated bytes per compressed byte; spreadsheets reach 10–20, bombs reach 1000. */
  inflateRatio: 100,
  /** The ratio is judged only past this many inflated bytes: tiny parts compress oddly. */
  ratioFloorBytes: 1024 * 1024,
  /** Entries in the zip's directory; a workbook from Excel has about a dozen per sheet. */
  zipEntries: 10_000,
  /** The longest stretch of XML between two '<': one tag or one text, far above Excel's 32,767 characters. */
  xmlRunBytes: 1024 * 1024,
} as const;
