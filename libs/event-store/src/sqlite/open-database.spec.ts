import { openSqliteDatabase, withoutFsync } from './open-database';

describe('openSqliteDatabase', () => {
  it('checkpoints the WAL at the SQLite default unless told how many pages it may grow to', () => {
    const db = openSqliteDatabase(':memory:', { synchronous: 'FULL' });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    db.close();
    const shared = openSqliteDatabase(':memory:', { synchronous: 'FULL', walAutocheckpointPages: 20_000 });
    expect(shared.pragma('wal_autocheckpoint', { simple: true })).toBe(20_000);
    shared.close();
  });
});

describe('withoutFsync', () => {
  const synchronous = (db: ReturnType<typeof openSqliteDatabase>) =>
    db.pragma('synchronous', { simple: true }) as number;

  it('runs the write under NORMAL on a FULL connection, and puts FULL back', () => {
    const db = openSqliteDatabase(':memory:', { synchronous: 'FULL' });
    expect(withoutFsync(db, () => synchronous(db))).toBe(1);
    expect(synchronous(db)).toBe(2);
    db.close();
  });

  it('puts FULL back when the write throws', () => {
    const db = openSqliteDatabase(':memory:', { synchronous: 'FULL' });
    expect(() =>
      withoutFsync(db, () => {
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(synchronous(db)).toBe(2);
    db.close();
  });

  it('leaves a NORMAL connection as it is', () => {
    const db = openSqliteDatabase(':memory:', { synchronous: 'NORMAL' });
    expect(withoutFsync(db, () => synchronous(db))).toBe(1);
    expect(synchronous(db)).toBe(1);
    db.close();
  });
});
