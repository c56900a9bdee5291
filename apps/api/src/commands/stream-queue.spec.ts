import { StreamQueue } from './stream-queue';

describe('StreamQueue', () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

  it('runs work on one key one at a time, in arrival order, even when some fails', async () => {
    const queue = new StreamQueue();
    const log: string[] = [];
    const job = (name: string, fail = false) =>
      queue.run('task-1', async () => {
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([job('a'), job('b', true), job('c')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs work on different keys at the same time', async () => {
    const queue = new StreamQueue();
    const log: string[] = [];
    const job = (key: string) =>
      queue.run(key, async () => {
        log.push(`start ${key}`);
        await tick();
        log.push(`end ${key}`);
      });
    await Promise.all([job('x'), job('y')]);
    expect(log.slice(0, 2)).toEqual(['start x', 'start y']);
  });
});
