import { Readable } from 'node:stream';
import { openImport } from './open-import';
import { ENTITY_COLUMNS } from './testing/import-fixtures';

const ROWS = 200_000;

/** A CSV source that makes each line only when the stream asks for more, counting what it made. */
function lazyCsv(rows: number): { input: Readable; produced: () => number } {
  let produced = 0;
  const input = new Readable({
    read() {
      if (produced === 0) this.push('统一社会信用代码,名称,地址\r\n');
      if (produced === rows) {
        this.push(null);
        return;
      }
      produced += 1;
      this.push(
        `91320102MA${String(produced).padStart(8, '0')},南京示例商贸有限公司第${produced}分公司,玄武区\r\n`,
      );
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
      // A slow consumer: now and then it waits for other work (I/O, timers) to run.
      if (consumed % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(consumed).toBe(ROWS);
    expect(misnumbered).toBe(0);
    // The stream buffers (tens of KiB) hold a few thousand rows at most, not the 200,000 of the file.
    expect(mostAhead).toBeLessThan(3000);
  });
});
