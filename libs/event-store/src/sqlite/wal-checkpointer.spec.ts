import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteDatabase } from './open-database';
import { WalCheckpointer } from './wal-checkpointer';

describe('WalCheckpointer', () => {
  let dir: string;
  let file: string;
  let db: Database.Database;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-wal-checkpointer-'));
    file = join(dir, 'store.sqlite');
    db = openSqliteDatabase(file, { synchronous: 'FULL', walAutocheckpointPages: 0 });
    db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  });

  afterEach(() => {
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const write = (count: number) => {
    const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < count; i += 1) insert.run('x'.repeat(500));
    })();
  };
  /** Frames in the WAL now, as the writer's own connection sees them (a PASSIVE checkpoint's count). */
  const walFrames = () => (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0].log;

  it('copies the WAL into the file on its own connection and starts the WAL over', async () => {
    write(2000);
    const checkpointer = new WalCheckpointer(file, { synchronous: 'FULL', intervalMs: 10 });
    try {
      let outcome = await checkpointer.nextCheckpoint();
      while ('frames' in outcome && !outcome.restarted) outcome = await checkpointer.nextCheckpoint();
      if (!('frames' in outcome)) throw new Error(outcome.error);
      expect(outcome.restarted).toBe(true);
      expect(outcome.frames).toBeGreaterThan(100);
      // The next commit writes from the start of the WAL: it holds that commit's frames only.
      write(1);
      expect(walFrames()).toBeLessThan(10);
    } finally {
      await checkpointer.stop();
    }
    // Another connection reads every row from the file alone, once the writer is gone.
    db.close();
    const reader = new Database(file, { readonly: true });
    expect(reader.prepare('SELECT count(*) AS n FROM rows').get()).toEqual({ n: 2001 });
    reader.close();
  });

  it('stops cleanly, and a second stop resolves too', async () => {
    const checkpointer = new WalCheckpointer(file, { synchronous: 'NORMAL', intervalMs: 10 });
    await checkpointer.nextCheckpoint();
    await checkpointer.stop();
    await checkpointer.stop();
    write(10);
    expect(db.prepare('SELECT count(*) AS n FROM rows').get()).toEqual({ n: 10 });
  });
});
