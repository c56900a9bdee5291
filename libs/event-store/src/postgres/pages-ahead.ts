import type { EventRow } from './event-row';

/** How a paged read goes on: its first cursor, how to fetch a page, and the cursor after a full page. */
export interface PagedRead<Cursor> {
  first: Cursor;
  fetch: (cursor: Cursor, limit: number) => Promise<EventRow[]>;
  next: (lastRow: EventRow) => Cursor;
  pageSize: number;
  maxCount?: number;
}

/**
 * The pages of a read, each asked for while the reader decodes the one before: the server's
 * round trip overlaps the client's work, instead of waiting on each other (a long readAll is
 * bound by the sum of both otherwise). A page shorter than asked for is the last one.
 */
export async function* pagesAhead<Cursor>(read: PagedRead<Cursor>): AsyncGenerator<EventRow[]> {
  let remaining = read.maxCount ?? Number.POSITIVE_INFINITY;
  let limit = Math.min(read.pageSize, remaining);
  if (limit <= 0) return;
  let pending: Promise<EventRow[]> | undefined = ahead(read.fetch(read.first, limit));
  while (pending) {
    const rows: EventRow[] = await pending;
    pending = undefined;
    remaining -= rows.length;
    if (rows.length === limit && remaining > 0) {
      limit = Math.min(read.pageSize, remaining);
      pending = ahead(read.fetch(read.next(rows[rows.length - 1]), limit));
    }
    if (rows.length > 0) yield rows;
  }
}

/**
 * A page asked for ahead, marked as handled now: its failure reaches the reader when it gets
 * there, and is not an unhandled rejection (which stops the process) while the reader is busy
 * with the page before, or if it stops early.
 */
function ahead(page: Promise<EventRow[]>): Promise<EventRow[]> {
  page.catch(() => undefined);
  return page;
}
