import { DomainError } from '@app/domain';
import { openSqliteDatabase } from '@app/event-store';
import { PersonalDataVault, SqliteRecordStore } from '@app/record-store';
import { Logger } from '@nestjs/common';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordThenDestroyKey } from './key-erasure';

/** Review of issue 15, finding 3: one erasure path, and every one reports a key its store still holds. */
describe('recording an erasure, then destroying the key', () => {
  let dir: string;
  let db: Database.Database;
  let vault: PersonalDataVault;
  let warnings: jest.SpyInstance;
  const events = () =>
    warnings.mock.calls
      .map((call: unknown[]) => String(call[0]))
      .filter((line) => line.startsWith('{"securityEvent"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-erasure-'));
    db = openSqliteDatabase(join(dir, 'data.sqlite'), { synchronous: 'NORMAL' });
    vault = new PersonalDataVault(new SqliteRecordStore(db, { scrubAttempts: 1 }));
    warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    warnings.mockRestore();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('destroys the key once recorded, and reports nothing when the store is scrubbed', async () => {
    const sealed = await vault.seal('task-1|e1', { witness: '张三' });
    await recordThenDestroyKey(vault, 'task-1|e1', 'ALREADY', () => Promise.resolve(), { taskId: 'task-1' });
    expect(await vault.open('task-1|e1', sealed)).toBeUndefined();
    expect(events()).toEqual([]);
  });

  it('keeps the key when recording fails, and finishes on a retry the domain refuses as already recorded', async () => {
    const sealed = await vault.seal('task-1|e2', { witness: '李四' });
    const refused = () => Promise.reject(new DomainError('OTHER_RULE', 'no'));
    await expect(recordThenDestroyKey(vault, 'task-1|e2', 'ALREADY', refused, {})).rejects.toThrow('no');
    expect(await vault.open('task-1|e2', sealed)).toEqual({ witness: '李四' });
    const recorded = () => Promise.reject(new DomainError('ALREADY', 'recorded before the crash'));
    await expect(recordThenDestroyKey(vault, 'task-1|e2', 'ALREADY', recorded, {})).rejects.toThrow(
      'recorded',
    );
    expect(await vault.open('task-1|e2', sealed)).toBeUndefined();
  });

  it('reports ERASURE_NOT_SCRUBBED when the store keeps the old key in its files', async () => {
    await vault.seal('task-1|e3', { witness: '王五' });
    const reader = new Database(join(dir, 'data.sqlite'), { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM records').get();
    try {
      await recordThenDestroyKey(vault, 'task-1|e3', 'ALREADY', () => Promise.resolve(), {
        taskId: 'task-1',
        entityId: 'e3',
      });
    } finally {
      reader.exec('COMMIT');
      reader.close();
    }
    expect(events()).toEqual([
      expect.objectContaining({
        securityEvent: 'ERASURE_NOT_SCRUBBED',
        taskId: 'task-1',
        entityId: 'e3',
        scrub: 'deferred',
      }),
    ]);
  });
});
