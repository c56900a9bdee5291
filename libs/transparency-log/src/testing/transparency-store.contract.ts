import { MemoryMerkleTree, type SignedCheckpoint, eventLeafHash } from '@app/audit';
import { createHash } from 'node:crypto';
import { TileReader } from '../tile-reader';
import { TreeBuilder } from '../tree-builder';
import type { TransparencyStore } from '../transparency-store.port';

/** What every transparency store does (sqlite and mongodb run it): the tree against RFC 9162's reference. */
export function transparencyStoreContract(open: () => Promise<TransparencyStore>): void {
  const chainHash = (i: number) => createHash('sha256').update(`event ${i}`).digest('hex');
  let store: TransparencyStore;

  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('starts empty', async () => {
    expect(await store.head()).toEqual({ size: 0, lastPosition: 0 });
    expect(await store.latestCheckpoint()).toBeUndefined();
  });

  it('answers the roots and proofs of the reference tree at every size, across flushes and restarts', async () => {
    const reference = new MemoryMerkleTree();
    let builder = await TreeBuilder.load(store);
    const total = 600;
    for (let i = 0; i < total; i += 1) {
      builder.append({ chainHash: chainHash(i), position: 10 + 3 * i, eventId: `e-${i}` });
      reference.append(eventLeafHash(chainHash(i)));
      if (i % 97 === 0) await builder.flush();
      if (i % 250 === 0) builder = await TreeBuilder.load(store); // a restart loses the unflushed tail
      if (builder.size !== reference.size) {
        for (let j = builder.size; j < reference.size; j += 1) {
          builder.append({ chainHash: chainHash(j), position: 10 + 3 * j, eventId: `e-${j}` });
        }
      }
    }
    await builder.flush();
    expect(await store.head()).toEqual({ size: total, lastPosition: 10 + 3 * (total - 1) });
    const reader = new TileReader(store);
    for (const size of [1, 2, 255, 256, 257, 511, 512, 513, 600]) {
      expect(await reader.root(size)).toEqual(reference.root(size));
      for (const index of [0, size - 1, Math.floor(size / 2)]) {
        expect(await reader.inclusionProof(index, size)).toEqual(reference.inclusionProof(index, size));
      }
      for (const size1 of [1, 7, 256, size]) {
        if (size1 <= size) {
          expect(await reader.consistencyProof(size1, size)).toEqual(reference.consistencyProof(size1, size));
        }
      }
    }
    expect(await store.leafByPosition(10 + 3 * 300)).toEqual({ index: 300, position: 910, eventId: 'e-300' });
    expect(await store.leafByEventId('e-599')).toEqual({ index: 599, position: 1807, eventId: 'e-599' });
    expect(await store.leafByPosition(11)).toBeUndefined();
  });

  it('refuses to read beyond the stored tree', async () => {
    const builder = await TreeBuilder.load(store);
    for (let i = 0; i < 5; i += 1)
      builder.append({ chainHash: chainHash(i), position: i + 1, eventId: `x-${i}` });
    await builder.flush();
    await expect(new TileReader(store).root(6)).rejects.toThrow(/lacks tile/);
  });

  it('keeps checkpoints once, pages them newest first', async () => {
    const checkpoint = (size: number): SignedCheckpoint => ({
      origin: 'test/log',
      size,
      rootHash: Buffer.alloc(32, size).toString('base64'),
      time: new Date(Date.UTC(2026, 0, 1, 0, size)).toISOString(),
      keyId: 'test/log+01020304',
      note: `note ${size}`,
    });
    for (const size of [3, 1, 2, 5, 4]) await store.saveCheckpoint(checkpoint(size));
    await store.saveCheckpoint({ ...checkpoint(3), note: 'a second note for 3' });
    expect((await store.checkpoint(3))?.note).toBe('note 3');
    expect((await store.latestCheckpoint())?.size).toBe(5);
    const first = await store.checkpoints({ limit: 2 });
    expect(first.checkpoints.map((c) => c.size)).toEqual([5, 4]);
    const second = await store.checkpoints({ limit: 2, beforeSize: first.nextBeforeSize });
    expect(second.checkpoints.map((c) => c.size)).toEqual([3, 2]);
    const last = await store.checkpoints({ limit: 2, beforeSize: second.nextBeforeSize });
    expect(last).toEqual({ checkpoints: [checkpoint(1)] });
  });
}
