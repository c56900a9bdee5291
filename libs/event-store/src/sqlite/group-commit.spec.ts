import Database from 'better-sqlite3';
import { GroupCommit } from './group-commit';
import { WriteTurn } from './write-turn';

describe('GroupCommit', () => {
  const storeOf = (db: Database.Database) => db.pragma('temp_store', { simple: true }) as number;

  it('keeps its savepoints’ journals in memory while it commits, and puts temporary storage back', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
    const commits = new GroupCommit<string, number>(db, (body) => {
      insert.run(body);
      return storeOf(db);
    });
    expect(storeOf(db)).toBe(0);
    // Two jobs in one turn: one transaction, each job in a savepoint.
    await expect(Promise.all([commits.submit('a'), commits.submit('b')])).resolves.toEqual([2, 2]);
    expect(storeOf(db)).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM rows').get()).toEqual({ n: 2 });
    db.close();
  });

  it('rolls back a refused job alone, and puts temporary storage back', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)');
    db.pragma('temp_store = FILE');
    const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
    const commits = new GroupCommit<string, void>(db, (body) => void insert.run(body));
    const outcomes = await Promise.allSettled([
      commits.submit('a'),
      commits.submit('a'),
      commits.submit('b'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(storeOf(db)).toBe(1);
    expect(db.prepare('SELECT body FROM rows ORDER BY id').all()).toEqual([{ body: 'a' }, { body: 'b' }]);
    db.close();
  });

  it('waits for its turn without blocking while another holds it; what is submitted meanwhile joins the group', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
    const turn = new WriteTurn();
    let groups = 0;
    const commits = new GroupCommit<string, void>(
      db,
      (body) => void insert.run(body),
      () => (groups += 1),
      undefined,
      turn,
    );
    expect(turn.tryTake()).toBe(true); // as the other thread would
    const first = commits.submit('a');
    await new Promise((resolve) => setImmediate(resolve));
    const second = commits.submit('b');
    await new Promise((resolve) => setImmediate(resolve));
    expect(db.prepare('SELECT count(*) AS n FROM rows').get()).toEqual({ n: 0 });
    turn.release();
    await Promise.all([first, second]);
    expect(groups).toBe(1);
    expect(db.prepare('SELECT body FROM rows ORDER BY id').all()).toEqual([{ body: 'a' }, { body: 'b' }]);
    expect(turn.tryTake()).toBe(true); // let go after the commit
    db.close();
  });
});
