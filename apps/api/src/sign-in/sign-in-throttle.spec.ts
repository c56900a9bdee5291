import { SqliteRecordStore } from '@app/record-store';
import { openSqliteDatabase } from '@app/event-store';
import { delayAfter, SignInThrottle } from './sign-in-throttle';

describe('SignInThrottle', () => {
  const at = Date.parse('2026-03-02T01:00:00Z');
  const throttle = () =>
    new SignInThrottle(new SqliteRecordStore(openSqliteDatabase(':memory:', { synchronous: 'NORMAL' })));

  it('waits 0, 0, 2, 4 and 8 seconds after one to four failures', () => {
    expect([0, 1, 2, 3, 4].map(delayAfter)).toEqual([0, 0, 2000, 4000, 8000]);
  });

  it('admits at once after one failure, delays after two, locks after five for fifteen minutes', async () => {
    const names = throttle();
    expect(await names.admit('a/E1', at)).toEqual({ kind: 'admitted' });
    await names.failed('a/E1', at);
    expect(await names.admit('a/E1', at)).toEqual({ kind: 'admitted' });
    await names.failed('a/E1', at);
    expect(await names.admit('a/E1', at + 500)).toEqual({ kind: 'too-soon', retryAfterSeconds: 2 });
    expect(await names.admit('a/E1', at + 2000)).toEqual({ kind: 'admitted' });
    for (const t of [2000, 6000, 14_000]) await names.failed('a/E1', at + t);
    expect(await names.admit('a/E1', at + 14_000)).toEqual({ kind: 'locked', retryAfterSeconds: 900 });
    expect(await names.admit('a/E1', at + 14_000 + 900_000)).toEqual({ kind: 'admitted' });
    expect(await names.admit('a/E2', at)).toEqual({ kind: 'admitted' });
  });

  it('counts again from one after a lock has passed, and forgets after fifteen quiet minutes', async () => {
    const names = throttle();
    for (let i = 0; i < 5; i += 1) await names.failed('n', at);
    await names.failed('n', at + 901_000);
    expect(await names.admit('n', at + 901_000)).toEqual({ kind: 'admitted' });
    await names.failed('n', at + 901_000);
    await names.failed('x', at);
    await names.failed('x', at);
    expect(await names.admit('x', at + 15 * 60_000 + 1)).toEqual({ kind: 'admitted' });
  });

  it('starts again after a success or a reset', async () => {
    const names = throttle();
    for (let i = 0; i < 5; i += 1) await names.failed('n', at);
    await names.cleared('n');
    expect(await names.admit('n', at)).toEqual({ kind: 'admitted' });
  });
});
