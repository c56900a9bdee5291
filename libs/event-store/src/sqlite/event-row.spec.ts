import { testMetadata } from '../testing/event-store.contract';
import { packMetadata, unpackMetadata } from './event-row';

describe('packed metadata', () => {
  it('round-trips the known fields, packed into one text', () => {
    const metadata = testMetadata({ actorRoles: ['operator', 'head'], schemaVersion: 3 });
    const packed = packMetadata(metadata);
    expect(packed.startsWith('{')).toBe(false);
    expect(unpackMetadata(packed)).toEqual(metadata);
  });

  it('round-trips no roles, extra keys, and unicode', () => {
    const metadata = { ...testMetadata({ actorId: '检查员-1', actorRoles: [] }), approverId: 'head-2' };
    expect(unpackMetadata(packMetadata(metadata))).toEqual(metadata);
  });

  it('falls back to JSON when a value holds a separator', () => {
    const metadata = testMetadata({ correlationId: 'a\u001fb', actorRoles: ['x\u001ey'] });
    const packed = packMetadata(metadata);
    expect(packed.startsWith('{')).toBe(true);
    expect(unpackMetadata(packed)).toEqual(metadata);
  });
});

describe('packed metadata of a sealed event (schema 2)', () => {
  const hash = (c: string) => c.repeat(64);

  it('packs the two hashes as fields, not JSON, and reads them back', () => {
    const metadata = { ...testMetadata(), previousHash: hash('0'), hash: hash('a') };
    const packed = packMetadata(metadata);
    expect(packed).not.toContain('{');
    expect(packed.endsWith(`\u001f${hash('0')}\u001f${hash('a')}`)).toBe(true);
    expect(unpackMetadata(packed)).toEqual(metadata);
  });

  it('keeps other keys after the hashes', () => {
    const metadata = {
      ...testMetadata(),
      via: 'service-token' as const,
      previousHash: hash('1'),
      hash: hash('2'),
    };
    expect(unpackMetadata(packMetadata(metadata))).toEqual(metadata);
  });

  it('keeps hashes of another form in the JSON part, as they were given', () => {
    const metadata = { ...testMetadata(), previousHash: 'not-a-hash', hash: hash('A') };
    const packed = packMetadata(metadata);
    expect(packed).toContain('{"previousHash":"not-a-hash"');
    expect(unpackMetadata(packed)).toEqual(metadata);
  });

  it('reads a row of schema 1, its hashes in the JSON part', () => {
    const known = testMetadata({ actorId: 'user-9' });
    const stored = `${packMetadata(known)}\u001f${JSON.stringify({ previousHash: hash('0'), hash: hash('b') })}`;
    expect(unpackMetadata(stored)).toEqual({ ...known, previousHash: hash('0'), hash: hash('b') });
  });
});
