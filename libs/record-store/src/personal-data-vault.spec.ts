import Database from 'better-sqlite3';
import { PersonErased, PersonalDataVault, SealedDataRejected } from './personal-data-vault';
import type { RecordStore } from './record-store.port';
import { SqliteRecordStore } from './sqlite/sqlite-record-store';

describe('PersonalDataVault', () => {
  let db: Database.Database;
  let records: RecordStore;
  let vault: PersonalDataVault;
  const fields = { name: 'Zoë Wang 王', idCard: '320102199001011234', phone: '+86 138 0000 0000' };

  beforeEach(() => {
    db = new Database(':memory:');
    records = new SqliteRecordStore(db);
    vault = new PersonalDataVault(records);
  });
  afterEach(() => db.close());

  it('seals fields into a JSON-safe value that opens back to them', async () => {
    const sealed = await vault.seal('p1', fields);
    expect(JSON.parse(JSON.stringify(sealed))).toEqual(sealed);
    expect(Object.keys(sealed).sort()).toEqual(['data', 'iv', 'tag', 'v']);
    expect(Buffer.from(sealed.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(sealed.tag, 'base64')).toHaveLength(16);
    expect(JSON.stringify(sealed)).not.toContain('320102199001011234');
    expect(await vault.open('p1', sealed)).toEqual(fields);
    expect(await vault.isErased('p1')).toBe(false);
  });

  it('uses one key per person, kept in the record store, and a new IV every time', async () => {
    const a = await vault.seal('p1', fields);
    const b = await vault.seal('p1', fields);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
    const elsewhere = new PersonalDataVault(new SqliteRecordStore(db));
    expect(await elsewhere.open('p1', a)).toEqual(fields);
    expect(await elsewhere.open('p1', b)).toEqual(fields);
  });

  it('agrees on one key when the first seals for a person run concurrently', async () => {
    const sealed = await Promise.all(Array.from({ length: 5 }, (_, i) => vault.seal('p1', { n: `${i}` })));
    for (const [i, value] of sealed.entries()) expect(await vault.open('p1', value)).toEqual({ n: `${i}` });
  });

  it('cannot open anything sealed for a person once erased, nor seal more for them', async () => {
    const sealed = await vault.seal('p1', fields);
    const kept = await vault.seal('p2', fields);
    expect(await vault.erase('p1')).toEqual({ removed: true, scrubbed: 'scrubbed' });
    expect(await vault.isErased('p1')).toBe(true);
    expect(await vault.open('p1', sealed)).toBeUndefined();
    await expect(vault.seal('p1', fields)).rejects.toBeInstanceOf(PersonErased);
    expect(await vault.erase('p1')).toEqual({ removed: false, scrubbed: 'scrubbed' });
    expect(await vault.open('p2', kept)).toEqual(fields);
    expect(await vault.isErased('p2')).toBe(false);
  });

  it('rejects sealed data that was altered or belongs to another person', async () => {
    const sealed = await vault.seal('p1', fields);
    await vault.seal('p2', fields);
    const flip = (base64: string): string => {
      const bytes = Buffer.from(base64, 'base64');
      bytes[0] ^= 1;
      return bytes.toString('base64');
    };
    await expect(vault.open('p1', { ...sealed, data: flip(sealed.data) })).rejects.toBeInstanceOf(
      SealedDataRejected,
    );
    await expect(vault.open('p1', { ...sealed, tag: flip(sealed.tag) })).rejects.toBeInstanceOf(
      SealedDataRejected,
    );
    await expect(vault.open('p1', { ...sealed, iv: flip(sealed.iv) })).rejects.toBeInstanceOf(
      SealedDataRejected,
    );
    const shortTag = Buffer.from(sealed.tag, 'base64').subarray(0, 4).toString('base64');
    await expect(vault.open('p1', { ...sealed, tag: shortTag })).rejects.toBeInstanceOf(SealedDataRejected);
    await expect(vault.open('p2', sealed)).rejects.toBeInstanceOf(SealedDataRejected);
  });

  it('keeps a natural key unique without storing it in clear', async () => {
    expect(await vault.findIdentity('idCard', '320102199001011234')).toBeUndefined();
    expect(await vault.claimIdentity('idCard', '320102199001011234', 'p1')).toBe('p1');
    expect(await vault.claimIdentity('idCard', '320102199001011234', 'p1')).toBe('p1');
    expect(await vault.claimIdentity('idCard', '320102199001011234', 'p2')).toBe('p1');
    expect(await vault.claimIdentity('passport', '320102199001011234', 'p2')).toBe('p2');
    expect(await vault.findIdentity('idCard', '320102199001011234')).toBe('p1');
    const other = new PersonalDataVault(new SqliteRecordStore(db));
    expect(await other.findIdentity('idCard', '320102199001011234')).toBe('p1');
    const stored = db.prepare('SELECT namespace, key, value FROM records').all();
    expect(JSON.stringify(stored)).not.toContain('320102199001011234');
  });

  it('gives a natural key to exactly one of many concurrent claimants', async () => {
    const holders = await Promise.all(
      Array.from({ length: 10 }, (_, i) => vault.claimIdentity('idCard', 'X123', `p${i}`)),
    );
    expect(new Set(holders).size).toBe(1);
    expect(await vault.findIdentity('idCard', 'X123')).toBe(holders[0]);
  });

  it('releases the identities of an erased person, and only theirs', async () => {
    await vault.claimIdentity('idCard', 'A1', 'p1');
    await vault.claimIdentity('phone', '+86 1', 'p1');
    await vault.claimIdentity('idCard', 'B2', 'p2');
    expect(await vault.claimIdentity('idCard', 'B2', 'p1')).toBe('p2');
    expect(await vault.erase('p1')).toEqual({ removed: true, scrubbed: 'scrubbed' });
    expect(await vault.findIdentity('idCard', 'A1')).toBeUndefined();
    expect(await vault.findIdentity('phone', '+86 1')).toBeUndefined();
    expect(await vault.findIdentity('idCard', 'B2')).toBe('p2');
    expect(await vault.claimIdentity('idCard', 'A1', 'p3')).toBe('p3');
    await expect(vault.claimIdentity('idCard', 'C3', 'p1')).rejects.toBeInstanceOf(PersonErased);
    const left = db.prepare("SELECT key FROM records WHERE namespace = 'personIdentities'").all();
    expect(left).toEqual([{ key: 'p2#0' }, { key: 'p3#0' }]);
  });

  it('lists every identity claimed concurrently for one person, so erase releases them all', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => vault.claimIdentity('phone', `${i}`, 'p1')));
    await vault.erase('p1');
    for (let i = 0; i < 8; i += 1) expect(await vault.findIdentity('phone', `${i}`)).toBeUndefined();
  });
});
