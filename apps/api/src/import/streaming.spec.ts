import { Readable } from 'node:stream';
import { openImport } from './open-import';
import { ENTITY_COLUMNS } from './testing/import-fixtures';

/**
 * Ten times what the stream buffers can hold, which is all the claim needs: a larger file only
 * made the test slow (it once ran past Jest's limit beside other suites).
 */
const ROWS = 30_000;
const MOST_AHEAD = 3000;
const LINES_PER_READ = 50;

/** A CSV source that makes lines only when the stream asks for more, counting what it made. */
function lazyCsv(rows: number): { input: Readable; produced: () => number } {
  let produced = 0;
  const input = new Readable({
    read() {
      if (produced === rows) {
        this.push(null);
        return;
      }
      const lines = produced === 0 ? ['统一社会信用代码,名称,地址'] : [];
      for (const end = Math.min(rows, produced + LINES_PER_READ); produced < end;) {
        produced += 1;
        lines.push(
          `91320102MA${String(produced).padStart(8, '0')},南京示例商贸有限公司第${produced}分公司,玄武区`,
        );
      }
      this.push(`${lines.join('\r\n')}\r\n`);
    },
  });
  return { input, produced: () => produced };
}

describe('openImport streaming', () => {
  it('reads the file only a little ahead of a slow consumer', async () => {
    const { input, produced } = lazyCsv(ROWS);
    const opened = await openImport(input, 'csv', ENTITY_COLUMNS);
    let consumed = 0;
    let mostAhead = 0;
    let misnumbered = 0;
    for await (const row of opened.rows) {
      consumed += 1;
      if (row.row !== consumed + 1) misnumbered += 1;
      mostAhead = Math.max(mostAhead, produced() - consumed);
      // A slow consumer: now and then it lets other work (I/O, the stream's own reads) run first.
      if (consumed % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(consumed).toBe(ROWS);
    expect(misnumbered).toBe(0);
    // The stream buffers (tens of KiB) hold a few thousand rows at most, not the whole file.
    expect(mostAhead).toBeLessThan(MOST_AHEAD);
  });
});
