import type { EventRow } from './event-row';
import { pagesAhead } from './pages-ahead';

const row = (position: number): EventRow => [String(position), '', 's', '0', 't', '{}', '{}', new Date(0)];

/** A log of `length` rows at positions 1..length, read from a position; each fetch is recorded. */
function log(length: number) {
  const asked: Array<[number, number]> = [];
  const fetch = (from: number, limit: number) => {
    asked.push([from, limit]);
    const rows: EventRow[] = [];
    for (let p = from; p <= length && rows.length < limit; p += 1) rows.push(row(p));
    return Promise.resolve(rows);
  };
  return { asked, fetch, next: (last: EventRow) => Number(last[0]) + 1 };
}

async function positions(pages: AsyncIterable<EventRow[]>): Promise<number[]> {
  const read: number[] = [];
  for await (const page of pages) read.push(...page.map((r) => Number(r[0])));
  return read;
}

describe('pages read one ahead', () => {
  it('reads every row once, in order, and stops at the first short page', async () => {
    const source = log(10);
    expect(await positions(pagesAhead({ first: 1, ...source, pageSize: 4 }))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(source.asked).toEqual([
      [1, 4],
      [5, 4],
      [9, 4],
    ]);
  });

  it('asks for an empty last page only when the log ends on a page boundary', async () => {
    const source = log(8);
    expect(await positions(pagesAhead({ first: 1, ...source, pageSize: 4 }))).toHaveLength(8);
    expect(source.asked.map(([from]) => from)).toEqual([1, 5, 9]);
  });

  it('asks for no more than maxCount rows, and for nothing when it is 0', async () => {
    const source = log(10);
    expect(await positions(pagesAhead({ first: 1, ...source, pageSize: 4, maxCount: 6 }))).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(source.asked).toEqual([
      [1, 4],
      [5, 2],
    ]);
    const none = log(10);
    expect(await positions(pagesAhead({ first: 1, ...none, pageSize: 4, maxCount: 0 }))).toEqual([]);
    expect(none.asked).toEqual([]);
  });

  it('asks for the next page before the reader has taken this one', async () => {
    const source = log(10);
    const pages = pagesAhead({ first: 1, ...source, pageSize: 4 });
    await pages.next();
    expect(source.asked).toHaveLength(2);
    await pages.return(undefined);
  });

  it('a page ahead that fails while the reader is busy, or after it stopped, is not an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      let calls = 0;
      const pages = pagesAhead({
        first: 1,
        fetch: () => (++calls === 1 ? Promise.resolve([row(1), row(2)]) : Promise.reject(new Error('gone'))),
        next: (last) => Number(last[0]) + 1,
        pageSize: 2,
      });
      const busy = async () => {
        for await (const page of pages) {
          expect(page).toHaveLength(2);
          // The reader's own work spans turns of the event loop while the page ahead fails.
          await new Promise((resolve) => setImmediate(resolve));
          await new Promise((resolve) => setImmediate(resolve));
          expect(unhandled).toEqual([]);
        }
      };
      await expect(busy()).rejects.toThrow('gone');
      const early = pagesAhead({
        first: 1,
        fetch: (from: number) =>
          from === 1 ? Promise.resolve([row(1), row(2)]) : Promise.reject(new Error('gone')),
        next: (last) => Number(last[0]) + 1,
        pageSize: 2,
      });
      for await (const page of early) {
        expect(page).toHaveLength(2);
        break;
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('a failing page fails the read that reaches it', async () => {
    let calls = 0;
    const pages = pagesAhead({
      first: 1,
      fetch: () => (++calls === 1 ? Promise.resolve([row(1), row(2)]) : Promise.reject(new Error('gone'))),
      next: (last) => Number(last[0]) + 1,
      pageSize: 2,
    });
    await expect(positions(pages)).rejects.toThrow('gone');
  });
});
