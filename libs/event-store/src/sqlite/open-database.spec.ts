import { openSqliteDatabase, withoutFsync } from './open-database';

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
