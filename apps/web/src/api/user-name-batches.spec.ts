import { MAX_NAME_IDS, nameBatches } from './user-name-batches';

describe('nameBatches', () => {
  it('asks each well-formed unknown id once, in batches the api accepts', () => {
    const ids = Array.from({ length: MAX_NAME_IDS + 5 }, (_, n) => `u${String(n).padStart(3, '0')}`);
    const batches = nameBatches([...ids, ids[0], undefined, null, 'a b', 'x,y', 'known'], new Set(['known']));
    expect(batches.map((b) => b.length)).toEqual([MAX_NAME_IDS, 5]);
    expect(batches.flat()).toEqual(ids);
  });

  it('asks nothing when every id is known or none is given', () => {
    expect(nameBatches(['a', 'b'], new Set(['a', 'b']))).toEqual([]);
    expect(nameBatches([], new Set())).toEqual([]);
  });
});
