import { ReadCache } from './read-cache';

describe('ReadCache', () => {
  const reader = () => {
    let reads = 0;
    return {
      read: () => {
        reads += 1;
        return Promise.resolve({ items: [{ id: 'a', reads }] });
      },
      reads: () => reads,
    };
  };

  it('reads once per key and version, and again when the version moves', async () => {
    const cache = new ReadCache(10);
    const source = reader();
    const first = await cache.through('q', 'v1', source.read);
    expect(await cache.through('q', 'v1', source.read)).toBe(first);
    expect(source.reads()).toBe(1);
    expect(await cache.through('q', 'v2', source.read)).toEqual({ items: [{ id: 'a', reads: 2 }] });
    expect(await cache.through('other', 'v2', source.read)).toEqual({ items: [{ id: 'a', reads: 3 }] });
  });

  it('hands out frozen answers, to the depth of every document', async () => {
    const answer = await new ReadCache(10).through('q', 'v1', reader().read);
    expect(Object.isFrozen(answer.items[0])).toBe(true);
    expect(() => answer.items.push({ id: 'b', reads: 0 })).toThrow(TypeError);
  });

  it('keeps nothing with a limit of 0, and starts again empty past its limit', async () => {
    const none = reader();
    const off = new ReadCache(0);
    await off.through('q', 'v1', none.read);
    await off.through('q', 'v1', none.read);
    expect(none.reads()).toBe(2);

    const source = reader();
    const small = new ReadCache(2);
    await small.through('a', 'v', source.read);
    await small.through('b', 'v', source.read);
    await small.through('c', 'v', source.read);
    await small.through('a', 'v', source.read);
    expect(source.reads()).toBe(4);
  });
});
