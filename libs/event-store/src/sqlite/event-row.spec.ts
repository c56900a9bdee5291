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
